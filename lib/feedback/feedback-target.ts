import type { Tool } from '../model/host-context';

/** The tracker item a piece of feedback is about, as the popup prefills it. */
export interface ItemRef {
  tool: Tool;
  site: string;
  key: string;
  url?: string;
  title?: string;
}

/**
 * Who and what the quick entry is about: a partner fixed by the page's mapping or by a
 * nudge (`partnerId`), and the item of the page, if any. Without a fixed partner the user
 * picks one.
 */
export interface FeedbackTarget {
  partnerId?: string;
  item?: ItemRef;
}

/**
 * The storage key of the draft of a target: one per item, else one per fixed partner, else
 * one for the partner picker. A draft for one item therefore never fills another item's form.
 */
export function draftKeyOf(target: FeedbackTarget): string {
  if (target.item) return `item:${target.item.tool}:${target.item.site}:${target.item.key}`;
  if (target.partnerId) return `partner:${target.partnerId}`;
  return 'pick-partner';
}
