import type {
  HostAdapter,
  ItemLoadResult,
  ScopeLoadRequest,
  ScopeLoadResult,
  SkippedItem,
} from '../adapter';
import { createTrackerClient, type TrackerClient } from '../http/tracker-client';
import type { WorkItem } from '../../model/work-item';
import {
  parseTrelloActions,
  trelloCardWithContextSchema,
  type TrelloAction,
  type TrelloCard,
} from './api-schemas';
import { createTrelloApi, type TrelloApi } from './api';
import { loadBoardActions } from './board-actions';
import type { ListCategoryConfig } from './list-categories';
import {
  TrelloCardError,
  createTrelloCardNormalizer,
  describeIssues,
  parseTrelloCard,
  type TrelloNormalizeContext,
} from './normalize';
import { removedCardKeys } from './removed-cards';
import { trelloIdCreatedMs } from './trello-id';

export interface TrelloAdapterOptions {
  /** `https://trello.com`; the API is same-origin under `/1/`. */
  site?: string;
  /**
   * The user's list → category mapping per board; defaults by list name otherwise. A function
   * is read at every load, so an adapter kept for the page's life follows the options page.
   */
  listCategories?: ListCategoryConfig | (() => ListCategoryConfig | undefined);
  /** A ready client (tests, shared limits); otherwise one is made from the options below. */
  client?: TrackerClient;
  fetchImpl?: typeof fetch;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => number;
  random?: () => number;
  /**
   * Trello allows 100 requests per 10 seconds per token; 3 at a time stays far below it even
   * with other tabs loading too.
   */
  maxConcurrent?: number;
  /** Trello's maximum is 1,000; lowered in tests to exercise paging with small fixtures. */
  actionsPageLimit?: number;
  maxActionPages?: number;
}

const DEFAULT_SITE = 'https://trello.com';
const DEFAULT_MAX_CONCURRENT = 3;
/**
 * Actions needed reach back to the oldest card's creation, read from its id (to the second).
 * A minute earlier keeps a `createCard` stamped a moment after the id on the safe side.
 */
const CREATION_MARGIN_MS = 60_000;

function skippedFrom(error: TrelloCardError, fallbackKey?: string): SkippedItem {
  const key = error.key ?? fallbackKey;
  return key === undefined ? { reason: error.message } : { key, reason: error.message };
}

function groupByCard(actions: readonly TrelloAction[]): Map<string, TrelloAction[]> {
  const byCard = new Map<string, TrelloAction[]>();
  for (const action of actions) {
    const cardId = action.data.card?.id;
    if (cardId === undefined) continue;
    const list = byCard.get(cardId);
    if (list) list.push(action);
    else byCard.set(cardId, [action]);
  }
  return byCard;
}

/**
 * How far back the actions must be read: to the creation of the oldest card being
 * normalised (its whole history decides `started` and its transitions) and, on an
 * incremental load, at least to `since` (archives and moves away since then). `undefined`
 * means from the very beginning (a card whose id holds no time).
 */
function actionsNeededSince(cards: readonly TrelloCard[], sinceMs: number): string | undefined {
  let oldest = sinceMs;
  for (const card of cards) {
    const createdMs = trelloIdCreatedMs(card.id);
    if (createdMs === null) return undefined;
    oldest = Math.min(oldest, createdMs - CREATION_MARGIN_MS);
  }
  return Number.isFinite(oldest) ? new Date(oldest).toISOString() : undefined;
}

interface SortedCards {
  /** Open cards in open lists: the board's items. */
  open: TrelloCard[];
  /** Short links the board still shows, invalid cards included: never reported removed. */
  openShortLinks: Set<string>;
  /** Open cards in an archived list: Trello hides them with the list. */
  hidden: string[];
  skipped: SkippedItem[];
}

function sortCards(
  rawCards: readonly unknown[],
  archivedListIds: ReadonlySet<string>,
): SortedCards {
  const sorted: SortedCards = { open: [], openShortLinks: new Set(), hidden: [], skipped: [] };
  for (const raw of rawCards) {
    let card: TrelloCard;
    try {
      card = parseTrelloCard(raw);
    } catch (error) {
      if (!(error instanceof TrelloCardError)) throw error;
      sorted.skipped.push(skippedFrom(error));
      if (error.key) sorted.openShortLinks.add(error.key);
      continue;
    }
    if (card.closed || archivedListIds.has(card.idList)) {
      sorted.hidden.push(card.shortLink);
    } else {
      sorted.open.push(card);
      sorted.openShortLinks.add(card.shortLink);
    }
  }
  return sorted;
}

/**
 * The read-only Trello client behind the overlay and the KPI engine. Every request goes
 * through the shared tracker client (session cookies, concurrency, 429 backoff — Trello's
 * 429 has no `Retry-After`, only `{"error":"API_TOKEN_LIMIT_EXCEEDED"}` — sign-in detection).
 *
 * A scope is a board. A full load reads the board, its lists (archived too), members, open
 * cards, and the card actions back to the oldest open card's creation. An incremental load
 * (`since`) first reads the board alone and stops there when `dateLastActivity` has not moved
 * (one request for an unchanged board); otherwise it returns only cards whose
 * `dateLastActivity` is after `since`, each with its full history, and reports cards archived
 * or moved to another board in `removedKeys`. Renamed lists and changed list mappings do not
 * touch `dateLastActivity` of cards: a full load picks them up.
 */
