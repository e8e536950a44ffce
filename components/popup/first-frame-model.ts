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

/** The tab's snapshot, checked, when its page was mapped or not; undefined without one. */
function prefillOf(read: TabRead) {
  return read.found && read.snapshot !== undefined ? snapshotPrefill(read.snapshot) : undefined;
}

/**
 * True when the first frame would show the partner picker, and so needs the partner list: the
 * tab shows no tracker page, or one that no mapping covers.
 */
export function needsPartnerList(read: TabRead): boolean {
  return !read.found || prefillOf(read)?.partner === null;
}

/**
 * The first frame's content, or null where React draws the form itself:
 * - a tab whose page has a snapshot naming its partner: the form for that partner and item;
 * - a tab that shows no tracker page, or an unmapped one (its snapshot names no partner), once
 *   the partner list has arrived (`rawPartners`, the raw reply): the form with the picker;
 * - anything else (no snapshot, no partner list): null.
 * Its draft key is the one the React form computes for the same page, so the form can take
 * over what was entered.
 */
export function firstFrameModel(
  read: TabRead,
  rawDrafts: unknown,
  now: Date,
  rawPartners?: unknown,
): FirstFrameModel | null {
  const prefill = prefillOf(read);
  if (read.found && !prefill) return null;
  const item =
    read.found && prefill
      ? itemRefFor(read.detected, {
          tabUrl: read.tabUrl,
          tabTitle: read.tabTitle,
          cached: prefill.item,
        })
      : undefined;
  if (!prefill?.partner) {
    const partners = rawPartners === undefined ? null : pickerPartnersOf(rawPartners);
    if (!partners) return null;
    const draftKey = draftKeyOf({ item });
    const known = (id: string) => partners.some((partner) => partner.id === id);
    return {
      draftKey,
      picker: partners,
      noContext: !read.found,
      ...(item ? { item } : {}),
      fields: restoredFields(rawDrafts, draftKey, now, known),
    };
  }
  const draftKey = draftKeyOf({ partnerId: prefill.partner.id, item });
  // The page fixes the partner: a picked one is not part of its draft.
  const fields = restoredFields(rawDrafts, draftKey, now, () => false);
  return { draftKey, partnerName: prefill.partner.name, item, fields };
}
