import type { StatusCategory, StatusTransition } from '../../model/work-item';
import type { TrelloAction, TrelloActionList } from './api-schemas';
import type { ListRef } from './list-categories';
import { trelloIdCreatedMs } from './trello-id';

/**
 * A card's dates and status-category history, read from its Trello actions. Trello has no
 * status field: a status change is a move between lists (`updateCard` with `listBefore` and
 * `listAfter`), and the list's category (see `list-categories.ts`) is the status category.
 */
export interface CardHistory {
  created: string;
  /** First change into doing (a card created in a doing list starts when it is created). */
  started?: string;
  /** Last change into done, only while the card is done. */
  done?: string;
  /** Time-ordered category changes, the first one being the creation (`from: null`). */
  transitions: StatusTransition[];
}

export interface CardHistoryInput {
  cardId: string;
  /** The card's actions in any order; actions of other cards are ignored. */
  actions: readonly TrelloAction[];
  currentList: ListRef;
  currentCategory: StatusCategory;
  dateLastActivity?: string | null;
  categorize: (list: ListRef) => StatusCategory;
}

interface Instant {
  ms: number;
  iso: string;
}

interface TimedAction {
  action: TrelloAction;
  ms: number;
}

interface Move {
  at: Instant;
  before: TrelloActionList;
  after: TrelloActionList;
}

export class CardHistoryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CardHistoryError';
  }
}

function instantOf(value: string | null | undefined): Instant | null {
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : { ms, iso: value };
}

function instantFromMs(ms: number): Instant {
  return { ms, iso: new Date(ms).toISOString() };
}

/** Oldest first; same-millisecond actions keep Trello's id order (ids grow with time). */
function inTimeOrder(cardId: string, actions: readonly TrelloAction[]): TimedAction[] {
  const timed: TimedAction[] = [];
  for (const action of actions) {
    if (action.data.card !== undefined && action.data.card.id !== cardId) continue;
    const ms = Date.parse(action.date);
    if (!Number.isNaN(ms)) timed.push({ action, ms });
  }
  return timed.sort((a, b) =>
    a.ms !== b.ms
      ? a.ms - b.ms
      : a.action.id < b.action.id
        ? -1
        : a.action.id > b.action.id
          ? 1
          : 0,
  );
}

function movesOf(actions: readonly TimedAction[]): Move[] {
  const moves: Move[] = [];
  for (const { action, ms } of actions) {
    const { listBefore, listAfter } = action.data;
    if (action.type === 'updateCard' && listBefore && listAfter) {
      moves.push({ at: { ms, iso: action.date }, before: listBefore, after: listAfter });
    }
  }
  return moves;
}

/**
 * Creation time, best source first: the `createCard` action; the time inside the card id
 * (copied, converted or long-ago cards have no `createCard` within reach); the oldest action;
 * the last activity. Never later than the first action, so the history stays in order.
 */
function creationInstant(
  cardId: string,
  createAction: TimedAction | undefined,
  actions: readonly TimedAction[],
  dateLastActivity: string | null | undefined,
): Instant {
  const idMs = trelloIdCreatedMs(cardId);
  const candidate: Instant | null = createAction
    ? { ms: createAction.ms, iso: createAction.action.date }
    : idMs !== null
      ? instantFromMs(idMs)
      : null;
  const first = actions[0];
  if (candidate && (!first || candidate.ms <= first.ms)) return candidate;
  if (first) return { ms: first.ms, iso: first.action.date };
  const lastActivity = instantOf(dateLastActivity);
  if (lastActivity) return lastActivity;
  throw new CardHistoryError(
    'no creation date: the card id holds no time and no action or activity date is known',
  );
}

export function readCardHistory(input: CardHistoryInput): CardHistory {
  const actions = inTimeOrder(input.cardId, input.actions);
  const createAction = actions.find(({ action }) => action.type === 'createCard');
  const created = creationInstant(input.cardId, createAction, actions, input.dateLastActivity);
  const moves = movesOf(actions);

  // Where the card started: told by its creation or its first move; otherwise only guessed
  // from where it is now, and a guess does not count as starting or finishing work.
  const knownInitialList = createAction?.action.data.list ?? moves[0]?.before;
  const initialCategory = input.categorize(knownInitialList ?? input.currentList);
  const transitions: StatusTransition[] = [{ at: created.iso, from: null, to: initialCategory }];
  let started = knownInitialList && initialCategory === 'doing' ? created.iso : undefined;
  let lastIntoDone = knownInitialList && initialCategory === 'done' ? created.iso : undefined;

  for (const move of moves) {
    const from = input.categorize(move.before);
    const to = input.categorize(move.after);
    // Moves within one category (e.g. "Backlog" → "To Do") are not status changes.
    if (from === to) continue;
    // Moving out of a done list is a reopen: the transition `done → todo|doing` says so, and
    // `done` is taken from the last move into done only.
    transitions.push({ at: move.at.iso, from, to });
    if (to === 'doing' && started === undefined) started = move.at.iso;
    if (to === 'done') lastIntoDone = move.at.iso;
  }

  const history: CardHistory = { created: created.iso, transitions };
  if (started !== undefined) history.started = started;
  if (input.currentCategory === 'done') {
    // History may be out of reach (actions older than the pages read): the card's last
    // activity is the closest known time it was finished.
    const done = lastIntoDone ?? instantOf(input.dateLastActivity)?.iso;
    if (done !== undefined) history.done = done;
  }
  return history;
}
