import { z } from 'zod';
import { defineChannel, onProfile } from '../define.ts';
import { evidenceAddRequestSchema, evidenceIdSchema, evidenceItemSchema } from '../../checklist/evidence.ts';
import { stepIdSchema } from '../../checklist/step-id-schemas.ts';

const list = z.object({ items: z.array(evidenceItemSchema) });

export const evidenceChannels = {
  /** Attach a pasted or chosen image (base64 bytes) to a step. PNG or JPEG only, recognised by content. */
  'evidence.add': defineChannel({
    request: evidenceAddRequestSchema.extend(onProfile),
    response: evidenceItemSchema,
    errors: ['profile-not-found', 'evidence-not-image', 'evidence-too-large', 'evidence-too-many'],
  }),
  /** The attached screenshots of a profile, or of one step. */
  'evidence.list': defineChannel({
    request: z.object({ ...onProfile, step: stepIdSchema.optional() }),
    response: list,
    errors: ['profile-not-found'],
  }),
  /** One image as a `data:` URL, to display it. */
  'evidence.view': defineChannel({
    request: z.object({ ...onProfile, id: evidenceIdSchema }),
    response: z.object({ id: evidenceIdSchema, dataUrl: z.string().startsWith('data:image/') }),
    errors: ['profile-not-found', 'evidence-not-found'],
  }),
  'evidence.remove': defineChannel({
    request: z.object({ ...onProfile, id: evidenceIdSchema }),
    response: list,
    errors: ['profile-not-found', 'evidence-not-found'],
  }),
} as const;
