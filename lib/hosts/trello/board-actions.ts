import { parseTrelloActions, type TrelloAction } from './api-schemas';
import { ACTIONS_PAGE_LIMIT, type TrelloApi } from './api';

export interface BoardActionsRequest {
  boardId: string;
  /** ISO instant: older actions are not needed, so paging stops once it is passed. */
  since?: string;
  signal?: AbortSignal;
  /** Called after each page, with the number of pages read so far. */
  onPage?(pagesRead: number): void;
  pageLimit?: number;
  /**
   * Safety stop for boards with a very long history (100 pages = 100,000 actions). Cards
   * older than the pages read fall back to the creation time in their id.
   */
  maxPages?: number;
}

const DEFAULT_MAX_PAGES = 100;

function oldestOf(actions: readonly TrelloAction[]): TrelloAction | undefined {
  let oldest: TrelloAction | undefined;
  let oldestMs = Infinity;
  for (const action of actions) {
    const ms = Date.parse(action.date);
    if (ms < oldestMs) {
      oldest = action;
      oldestMs = ms;
    }
  }
  return oldest;
}

/**
 * Reads a board's card actions newest first, a page at a time: Trello returns at most 1,000
 * and pages backwards with `before=<id of the oldest action seen>`. Stops on a short page,
 * once the page reaches back past `since` (also sent to Trello, which then cuts the last page
 * itself), when a page makes no progress, or at `maxPages`. Pages are read one after another
 * (each needs the previous one's oldest id), which also keeps within Trello's 100 requests
 * per 10 seconds.
 */
export async function loadBoardActions(
  api: TrelloApi,
  request: BoardActionsRequest,
): Promise<TrelloAction[]> {
  const limit = request.pageLimit ?? ACTIONS_PAGE_LIMIT;
  const maxPages = request.maxPages ?? DEFAULT_MAX_PAGES;
  const sinceMs = request.since ? Date.parse(request.since) : NaN;
  const actions: TrelloAction[] = [];
  let before: string | undefined;
  for (let pagesRead = 1; ; pagesRead++) {
    const raw = await api.actionsPage(
      request.boardId,
      { before, since: request.since, limit },
      request.signal,
    );
    request.onPage?.(pagesRead);
    const page = parseTrelloActions(raw);
    actions.push(...page);
    if (raw.length < limit || pagesRead >= maxPages) break;
    const oldest = oldestOf(page);
    // Without a readable oldest action there is no cursor to continue from.
    if (!oldest || oldest.id === before) break;
    if (Date.parse(oldest.date) <= sinceMs) break;
    before = oldest.id;
  }
  return actions;
}
