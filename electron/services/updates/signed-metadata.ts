import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { parse } from 'yaml';
import { z } from 'zod';

/**
 * The update metadata as electron-builder writes it, trusted only after its Ed25519 signature checks out against the
 * public key built into the app. Only then is it parsed; what electron-updater needs beyond these fields is kept.
 */
const fileSchema = z.looseObject({
  url: z.string().min(1),
  sha512: z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/, 'sha512 must be base64'),
  size: z.number().int().positive().optional(),
});

export const updateInfoSchema = z.looseObject({
  version: z.string().min(1),
  files: z.array(fileSchema).min(1),
  path: z.string().optional(),
  sha512: z.string().optional(),
  releaseDate: z.string().optional(),
});
export type UpdateInfo = z.infer<typeof updateInfoSchema>;

export type MetadataVerdict = { ok: true; info: UpdateInfo } | { ok: false; reason: string };

const ED25519_SIGNATURE_BYTES = 64;

export function releaseKey(pem: string): KeyObject {
  const key = createPublicKey(pem);
  if (key.asymmetricKeyType !== 'ed25519') throw new Error('The release key built into the app is not an Ed25519 key.');
  return key;
}

/**
 * Checks `metadata` (the exact bytes served) against `signature` (the `.sig` file: base64 of 64 bytes), then parses it.
 * A refusal says why in words for the admin; the caller logs it and installs nothing.
 */
export function verifySignedMetadata(metadata: Buffer, signature: string | null, key: KeyObject, fileName: string): MetadataVerdict {
  if (signature === null) {
    return { ok: false, reason: `The update feed has no signature for ${fileName}: an unsigned update is never installed. Ask whoever runs the feed to publish ${fileName}.sig with the release.` };
  }
  const bytes = Buffer.from(signature.trim(), 'base64');
  if (bytes.length !== ED25519_SIGNATURE_BYTES || bytes.toString('base64') !== signature.trim()) {
    return { ok: false, reason: `The signature file for ${fileName} is not an Ed25519 signature (base64 of 64 bytes): the update was not downloaded.` };
  }
  if (!verify(null, metadata, key, bytes)) {
    return {
      ok: false,
      reason: `The signature of ${fileName} does not match this app's release key: the file was changed after signing, or signed with another key. Nothing was downloaded.`,
    };
  }
  let parsed: unknown;
  try {
    parsed = parse(metadata.toString('utf8'));
  } catch {
    return { ok: false, reason: `${fileName} is signed but is not valid YAML: nothing was downloaded.` };
  }
  const info = updateInfoSchema.safeParse(parsed);
  if (!info.success) return { ok: false, reason: `${fileName} is signed but does not describe a release (${info.error.issues[0]?.message ?? 'unexpected shape'}): nothing was downloaded.` };
  return { ok: true, info: info.data };
}
