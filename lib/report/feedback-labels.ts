import type { FeedbackCategory, FeedbackKind } from '../model/feedback';

/** The words the options page and the CSV export use for feedback kinds and categories. */
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
