import type { AnchorSpec, HostSelectors } from '../../overlay/inline/anchors';
import { linkMatch } from '../../overlay/inline/anchors';

/**
 * Where Partner Lens puts its chips and badges in Trello. The 2023 redesign replaced the
 * readable class names with generated ones; only `data-testid` and ARIA survived, so those
 * come first and the pre-2023 classes stay beside them for boards still served the old UI.
 * A card's board is the board on screen (a card opened over a board keeps it behind).
 */

const CARD_LINK = /^(?:https:\/\/trello\.com)?\/c\/([A-Za-z0-9]{8})(?:[/?#]|$)/;

function cardOnBoard(card: Element, page: { scopeId?: string }) {
  const shortLink = linkMatch(card, CARD_LINK)?.[1];
  return shortLink && page.scopeId ? { key: shortLink, scopeId: page.scopeId } : null;
}

function openCard(_title: Element, page: { url: URL; scopeId?: string }) {
  const shortLink = CARD_LINK.exec(page.url.pathname)?.[1];
  return shortLink && page.scopeId ? { key: shortLink, scopeId: page.scopeId } : null;
}

const titles: AnchorSpec[] = [
  // Card back (2023 redesign onwards).
  { selector: '[data-testid="card-back-name"]', read: openCard },
  // Card back before 2023.
  {
    selector: '.card-detail-window .js-card-detail-title-input, .card-detail-title-assist',
    read: openCard,
  },
];

const cards: AnchorSpec[] = [
  // Board cards (2023 redesign onwards).
  { selector: '[data-testid="trello-card"]', read: cardOnBoard },
  // Board cards before 2023.
  { selector: 'a.list-card[href^="/c/"]', read: cardOnBoard },
];

export const TRELLO_SELECTORS: HostSelectors = { titles, cards };
