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
  noContext?: undefined;
  fields: FeedbackDraftFields;
}

/** The first frame of a page without a partner: the form starts with the partner picker. */
export interface PickerFrameModel {
  draftKey: string;
  partnerName?: undefined;
  /** The page's item, on an unmapped tracker page that shows one. */
  item?: ItemRef;
  /** Every partner, for the picker's type-ahead. */
  picker: readonly PickerPartner[];
  /** The tab shows no tracker page at all (the popup says so above the form). */
  noContext: boolean;
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

/** What the first frame draws for: the tab's page as its snapshot tells, or no tracker page. */
export interface FramePage {
  /** The page's partner; null on an unmapped page, and without a tracker page. */
  partner: { id: string; name: string } | null;
  item?: ItemRef;
  /** The tab shows no tracker page at all. */
  noContext: boolean;
}

/**
 * The page the first frame would be drawn for, or null where React draws the form itself (a
 * tracker page without a usable snapshot). With no partner, the frame needs the partner list.
 */
export function framePageOf(read: TabRead): FramePage | null {
  if (!read.found) return { partner: null, noContext: true };
  if (read.snapshot === undefined) return null;
  const prefill = snapshotPrefill(read.snapshot);
  if (!prefill) return null;
  const item = itemRefFor(read.detected, {
    tabUrl: read.tabUrl,
    tabTitle: read.tabTitle,
    cached: prefill.item,
  });
  return { partner: prefill.partner, noContext: false, ...(item ? { item } : {}) };
}

/**
 * The first frame's content for `page`: the form for its partner and item; without a partner,
 * once the partner list has arrived (`rawPartners`, the raw reply), the form with the picker;
 * null without the list. Its draft key is the one the React form computes for the same page,
 * so the form can take over what was entered.
 */
export function firstFrameModel(
  page: FramePage,
  rawDrafts: unknown,
  now: Date,
  rawPartners?: unknown,
): FirstFrameModel | null {
  const { partner, item, noContext } = page;
  if (!partner) {
    const partners = rawPartners === undefined ? null : pickerPartnersOf(rawPartners);
    if (!partners) return null;
    const draftKey = draftKeyOf({ item });
    const known = (id: string) => partners.some((listed) => listed.id === id);
    return {
      draftKey,
      picker: partners,
      noContext,
      ...(item ? { item } : {}),
      fields: restoredFields(rawDrafts, draftKey, now, known),
    };
  }
  const draftKey = draftKeyOf({ partnerId: partner.id, item });
  // The page fixes the partner: a picked one is not part of its draft.
  const fields = restoredFields(rawDrafts, draftKey, now, () => false);
  return { draftKey, partnerName: partner.name, item, fields };
}
