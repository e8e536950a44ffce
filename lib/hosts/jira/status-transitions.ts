import type { StatusCategory, StatusTransition } from '../../model/work-item';
import type { JiraChangeItem, JiraHistory } from './api-schemas';
import type { JiraStatusCategories, StatusReference } from './status-categories';

export interface CurrentStatus {
  id?: string;
  name: string;
  category: StatusCategory;
}

export interface StatusTimelineInput {
  /** ISO instant the issue was created. */
  created: string;
  current: CurrentStatus;
  /** The histories in any order (embedded and paged ones merged); duplicates allowed. */
  histories: readonly JiraHistory[];
  known: JiraStatusCategories;
  /**
   * When the current category was reached, if Jira tells (`statuscategorychangedate`,
   * `resolutiondate`, `updated`): dates the closing move when the history does not end in
   * the current category.
   */
  currentSince?: string;
}

export interface StatusTimeline {
  transitions: StatusTransition[];
  /** First move into `doing` (the creation counts when the issue started in `doing`). */
  started?: string;
  /** Last move into `done` after creation, when the issue is done now. */
  done?: string;
}

/**
 * The time-ordered status-category changes of an issue, from its changelog's `status` items.
 *
 * Changelog items name statuses (`from`/`to` ids, `fromString`/`toString` names), not
 * categories, so each status is categorised by, in order: being the issue's current status;
 * the known categories (other issues' current statuses, the site's status list, the caller's
 * map); and, for a status never seen with its category, a guess: `todo` for the status the
 * issue was created in (Jira's initial statuses are "To Do"-like) and `doing` for any later
 * one (a status the issue moved into and left again is most often work in progress).
 *
 * Moves within one category (To Do → Backlog) are not category changes and are left out. A
 * move from `done` back to another category is a reopen and stays in the list for the KPI
 * engine to count. When the history does not end in the current category (a changelog gap,
 * a workflow migration, a wrong guess), a closing move to it is added, dated `currentSince`.
 */
export function statusTimeline(input: StatusTimelineInput): StatusTimeline {
  const moves = statusMoves(input.histories);
  const categoryOf = (status: StatusReference, fallback: StatusCategory): StatusCategory =>
    categorise(status, input.current, input.known) ?? fallback;

  const initial = moves[0]
    ? categoryOf({ id: moves[0].item.from, name: moves[0].item.fromString }, 'todo')
    : input.current.category;
  const transitions: StatusTransition[] = [{ at: input.created, from: null, to: initial }];
  let category = initial;
  let at = input.created;

  const moveTo = (next: StatusCategory, when: string) => {
    at = later(at, when);
    if (next === category) return;
    transitions.push({ at, from: category, to: next });
    category = next;
  };

  for (const { created, item } of moves) {
    moveTo(categoryOf({ id: item.to, name: item.toString }, 'doing'), created);
  }
  if (category !== input.current.category) {
    moveTo(input.current.category, input.currentSince ?? at);
  }

  const started = transitions.find((transition) => transition.to === 'doing')?.at;
  const done =
    input.current.category === 'done'
      ? transitions.findLast((transition) => transition.to === 'done' && transition.from !== null)
          ?.at
      : undefined;
  return { transitions, started, done };
}

interface StatusMove {
  created: string;
  item: JiraChangeItem;
}

/** `status` items of the histories, oldest first; a history listed twice counts once. */
function statusMoves(histories: readonly JiraHistory[]): StatusMove[] {
  const unique = new Map<string, JiraHistory>();
  for (const history of histories) unique.set(history.id, history);
  return [...unique.values()]
    .sort(compareHistories)
    .flatMap((history) =>
      history.items.filter(isStatusChange).map((item) => ({ created: history.created, item })),
    );
}

/** A changelog item that changed the status (rather than its resolution, labels, …). */
export function isStatusChange(item: JiraChangeItem): boolean {
  return item.field === 'status' || item.fieldId === 'status';
}

// Jira's history ids grow with time; they order entries made in the same millisecond.
function compareHistories(a: JiraHistory, b: JiraHistory): number {
  const byTime = Date.parse(a.created) - Date.parse(b.created);
  if (byTime !== 0) return byTime;
  const byNumber = Number(a.id) - Number(b.id);
  return Number.isNaN(byNumber) ? a.id.localeCompare(b.id) : byNumber;
}

function categorise(
  status: StatusReference,
  current: CurrentStatus,
  known: JiraStatusCategories,
): StatusCategory | undefined {
  if (status.id && current.id && status.id === current.id) return current.category;
  const byId = status.id ? known.categoryOf({ id: status.id }) : undefined;
  if (byId) return byId;
  if (status.name && sameName(status.name, current.name)) return current.category;
  return status.name ? known.categoryOf({ name: status.name }) : undefined;
}

function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * The later of two instants. Keeps transitions in order when a history predates the issue's
 * creation (imported issues) or the closing date is older than the last history.
 */
function later(a: string, b: string): string {
  return Date.parse(b) > Date.parse(a) ? b : a;
}
