import { describe, expect, it } from 'vitest';
import { detectImageType } from '../../../../../electron/services/evidence/image-type.ts';

describe('detectImageType', () => {
  it('recognises PNG and JPEG by their first bytes', () => {
    expect(detectImageType(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(detectImageType(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0]))).toBe('image/jpeg');
  });
  it.each([
    ['text', new TextEncoder().encode('hello, not an image')],
    ['GIF', new TextEncoder().encode('GIF89a......')],
    ['SVG', new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>')],
    ['a bare signature', Uint8Array.from([0xff, 0xd8, 0xff])],
    ['nothing', new Uint8Array()],
  ])('refuses %s', (_name, bytes) => {
    expect(detectImageType(bytes)).toBeUndefined();
  });
});
