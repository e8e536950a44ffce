import { FEEDBACK_KIND_LABELS, FEEDBACK_KINDS } from '@/lib/model/feedback-values';

/*
 * The quick entry's options and wording, shared by the React form (FeedbackForm.tsx) and its
 * plain-DOM first frame (first-frame.ts), which must look the same. No React, no zod.
 */

export const RATING_OPTIONS = [
  { value: 1, label: '1 star: poor', display: '1 ★' },
  { value: 2, label: '2 stars: fair', display: '2 ★' },
  { value: 3, label: '3 stars: good', display: '3 ★' },
  { value: 4, label: '4 stars: very good', display: '4 ★' },
  { value: 5, label: '5 stars: excellent', display: '5 ★' },
] as const;

export const KIND_OPTIONS = FEEDBACK_KINDS.map((value) => ({
  value,
  label: FEEDBACK_KIND_LABELS[value],
}));

export const RATING_KEYS_HINT = 'Keys 1 to 5 set the rating.';
export const NOTE_PLACEHOLDER = 'What went well, what to change';
export const NOTE_MAX_LENGTH = 10_000;
export const SAVE_SHORTCUTS = 'Control+Enter Meta+Enter';
export const DRAFT_NOT_KEPT =
  'Your draft could not be kept. Save the feedback before closing the popup.';

/** The save shortcut as this platform writes it. */
export function saveShortcutLabel(): string {
  return /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent)
    ? '⌘+Enter'
    : 'Ctrl+Enter';
}
