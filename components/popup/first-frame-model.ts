import { validDraftOf, type FeedbackDraftFields } from '@/lib/feedback/draft-schema';
import { draftKeyOf, type ItemRef } from '@/lib/feedback/feedback-target';
import { itemRefFor } from '@/lib/feedback/item-prefill';
import { pickerPartnersOf, type PickerPartner } from '@/lib/feedback/picker-partners';
import { snapshotPrefill } from '@/lib/feedback/popup-snapshot-prefill';
import type { TabRead } from './popup-early';

/** The first frame of a page whose partner is known: the form names it (and the item). */
export interface PageFrameModel {
  draftKey: string;
  partnerName: string;
  item?: ItemRef;
  picker?: undefined;
  fields: FeedbackDraftFields;
}

/** The first frame without a context: the form starts with the partner picker. */
export interface PickerFrameModel {
  draftKey: string;
  partnerName?: undefined;
  item?: undefined;
  /** Every partner, for the picker's type-ahead. */
  picker: readonly PickerPartner[];
  fields: FeedbackDraftFields;
}

/** What the popup's plain-DOM first frame shows. */
export type FirstFrameModel = PageFrameModel | PickerFrameModel;

/** The item's draft fields (the partner id is kept only where the form lets it be picked). */
function restoredFields(
  rawDrafts: unknown,
  draftKey: string,
  now: Date,
  keepPartner: (id: string) => boolean,
): FeedbackDraftFields {
  const fields: FeedbackDraftFields = { categories: [], note: '' };
  const draft = validDraftOf(rawDrafts, draftKey, now);
  if (draft) {
    const { updatedAt: _updatedAt, partnerId, ...restored } = draft;
    Object.assign(fields, restored);
    if (partnerId !== undefined && keepPartner(partnerId)) fields.partnerId = partnerId;
  }
  return fields;
}

/**
 * The first frame's content, or null where React draws the form itself:
 * - a tab whose page has a snapshot naming its partner: the form for that partner and item;
 * - a tab that shows no tracker page, once the partner list has arrived (`rawPartners`, the
 *   raw reply): the form with the partner picker;
 * - anything else (no snapshot, a tracker page without a partner, no partner list): null.
 * Its draft key is the one the React form computes for the same page, so the form can take
 * over what was entered.
 */
export function firstFrameModel(
  read: TabRead,
  rawDrafts: unknown,
  now: Date,
  rawPartners?: unknown,
): FirstFrameModel | null {
  if (!read.found) {
    const partners = rawPartners === undefined ? null : pickerPartnersOf(rawPartners);
    if (!partners) return null;
    const draftKey = draftKeyOf({});
    const known = (id: string) => partners.some((partner) => partner.id === id);
    return { draftKey, picker: partners, fields: restoredFields(rawDrafts, draftKey, now, known) };
  }
  if (read.snapshot === undefined) return null;
  const prefill = snapshotPrefill(read.snapshot);
  if (!prefill) return null;
  const item = itemRefFor(read.detected, {
    tabUrl: read.tabUrl,
    tabTitle: read.tabTitle,
    cached: prefill.item,
  });
  const draftKey = draftKeyOf({ partnerId: prefill.partnerId, item });
  // The page fixes the partner: a picked one is not part of its draft.
  const fields = restoredFields(rawDrafts, draftKey, now, () => false);
  return { draftKey, partnerName: prefill.partnerName, item, fields };
}
