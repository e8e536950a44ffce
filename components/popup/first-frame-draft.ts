import { browser } from 'wxt/browser';
import {
  FEEDBACK_DRAFTS_KEY,
  readValidDrafts,
  withDraft,
  type FeedbackDraftFields,
} from '@/lib/feedback/draft-schema';

/**
 * Writes what was entered in the first frame as the draft of `key`, over the drafts the popup
 * read as it opened (`stored`, raw): the popup is their only writer while it is open, and the
 * React form's draft store, loaded from the same read, takes over with the frame.
 */
export function firstFrameDraftWriter(
  stored: unknown,
  key: string,
  now: () => Date = () => new Date(),
): (fields: FeedbackDraftFields) => Promise<void> {
  return async (fields) => {
    const at = now();
    const drafts = withDraft(readValidDrafts(stored, at), key, fields, at);
    await browser.storage.local.set({ [FEEDBACK_DRAFTS_KEY]: Object.fromEntries(drafts) });
  };
}
