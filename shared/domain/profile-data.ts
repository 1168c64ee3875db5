import { z } from 'zod';
import { evidenceSectionSchema } from '../checklist/evidence.ts';
import { credentialsSectionSchema, encryptedSecretsSectionSchema } from '../credentials/credentials.ts';
import { progressSchema } from '../checklist/progress.ts';
import { handoffSectionSchema } from '../handoff/handoff-data.ts';
import { ipRangesSectionSchema } from '../ip-ranges/profile-section.ts';
import { verificationSectionSchema } from '../verification/section.ts';

/**
 * Everything one profile (one Mimecast tenant) keeps on disk. Each feature owns one optional top-level section,
 * defined beside that feature in shared/ and listed here, so the file stays JSON-Schema validated as a whole.
 * No section may hold a secret: secrets live in the SecretStore only.
 */
export const profileDataSchema = z.object({
  /** Bumped when a section changes shape incompatibly. */
  schemaVersion: z.literal(1),
  handoff: handoffSectionSchema.optional(),
  ipRanges: ipRangesSectionSchema.optional(),
  progress: progressSchema.optional(),
  evidence: evidenceSectionSchema.optional(),
  verification: verificationSectionSchema.optional(),
  credentials: credentialsSectionSchema.optional(),
  /** safeStorage ciphertexts (never plain secrets), only when the OS keychain is unavailable. */
  encryptedSecrets: encryptedSecretsSectionSchema.optional(),
});
export type ProfileData = z.infer<typeof profileDataSchema>;
export type ProfileSection = Exclude<keyof ProfileData, 'schemaVersion'>;