export function createTrelloAdapter(options: TrelloAdapterOptions = {}): HostAdapter {
  const site = (options.site ?? DEFAULT_SITE).replace(/\/+$/, '');
  const client =
    options.client ??
    createTrackerClient({
      baseUrl: `${site}/1`,
      toolLabel: 'Trello',
      maxConcurrent: options.maxConcurrent ?? DEFAULT_MAX_CONCURRENT,
      fetchImpl: options.fetchImpl,
      sleep: options.sleep,
      now: options.now,
      random: options.random,
    });
  const api: TrelloApi = createTrelloApi(client);
  const listCategories = () =>
    typeof options.listCategories === 'function'
      ? options.listCategories()
      : options.listCategories;

  async function loadScope(request: ScopeLoadRequest): Promise<ScopeLoadResult> {
    const { scopeId: boardId, signal } = request;
    // Progress counts cards (what the sidebar reports), known once the card list is read;
    // before that, and while their history pages load, each page still reports in.
    let cardsKnown = 0;
    const pageDone = <T>(value: T): T => {
      request.onProgress?.({ loaded: cardsKnown, total: cardsKnown || undefined });
      return value;
    };
    // An unreadable `since` means a full load rather than a guess.
    const sinceMs = request.since ? Date.parse(request.since) : NaN;
    const incremental = !Number.isNaN(sinceMs);

    const board = pageDone(await api.board(boardId, signal));
    const boardActivityMs = board.dateLastActivity ? Date.parse(board.dateLastActivity) : NaN;
    if (incremental && boardActivityMs <= sinceMs) {
      return { items: [], skipped: [], removedKeys: [] };
    }

    const [lists, members, rawCards] = await Promise.all([
      api.lists(board.shortLink, signal).then(pageDone),
      api.members(board.shortLink, signal).then(pageDone),
      api.openCards(board.shortLink, signal).then(pageDone),
    ]);
    const archivedListIds = new Set(lists.filter((list) => list.closed).map((list) => list.id));
    const cards = sortCards(rawCards, archivedListIds);
    const changed = incremental
      ? cards.open.filter(
          (card) => !card.dateLastActivity || Date.parse(card.dateLastActivity) > sinceMs,
        )
      : cards.open;
    cardsKnown = changed.length;
    pageDone(undefined);

    // A full load of a board without open cards needs no history at all.
    const actions =
      incremental || changed.length > 0
        ? await loadBoardActions(api, {
            boardId: board.shortLink,
            since: actionsNeededSince(changed, incremental ? sinceMs : Infinity),
            signal,
            onPage: () => pageDone(undefined),
            pageLimit: options.actionsPageLimit,
            maxPages: options.maxActionPages,
          })
        : [];

    const context: TrelloNormalizeContext = {
      site,
      board,
      lists,
      members,
      listCategories: listCategories(),
    };
    const normalize = createTrelloCardNormalizer(context);
    const actionsByCard = groupByCard(actions);
    const items: WorkItem[] = [];
    const skipped = [...cards.skipped];
    for (const card of changed) {
      try {
        items.push(normalize(card, actionsByCard.get(card.id) ?? []));
      } catch (error) {
        if (!(error instanceof TrelloCardError)) throw error;
        skipped.push(skippedFrom(error, card.shortLink));
      }
    }
    const removed = new Set([...removedCardKeys(actions, cards.openShortLinks), ...cards.hidden]);
    return { items, skipped, removedKeys: [...removed].sort() };
  }

  async function loadItem(key: string, signal?: AbortSignal): Promise<ItemLoadResult> {
    const raw = await api.card(key, signal);
    let card: TrelloCard;
    try {
      card = parseTrelloCard(raw);
    } catch (error) {
      if (!(error instanceof TrelloCardError)) throw error;
      return { item: null, skipped: skippedFrom(error, key) };
    }
    const nested = trelloCardWithContextSchema.safeParse(raw);
    if (!nested.success) {
      return {
        item: null,
        skipped: {
          key: card.shortLink,
          reason: `Trello card ${card.shortLink} was skipped: ${describeIssues(nested.error, 'card')}.`,
        },
      };
    }
    const { board, list, members } = nested.data;
    // Archived, like in `loadScope`: an archived card is no longer one of the board's items.
    if (card.closed || list?.closed) return { item: null };
    const normalize = createTrelloCardNormalizer({
      site,
      board,
      lists: list ? [list] : [],
      members,
      listCategories: listCategories(),
    });
    try {
      return { item: normalize(card, parseTrelloActions(nested.data.actions)) };
    } catch (error) {
      if (!(error instanceof TrelloCardError)) throw error;
      return { item: null, skipped: skippedFrom(error, card.shortLink) };
    }
  }

  return { loadScope, loadItem };
}
