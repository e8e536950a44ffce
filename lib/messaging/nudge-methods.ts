import { z } from 'zod';
import { nudgeSchema } from '../model/nudge';
import { method } from './method-spec';

/** Pending reminders (popup, options, toolbar badge); answered through `prompts.answer`. */
export const nudgeMethods = {
  'nudges.list': method({
    access: 'extension',
    params: z.object({ partnerId: z.uuid().optional() }),
    result: z.array(nudgeSchema),
  }),
} as const;
