import { z } from 'zod';
import { stepIdSchema } from './step-id-schemas.ts';

/**
 * Screenshots the admin attaches to a step as evidence. The image files live in the profile's folder; the profile
 * section `evidence` lists them (the completion report reads this list).
 */
export const EVIDENCE_MAX_BYTES = 8 * 1024 * 1024;
/** Base64 of the largest accepted image (4 characters per 3 bytes, padded). */
const EVIDENCE_MAX_BASE64 = Math.ceil(EVIDENCE_MAX_BYTES / 3) * 4;

export const evidenceMimeSchema = z.enum(['image/png', 'image/jpeg']);
export type EvidenceMime = z.infer<typeof evidenceMimeSchema>;

export const evidenceIdSchema = z.string().regex(/^[a-f0-9-]{36}$/, 'An evidence id is a UUID.');

export const evidenceItemSchema = z.object({
  id: evidenceIdSchema,
  step: stepIdSchema,
  /** What the admin called it (the file name they chose, or "Pasted image"); never used as a path. */
  label: z.string().min(1).max(120),
  mime: evidenceMimeSchema,
  bytes: z.number().int().positive().max(EVIDENCE_MAX_BYTES),
  /** File name inside the profile's `evidence` folder: `<id>.png` or `<id>.jpg`. */
  file: z.string().regex(/^[a-f0-9-]{36}\.(png|jpg)$/),
  addedAt: z.iso.datetime(),
});
export type EvidenceItem = z.infer<typeof evidenceItemSchema>;

/** The profile section `evidence`. */
export const evidenceSectionSchema = z.object({ items: z.array(evidenceItemSchema) });
export type EvidenceSection = z.infer<typeof evidenceSectionSchema>;

/** What the renderer sends: the image bytes as base64 (survives every IPC transport, including the test harness). */
export const evidenceAddRequestSchema = z.object({
  step: stepIdSchema,
  label: z.string().trim().max(120).optional(),
  base64: z.string().min(1).max(EVIDENCE_MAX_BASE64).regex(/^[A-Za-z0-9+/]+={0,2}$/, 'The image data is not base64.'),
});
export type EvidenceAddRequest = z.infer<typeof evidenceAddRequestSchema>;
