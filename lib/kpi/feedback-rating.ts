import type { Feedback } from '../model/feedback';
import { count, formatNumber, type Noun } from './format';
import { parseInstant } from './instant';
import type { MetricValue } from './metric';
import { inWindow, windowPhrase, type KpiWindow } from './window';

/** What the feedback KPIs read from a feedback record. */
export type FeedbackLike = Pick<Feedback, 'rating' | 'kind' | 'givenAt'> &
  Partial<Pick<Feedback, 'partnerId' | 'itemKey' | 'tool'>> & { readonly deleted?: boolean };

/**
 * Average feedback rating, on the 1–5 star scale.
 *
 *   average rating = sum of ratings ÷ number of feedback entries given in the window
 *
 * Every kind of feedback (praise, constructive, issue) carries a rating and counts. Deleted
 * entries do not.
 */
export const FORMULA = 'Sum of star ratings ÷ number of feedback entries given in the window';

export const SAMPLE: Noun = { one: 'rating', other: 'ratings' };

export interface FeedbackRatingInput {
  feedback: readonly FeedbackLike[];
}

/** The feedback given in the window (not deleted). */
export function feedbackInWindow(
  feedback: readonly FeedbackLike[],
  window: KpiWindow,
): FeedbackLike[] {
  return feedback.filter(
    (entry) => entry.deleted !== true && inWindow(window, parseInstant(entry.givenAt)),
  );
}

export function compute(input: FeedbackRatingInput, window: KpiWindow): MetricValue {
  const given = feedbackInWindow(input.feedback, window);
  if (given.length === 0) {
    return { value: null, sampleSize: 0, detail: `No feedback given ${windowPhrase(window)}` };
  }
  const average = given.reduce((sum, entry) => sum + entry.rating, 0) / given.length;
  return {
    value: average,
    sampleSize: given.length,
    detail: `Average ${formatNumber(average)}/5 from ${count(given.length, SAMPLE)} ${windowPhrase(window)}`,
  };
}
