import { FEEDBACK_KIND_LABELS, FEEDBACK_KINDS, RATING_WORDS } from '@/lib/model/feedback-values';

/*
 * The quick entry's options and wording, shared by the React form (FeedbackForm.tsx) and its
 * plain-DOM first frame (first-frame.ts), which must look the same. No React, no zod.
 */

export const RATING_OPTIONS = ([1, 2, 3, 4, 5] as const).map((value) => ({
  value,
  label: `${value} ${value === 1 ? 'star' : 'stars'}: ${RATING_WORDS[value]}`,
  display: `${value} ★`,
}));

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

export const NO_CONTEXT_TEXT =
  'Open a project, board or item in Jira, Asana or Trello to see the partner behind the work, or pick a partner below.';
export const PICKER_PLACEHOLDER = 'Type a partner’s name';

/** Below the partner picker when nothing matches what was typed. */
export function noPartnerMatchText(partnerCount: number, query: string): string {
  return partnerCount === 0
    ? 'No partners yet: add one under Partners and settings.'
    : `No partner matches “${query.trim()}”.`;
}
