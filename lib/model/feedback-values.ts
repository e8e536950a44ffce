/**
 * The feedback kinds and categories as plain values, without zod: the popup shows them in
 * its first frame, and importing `feedback.ts` would build every feedback schema first.
 */
export const FEEDBACK_KINDS = ['praise', 'constructive', 'issue'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

export const FEEDBACK_CATEGORIES = [
  'quality',
  'timeliness',
  'communication',
  'proactivity',
  'other',
] as const;
export type FeedbackCategory = (typeof FEEDBACK_CATEGORIES)[number];

/** The words every page and the CSV export use for feedback kinds and categories. */
export const FEEDBACK_KIND_LABELS: Record<FeedbackKind, string> = {
  praise: 'Praise',
  constructive: 'Constructive',
  issue: 'Issue',
};

export const FEEDBACK_CATEGORY_LABELS: Record<FeedbackCategory, string> = {
  quality: 'Quality',
  timeliness: 'Timeliness',
  communication: 'Communication',
  proactivity: 'Proactivity',
  other: 'Other',
};

/** What each rating means, in every form that asks for one (popup, first frame, sidebar). */
export const RATING_WORDS: Record<1 | 2 | 3 | 4 | 5, string> = {
  1: 'poor',
  2: 'below expectations',
  3: 'as expected',
  4: 'good',
  5: 'excellent',
};
