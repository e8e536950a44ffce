import { z } from 'zod';
import { statusCategorySchema, type StatusCategory } from '../../model/work-item';
import { TRELLO_SHORT_LINK } from '../../model/scope-ids';

/**
 * Trello has no workflow states: a card's status is the list it sits in, and lists are named
 * freely per board. This module decides which lists mean todo, doing or done.
 *
 * Precedence for one list: the board's own mapping by list id, then by list name, then the
 * defaults by name below, then `UNKNOWN_LIST_CATEGORY`.
 *
 * `dueComplete` never marks a card done: Trello's due-date checkbox says the due date was met,
 * not that the card left the workflow — teams tick it and keep the card in "Review", or move
 * cards to "Done" without ever setting a due date. The list is the workflow.
 */

/** One board's mapping: a list id (24 hex) or list name → category. */
export type BoardListCategories = Record<string, StatusCategory>;
/** Per board short link, the mapping the user chose in the options page. */
export type ListCategoryConfig = Record<string, BoardListCategories>;

export const boardListCategoriesSchema = z.record(
  z.string().trim().min(1, 'Enter a list name or id'),
  statusCategorySchema,
);
export const listCategoryConfigSchema = z.record(
  z.string().regex(TRELLO_SHORT_LINK, 'Expected a Trello board short link (8 characters)'),
  boardListCategoriesSchema,
);

/**
 * Unknown list names count as todo: a new list on a board is most often a queue ("Ideas",
 * "Waiting on client"), and counting it as doing or done would start cycle times or close
 * cards that nobody worked on. The user maps such lists in the options page.
 */
export const UNKNOWN_LIST_CATEGORY: StatusCategory = 'todo';

/** Names as `normalizeListName` leaves them. */
export const DEFAULT_LIST_CATEGORIES: Readonly<Record<string, StatusCategory>> = Object.freeze({
  'to do': 'todo',
  todo: 'todo',
  backlog: 'todo',
  ideas: 'todo',
  next: 'todo',
  doing: 'doing',
  'in progress': 'doing',
  review: 'doing',
  'in review': 'doing',
  qa: 'doing',
  testing: 'doing',
  done: 'done',
  complete: 'done',
  completed: 'done',
  shipped: 'done',
  released: 'done',
});

/**
 * Case-insensitive, trimmed, and punctuation/emoji runs read as one space, so that
 * "Done ✅", "In-Progress" and "To Do:" match the defaults as people mean them.
 */
export function normalizeListName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export type ListCategorySource = 'board-id' | 'board-name' | 'default' | 'unknown';

export interface ResolvedListCategory {
  category: StatusCategory;
  /** Where the category came from, so the options page can show "default" vs "yours". */
  source: ListCategorySource;
}

export interface ListRef {
  id?: string;
  name?: string;
}

export function defaultCategoryForListName(name: string): StatusCategory {
  return DEFAULT_LIST_CATEGORIES[normalizeListName(name)] ?? UNKNOWN_LIST_CATEGORY;
}

/** The board's mapping from the whole config (empty when the user set none). */
export function boardListCategories(
  config: ListCategoryConfig | undefined,
  boardShortLink: string,
): BoardListCategories {
  return config?.[boardShortLink] ?? {};
}

export function resolveListCategory(
  list: ListRef,
  mapping: BoardListCategories = {},
): ResolvedListCategory {
  if (list.id !== undefined && Object.hasOwn(mapping, list.id)) {
    return { category: mapping[list.id]!, source: 'board-id' };
  }
  if (list.name !== undefined) {
    const wanted = normalizeListName(list.name);
    for (const [key, category] of Object.entries(mapping)) {
      if (normalizeListName(key) === wanted) return { category, source: 'board-name' };
    }
    const byDefault = DEFAULT_LIST_CATEGORIES[wanted];
    if (byDefault) return { category: byDefault, source: 'default' };
  }
  return { category: UNKNOWN_LIST_CATEGORY, source: 'unknown' };
}

export function listCategory(list: ListRef, mapping?: BoardListCategories): StatusCategory {
  return resolveListCategory(list, mapping).category;
}

/**
 * A memoised `listCategory` for one board: normalising names for every card and every move
 * adds up on boards with tens of thousands of actions.
 */
export function createListCategorizer(
  mapping: BoardListCategories = {},
): (list: ListRef) => StatusCategory {
  const cache = new Map<string, StatusCategory>();
  return (list) => {
    const cacheKey = `${list.id ?? ''}\u0000${list.name ?? ''}`;
    let category = cache.get(cacheKey);
    if (category === undefined) {
      category = listCategory(list, mapping);
      cache.set(cacheKey, category);
    }
    return category;
  };
}

/** Returns a new config with one list of one board mapped; the input is left unchanged. */
export function setListCategory(
  config: ListCategoryConfig,
  boardShortLink: string,
  listIdOrName: string,
  category: StatusCategory,
): ListCategoryConfig {
  return {
    ...config,
    [boardShortLink]: { ...config[boardShortLink], [listIdOrName.trim()]: category },
  };
}

/** Returns a new config without the board's entry for the list, so the default applies again. */
export function clearListCategory(
  config: ListCategoryConfig,
  boardShortLink: string,
  listIdOrName: string,
): ListCategoryConfig {
  const board = config[boardShortLink];
  if (!board || !Object.hasOwn(board, listIdOrName.trim())) return config;
  const rest = Object.fromEntries(
    Object.entries(board).filter(([key]) => key !== listIdOrName.trim()),
  );
  return { ...config, [boardShortLink]: rest };
}
