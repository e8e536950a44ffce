/**
 * Trello ids are MongoDB ObjectIds: 24 hex digits whose first 8 are the creation time in Unix
 * seconds (developer.atlassian.com/cloud/trello/guides/rest-api/object-definitions, "id").
 * That gives a card's creation time when its `createCard` action is out of reach — older
 * than the actions paged, or never recorded because the card was copied or converted.
 */
const OBJECT_ID = /^[0-9a-f]{24}$/i;

// Before Trello existed (2011) or far in the future: not a real creation time.
const EARLIEST_MS = Date.UTC(2010, 0, 1);
const LATEST_MS = Date.UTC(2100, 0, 1);

/** Creation time in milliseconds, or null when the id is not an ObjectId with a sane time. */
export function trelloIdCreatedMs(id: string): number | null {
  if (!OBJECT_ID.test(id)) return null;
  const ms = Number.parseInt(id.slice(0, 8), 16) * 1000;
  return ms >= EARLIEST_MS && ms < LATEST_MS ? ms : null;
}
