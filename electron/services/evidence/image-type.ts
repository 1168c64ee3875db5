import type { EvidenceMime } from '../../../shared/checklist/evidence.ts';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_SIGNATURE = [0xff, 0xd8, 0xff];

const startsWith = (bytes: Uint8Array, signature: number[]): boolean =>
  bytes.length > signature.length && signature.every((byte, i) => bytes[i] === byte);

/** The image type by its first bytes (what the renderer claims is ignored), or undefined for anything else. */
export function detectImageType(bytes: Uint8Array): EvidenceMime | undefined {
  if (startsWith(bytes, PNG_SIGNATURE)) return 'image/png';
  if (startsWith(bytes, JPEG_SIGNATURE)) return 'image/jpeg';
  return undefined;
}
