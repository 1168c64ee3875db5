import { z } from 'zod';
import { profileSummarySchema } from '../../../shared/domain/profile.ts';

/** The app-wide settings file (`settings.json` in the data folder): which profiles exist and which is active. */
export const windowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400),
  height: z.number().int().min(300),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

export const appSettingsSchema = z.object({
  activeProfileId: z.string(),
  profiles: z.array(profileSummarySchema),
  window: windowStateSchema.optional(),
});
export type AppSettings = z.infer<typeof appSettingsSchema>;
