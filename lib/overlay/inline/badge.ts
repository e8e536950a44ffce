import type { InlineTag } from '../../messaging/inline-methods';
import { OWN_ATTRIBUTE } from './batched-observer';

/**
 * One stylesheet for every badge (an attribute selector of our own, px units), added once to
 * the page: 500 cards do not each parse a style attribute. `pointer-events: none` lets a click
 * reach the card beneath.
 */
const BADGE_CSS = `span[${OWN_ATTRIBUTE}="badge"]{display:inline-block;box-sizing:border-box;
max-width:100%;margin:4px 0 0;padding:0 6px;border:0;border-radius:3px;background:#e9f2ff;
color:#0747a6;font:600 11px/16px -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Arial,
sans-serif;letter-spacing:normal;text-transform:none;white-space:nowrap;overflow:hidden;
text-overflow:ellipsis;vertical-align:middle;pointer-events:none}`;

function ensureBadgeStyle(doc: Document): void {
  if (doc.getElementById('partner-lens-badge-style')) return;
  const style = doc.createElement('style');
  style.id = 'partner-lens-badge-style';
  style.setAttribute(OWN_ATTRIBUTE, 'style');
  style.textContent = BADGE_CSS;
  (doc.head ?? doc.documentElement).append(style);
}

/** The small partner label on a board card. Non-interactive; the full name is its title. */
export function createBadge(tag: InlineTag): HTMLElement {
  ensureBadgeStyle(document);
  const badge = document.createElement('span');
  badge.setAttribute(OWN_ATTRIBUTE, 'badge');
  badge.setAttribute('data-testid', 'pl-badge');
  badge.setAttribute('data-partner-id', tag.partnerId);
  const label = tag.letters ? `${tag.partnerName} · ${tag.letters}` : tag.partnerName;
  badge.title = `Partner Lens: ${label}`;
  badge.textContent = label;
  return badge;
}
