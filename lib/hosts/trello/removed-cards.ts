import type { TrelloAction } from './api-schemas';

/**
 * Short links of cards that left the board's open cards according to its actions: archived
 * (`updateCard` with `old.closed` and `card.closed: true`) or moved to another board
 * (`moveCardFromBoard`). A card that is open again — unarchived or moved back — is in
 * `openShortLinks` and is not reported. Deleted cards cannot be told: Trello's `deleteCard`
 * action carries the card id only, never its short link.
 */
export function removedCardKeys(
  actions: readonly TrelloAction[],
  openShortLinks: ReadonlySet<string>,
): string[] {
  // The newest closed/moved-away state per card wins (actions arrive newest first, but do
  // not rely on it).
  const latest = new Map<string, { ms: number; removed: boolean; shortLink?: string }>();
  for (const action of actions) {
    const card = action.data.card;
    if (!card) continue;
    let removed: boolean;
    if (action.type === 'moveCardFromBoard') removed = true;
    else if (action.type === 'updateCard' && action.data.old && 'closed' in action.data.old) {
      removed = card.closed === true;
    } else continue;
    const ms = Date.parse(action.date);
    const known = latest.get(card.id);
    if (!known || ms >= known.ms) {
      latest.set(card.id, { ms, removed, shortLink: card.shortLink ?? known?.shortLink });
    } else if (!known.shortLink && card.shortLink) {
      known.shortLink = card.shortLink;
    }
  }
  const keys: string[] = [];
  for (const { removed, shortLink } of latest.values()) {
    if (removed && shortLink && !openShortLinks.has(shortLink)) keys.push(shortLink);
  }
  return keys.sort();
}
