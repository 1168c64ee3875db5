import { z } from 'zod';
import { verificationReportSchema } from '../verification/report.ts';
import { handoffSectionSchema, preflightRecordSchema } from './handoff-data.ts';
import { portalHealthSchema } from './portal-health.ts';

/** What the hand-off widget shows: the saved record plus what it means. */
export const handoffViewSchema = z.object({
  profileId: z.string(),
  section: handoffSectionSchema,
  /** Arctic Wolf (or the intake) accepted the credentials: opens "remove API 1.0" and "forget the secret". */
  confirmed: z.boolean(),
  nextSteps: z.array(z.string()),
});
export type HandoffView = z.infer<typeof handoffViewSchema>;

export const preflightViewSchema = z.object({
  report: verificationReportSchema,
  rerun: z.boolean(),
  record: preflightRecordSchema,
  blocked: z.boolean(),
});
export type PreflightViewValue = z.infer<typeof preflightViewSchema>;

const regionInfoSchema = z.object({ label: z.string(), baseUrl: z.string() });

export const portalGuideSchema = z.object({
  path: z.array(z.string()),
  olderPathNote: z.string(),
  steps: z.array(z.string()),
  accountName: z.string(),
  region: regionInfoSchema,
  credentialExpiry: z.iso.date().nullable(),
  maskedClientId: z.string().nullable(),
  healthStates: z.array(z.object({ state: portalHealthSchema, advice: z.string(), accepted: z.boolean() })),
});
export type PortalGuide = z.infer<typeof portalGuideSchema>;

/** The intake settings of a profile. The token itself never leaves the main process: only whether one is stored. */
export const intakeConfigSchema = z.object({
  url: z.string().nullable(),
  accountName: z.string().nullable(),
  tokenStored: z.boolean(),
});
export type IntakeConfig = z.infer<typeof intakeConfigSchema>;

/** Pushed while an intake submission runs. */
export const intakeProgressSchema = z.object({
  profileId: z.string(),
  attempt: z.number().int().positive(),
  maxAttempts: z.number().int().positive(),
  phase: z.enum(['sending', 'waiting']),
  waitMs: z.number().int().nonnegative().optional(),
  message: z.string(),
});
export type IntakeProgressEvent = z.infer<typeof intakeProgressSchema>;

/** Pushed after any saved change of a profile's hand-off record. */
export const handoffChangedSchema = z.object({ profileId: z.string() });
