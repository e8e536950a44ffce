import { validDraftOf, type FeedbackDraftFields } from '@/lib/feedback/draft-schema';
import { draftKeyOf, type ItemRef } from '@/lib/feedback/feedback-target';
import { itemRefFor } from '@/lib/feedback/item-prefill';
import { snapshotPrefill } from '@/lib/feedback/popup-snapshot-prefill';
import type { TabRead } from './popup-early';

/** What the popup's plain-DOM first frame shows: the page's partner, item and draft. */
export interface FirstFrameModel {
  draftKey: string;
  partnerName: string;
  item?: ItemRef;
  fields: FeedbackDraftFields;
}

/**
 * The first frame's content when the tab's page has a snapshot naming its partner; else null
 * (no snapshot, or no partner: the React popup draws the picker or the page's state itself).
 * Its draft key is the one the React form computes for the same page, so the form can take
 * over what was entered.
 */
export function firstFrameModel(
  read: TabRead,
  rawDrafts: unknown,
  now: Date,
): FirstFrameModel | null {
  if (!read.found || read.snapshot === undefined) return null;
  const prefill = snapshotPrefill(read.snapshot);
  if (!prefill) return null;
  const item = itemRefFor(read.detected, {
    tabUrl: read.tabUrl,
    tabTitle: read.tabTitle,
    cached: prefill.item,
  });
  const draftKey = draftKeyOf({ partnerId: prefill.partnerId, item });
  const draft = validDraftOf(rawDrafts, draftKey, now);
  const fields: FeedbackDraftFields = { categories: [], note: '' };
  if (draft) {
    const { updatedAt: _updatedAt, partnerId: _picked, ...restored } = draft;
    Object.assign(fields, restored);
  }
  return { draftKey, partnerName: prefill.partnerName, item, fields };
}
