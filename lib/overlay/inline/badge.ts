import type { InlineTag } from '../../messaging/inline-methods';
import { OWN_ATTRIBUTE } from './batched-observer';

/**
 * Inline styles (px, no classes): the host's CSS cannot reach them by a class name and they
 * need no stylesheet per card. `pointer-events: none` lets a click reach the card beneath.
 */
const BADGE_STYLE = [
  'display:inline-block',
  'box-sizing:border-box',
  'max-width:100%',
  'margin:4px 0 0',
  'padding:0 6px',
  'border-radius:3px',
  'background:#e9f2ff',
  'color:#0747a6',
  'font:600 11px/16px -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Arial,sans-serif',
  'white-space:nowrap',
  'overflow:hidden',
  'text-overflow:ellipsis',
  'vertical-align:middle',
  'pointer-events:none',
].join(';');

/** The small partner label on a board card. Non-interactive; the full name is its title. */
export function createBadge(tag: InlineTag): HTMLElement {
  const badge = document.createElement('span');
  badge.setAttribute(OWN_ATTRIBUTE, 'badge');
  badge.setAttribute('data-testid', 'pl-badge');
  badge.setAttribute('data-partner-id', tag.partnerId);
  badge.setAttribute('style', BADGE_STYLE);
  const label = tag.letters ? `${tag.partnerName} · ${tag.letters}` : tag.partnerName;
  badge.title = `Partner Lens: ${label}`;
  badge.textContent = label;
  return badge;
}
