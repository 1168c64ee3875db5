import { z } from 'zod';
import { stepIds, widgetIds } from './step-ids.ts';

/** Step and widget ids at a boundary (IPC, profile sections, step definitions); the plain lists are in `step-ids.ts`. */
export const stepIdSchema = z.enum(stepIds);
export const widgetIdSchema = z.enum(widgetIds);
