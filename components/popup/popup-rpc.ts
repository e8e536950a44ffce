import { callBackground } from '@/lib/messaging/client';
import type { MethodName, ParamsOf, ResultOf } from '@/lib/messaging/methods';

/** The methods the popup calls. */
export type PopupMethod = Extract<
  MethodName,
  | 'context.resolve'
  | 'workItems.get'
  | 'partners.list'
  | 'feedback.list'
  | 'feedback.save'
  | 'feedback.delete'
  | 'nudges.list'
  | 'prompts.answer'
  | 'options.open'
  | 'sidebar.show'
>;

/**
 * `callBackground` for the popup's methods: one seam the popup's component tests replace.
 * Results are not parsed again here (the background's router validated them), so the popup
 * does not build the schemas of every method before its first frame.
 */
export function callFromPopup<M extends PopupMethod>(
  method: M,
  params: ParamsOf<M>,
): Promise<ResultOf<M>> {
  return callBackground(method, params);
}
