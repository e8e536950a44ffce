import { z } from 'zod';
import { callWithResultSchema } from '@/lib/messaging/call';
import { contextViewSchema } from '@/lib/messaging/context-view';
import type { MethodName, ParamsOf, ResultOf } from '@/lib/messaging/methods';
import { feedbackSchema } from '@/lib/model/feedback';
import { nudgeSchema } from '@/lib/model/nudge';
import { partnerSchema } from '@/lib/model/partner';
import { promptStateSchema } from '@/lib/model/prompt-state';
import { cachedWorkItemSchema } from '@/lib/model/work-item';

/**
 * The result schemas of the methods the popup calls. The popup must be usable within 100 ms
 * of opening; importing the whole method table (`callBackground`) would build the schemas of
 * every method — KPIs, risks, plans — before its first frame. The types tie each schema to
 * the method's declared result; a unit test checks they are the table's own schemas.
 */
export const POPUP_RESULTS = {
  'context.resolve': () => contextViewSchema,
  'workItems.get': () => cachedWorkItemSchema.nullable(),
  'partners.list': () => z.array(partnerSchema),
  'feedback.list': () => z.array(feedbackSchema),
  'feedback.save': () => feedbackSchema,
  'feedback.delete': () => z.object({ deleted: z.boolean() }),
  'nudges.list': () => z.array(nudgeSchema),
  'prompts.answer': () => promptStateSchema,
  'options.open': () => z.object({ opened: z.boolean() }),
  'sidebar.show': () => z.object({ shown: z.boolean() }),
} satisfies { [M in MethodName]?: () => z.ZodType<ResultOf<M>> };

export type PopupMethod = keyof typeof POPUP_RESULTS;

const built = new Map<PopupMethod, z.ZodType>();

/** `callBackground` for the popup's methods (same envelope, errors and validation). */
export function callFromPopup<M extends PopupMethod>(
  method: M,
  params: ParamsOf<M>,
): Promise<ResultOf<M>> {
  let schema = built.get(method);
  if (!schema) {
    schema = POPUP_RESULTS[method]();
    built.set(method, schema);
  }
  return callWithResultSchema(method, params, schema as z.ZodType<ResultOf<M>>);
}
