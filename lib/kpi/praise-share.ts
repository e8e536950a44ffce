import { feedbackInWindow, type FeedbackLike } from './feedback-rating';
import { count, formatNumber, type Noun } from './format';
import type { MetricValue } from './metric';
import { windowPhrase, type KpiWindow } from './window';

/**
 * Share of praise, in percent: how much of the feedback recognises good work rather than
 * asking for change (the product nudges when it is only ever criticism).
 *
 *   share of praise = feedback entries of kind "praise" ÷ all feedback entries × 100,
 *                     over the feedback given in the window
 */
export const FORMULA = 'Praise ÷ all feedback given in the window × 100';

export const SAMPLE: Noun = { one: 'feedback entry', other: 'feedback entries' };

export interface PraiseShareInput {
  feedback: readonly FeedbackLike[];
}

export function compute(input: PraiseShareInput, window: KpiWindow): MetricValue {
  const given = feedbackInWindow(input.feedback, window);
  if (given.length === 0) {
    return { value: null, sampleSize: 0, detail: `No feedback given ${windowPhrase(window)}` };
  }
  const praise = given.filter((entry) => entry.kind === 'praise').length;
  return {
    value: (praise / given.length) * 100,
    sampleSize: given.length,
    detail: `${formatNumber(praise)} of ${count(given.length, SAMPLE)} ${windowPhrase(window)} ${praise === 1 ? 'was' : 'were'} praise`,
  };
}
