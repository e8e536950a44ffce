import type { TrelloContext } from '../../model/host-context';

const TRELLO_ORIGIN = 'https://trello.com';
// Boards and cards are addressed by an 8-character short link; the slug after it is cosmetic.
const SHORT_LINK = /^[A-Za-z0-9]{8}$/;

/** True for `https://trello.com` only (no other host or port serves the app). */
export function isTrelloUrl(url: URL): boolean {
  return url.origin === TRELLO_ORIGIN;
}

/**
 * What a Trello URL shows; null when it is not Trello or names neither a board nor a card.
 * A card URL does not name its board (opening a card over a board switches to the card form);
 * the board comes from the API (`lib/hosts/enrich-context.ts`).
 *   https://trello.com/b/AbCd1234/acme-roadmap
 *   https://trello.com/b/AbCd1234
 *   https://trello.com/b/AbCd1234/acme-roadmap/calendar
 *   https://trello.com/c/XyZ98765/42-fix-login
 *   https://trello.com/c/XyZ98765
 * Null: members, workspaces, home.
 *   https://trello.com/u/jane/boards
 *   https://trello.com/w/acmeworkspace
 *   https://trello.com/b/short/acme-roadmap
 */
export function detectTrelloUrl(url: URL): TrelloContext | null {
  if (!isTrelloUrl(url)) return null;
  const [kind, shortLink] = url.pathname.split('/').filter(Boolean);
  if (shortLink === undefined || !SHORT_LINK.test(shortLink)) return null;
  if (kind === 'b')
    return { tool: 'trello', site: TRELLO_ORIGIN, page: 'board', boardShortLink: shortLink };
  if (kind === 'c')
    return { tool: 'trello', site: TRELLO_ORIGIN, page: 'card', cardShortLink: shortLink };
  return null;
}
