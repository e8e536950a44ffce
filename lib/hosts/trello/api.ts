import { z } from 'zod';
import type { TrackerClient } from '../http/tracker-client';
import {
  trelloBoardSchema,
  trelloListsSchema,
  trelloMembersSchema,
  unknownArraySchema,
  type TrelloBoard,
  type TrelloList,
  type TrelloMember,
} from './api-schemas';

/**
 * The read-only Trello endpoints Partner Lens calls, relative to `https://trello.com/1/`
 * (relative paths: a leading `/` would drop the `/1` prefix when resolved).
 */

/**
 * Card fields asked for explicitly: the default set carries badges, covers and descriptions
 * that can be most of the payload on a big board. `desc` is left out for that reason.
 */
export const CARD_FIELDS = [
  'id',
  'idShort',
  'shortLink',
  'shortUrl',
  'url',
  'name',
  'idBoard',
  'idList',
  'idMembers',
  'labels',
  'due',
  'dueComplete',
  'start',
  'dateLastActivity',
  'closed',
] as const;

/**
 * Actions that make a card's history: creation, moves between lists (status changes),
 * archiving, the due checkbox, and moves to another board (the card leaves the scope).
 */
export const CARD_ACTION_FILTER = [
  'createCard',
  'updateCard:idList',
  'updateCard:closed',
  'updateCard:dueComplete',
  'moveCardFromBoard',
] as const;

/** Trello's maximum page size for actions. */
export const ACTIONS_PAGE_LIMIT = 1000;

export interface ActionsPageRequest {
  /** Only actions older than this action id (the oldest of the previous page). */
  before?: string;
  /** Only actions after this instant. */
  since?: string;
  limit?: number;
}

export interface TrelloApi {
  board(boardId: string, signal?: AbortSignal): Promise<TrelloBoard>;
  lists(boardId: string, signal?: AbortSignal): Promise<TrelloList[]>;
  members(boardId: string, signal?: AbortSignal): Promise<TrelloMember[]>;
  /** Open cards, unvalidated: each one is checked separately so one bad card is skipped. */
  openCards(boardId: string, signal?: AbortSignal): Promise<unknown[]>;
  /** Newest first, as Trello pages them; each action unvalidated for the same reason. */
  actionsPage(boardId: string, page: ActionsPageRequest, signal?: AbortSignal): Promise<unknown[]>;
  /** One card with its board, list, members and history nested. */
  card(shortLink: string, signal?: AbortSignal): Promise<unknown>;
}

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined) search.set(name, String(value));
  }
  // Keep `,` and `:` readable in filters and field lists; Trello accepts them unescaped.
  return search.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
}

function boardPath(boardId: string, tail = ''): string {
  return `boards/${encodeURIComponent(boardId)}${tail}`;
}

export function createTrelloApi(client: TrackerClient): TrelloApi {
  return {
    board: (boardId, signal) =>
      client.getJson(
        `${boardPath(boardId)}?${query({ fields: 'id,shortLink,name,dateLastActivity' })}`,
        trelloBoardSchema,
        { signal },
      ),
    lists: (boardId, signal) =>
      client.getJson(
        // `filter=all` includes archived lists: moves into or out of them stay readable,
        // and open cards in an archived list are recognised as gone from the board.
        `${boardPath(boardId, '/lists')}?${query({ fields: 'id,name,closed,pos', filter: 'all' })}`,
        trelloListsSchema,
        { signal },
      ),
    members: (boardId, signal) =>
      client.getJson(
        `${boardPath(boardId, '/members')}?${query({ fields: 'fullName,username' })}`,
        trelloMembersSchema,
        { signal },
      ),
    openCards: (boardId, signal) =>
      client.getJson(
        // Open cards only: boards keep every archived card forever, and `/cards/all` would
        // download them on each refresh. Archived cards are learnt from `updateCard:closed`.
        `${boardPath(boardId, '/cards')}?${query({ fields: CARD_FIELDS.join(','), filter: 'open' })}`,
        unknownArraySchema,
        { signal },
      ),
    actionsPage: (boardId, page, signal) =>
      client.getJson(
        `${boardPath(boardId, '/actions')}?${query({
          filter: CARD_ACTION_FILTER.join(','),
          limit: page.limit ?? ACTIONS_PAGE_LIMIT,
          before: page.before,
          since: page.since,
        })}`,
        unknownArraySchema,
        { signal },
      ),
    card: (shortLink, signal) =>
      client.getJson(
        `cards/${encodeURIComponent(shortLink)}?${query({
          fields: CARD_FIELDS.join(','),
          actions: CARD_ACTION_FILTER.join(','),
          actions_limit: ACTIONS_PAGE_LIMIT,
          board: 'true',
          board_fields: 'id,shortLink,name',
          list: 'true',
          list_fields: 'id,name,closed,pos',
          members: 'true',
          member_fields: 'fullName,username',
        })}`,
        z.unknown(),
        { signal },
      ),
  };
}
