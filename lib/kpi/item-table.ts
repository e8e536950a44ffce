import type { DayKind } from '../model/kpi-definition';
import type { WorkItem } from '../model/work-item';
import { createDayCounter, type DayCounter } from './durations';
import { parseDateOnly, parseInstant } from './instant';

export const CODE_TODO = 0;
export const CODE_DOING = 1;
export const CODE_DONE = 2;
const CATEGORY_CODES = { todo: CODE_TODO, doing: CODE_DOING, done: CODE_DONE } as const;

/** Instants a duration can be measured between. */
export type InstantField = 'created' | 'started' | 'done';

const NOT_COMPUTED = Number.NEGATIVE_INFINITY;
const FIELD_SLOT: Record<InstantField, number> = { created: 0, started: 1, done: 2 };

/**
 * WorkItems decoded once into columns (typed arrays, one row per item), which every KPI then
 * scans. Columns rather than one object per item because the metrics read two or three numbers
 * per item across 20,000 items: contiguous Float64Arrays keep that scan in cache and leave
 * nothing for the garbage collector. Only what the catalogue needs is decoded, and day
 * positions (time-zone lookups) are computed on first use per row.
 *
 * Missing instants are NaN: every comparison with NaN is false, so an item without a start
 * never falls in a window.
 */
export class ItemTable {
  /** The source items, by row. */
  readonly items: WorkItem[] = [];
  /** CODE_TODO, CODE_DOING or CODE_DONE. */
  readonly category: Uint8Array;
  readonly created: Float64Array;
  /** First move to in progress: WorkItem.started, else the first transition to doing; NaN if never. */
  readonly started: Float64Array;
  /** When a done item was done (WorkItem.done, else its last move into done); NaN when open. */
  readonly done: Float64Array;
  /**
   * Last instant at which finishing still counts as on time: the due instant, or for a
   * date-only due date the last millisecond of that local day. NaN without a due date.
   */
  readonly dueLimit: Float64Array;
  /** Latest move into done (from anything else, or created done) at or before `now`; NaN if none. */
  readonly lastDoneEntry: Float64Array;
  /** Latest move out of done (a reopen) at or before `now`; NaN if none. */
  readonly lastReopen: Float64Array;
  readonly counter: DayCounter;
  readonly now: number;
  /** Cached day positions, by field × kind (see FIELD_SLOT), created on first use. */
  private readonly positions: (Float64Array | undefined)[] = [];

  /**
   * @param now instants after it (status changes recorded later) are ignored.
   * @param horizon the earliest window start of the KPIs this table serves: an item done
   *   before it is "settled" and keeps only its category and done instant (created, started,
   *   due and the moves into and out of done are NaN), which every metric reads correctly as
   *   "outside the window". -Infinity keeps everything.
   */
  constructor(
    capacity: number,
    counter: DayCounter,
    now: number,
    readonly horizon: number = Number.NEGATIVE_INFINITY,
  ) {
    this.category = new Uint8Array(capacity);
    this.created = new Float64Array(capacity);
    this.started = new Float64Array(capacity);
    this.done = new Float64Array(capacity);
    this.dueLimit = new Float64Array(capacity);
    this.lastDoneEntry = new Float64Array(capacity);
    this.lastReopen = new Float64Array(capacity);
    this.counter = counter;
    this.now = now;
  }

  get size(): number {
    return this.items.length;
  }

  /**
   * Decodes an item into the next row and returns it; -1 when its creation time cannot be read
   * (it cannot be placed in any window). Other unreadable instants count as absent.
   */
  add(item: WorkItem): number {
    const category = CATEGORY_CODES[item.statusCategory];
    let done = Number.NaN;
    if (category === CODE_DONE && item.done !== undefined) {
      done = parseInstant(item.done);
      // Finished before every window: no KPI needs more than that (most of a tracker's items).
      if (done < this.horizon) return this.addSettled(item, done);
    }
    const created = parseInstant(item.created);
    if (Number.isNaN(created)) return -1;
    const row = this.items.length;
    this.items.push(item);
    this.category[row] = category;
    this.created[row] = created;

    const transitions = item.transitions;
    let started = item.started === undefined ? Number.NaN : parseInstant(item.started);
    if (Number.isNaN(started)) {
      for (let index = 0; index < transitions.length; index += 1) {
        if (transitions[index]!.to === 'doing') {
          started = parseInstant(transitions[index]!.at);
          break;
        }
      }
    }
    this.started[row] = started;

    // Walk back from the newest change: only the latest move into and out of done matter.
    const now = this.now;
    let entry = Number.NaN;
    let reopen = Number.NaN;
    for (let index = transitions.length - 1; index >= 0; index -= 1) {
      const transition = transitions[index]!;
      const to = transition.to;
      const from = transition.from;
      if (to === 'done') {
        if (from === 'done' || !Number.isNaN(entry)) continue;
        const text = transition.at;
        const at = text === item.done && !Number.isNaN(done) ? done : parseInstant(text);
        if (at <= now) {
          entry = at;
          if (!Number.isNaN(reopen)) break;
        }
      } else if (from === 'done' && Number.isNaN(reopen)) {
        const at = parseInstant(transition.at);
        if (at <= now) {
          reopen = at;
          if (!Number.isNaN(entry)) break;
        }
      }
    }
    this.lastDoneEntry[row] = entry;
    this.lastReopen[row] = reopen;
    // A done item without a readable done date was done at its last move into done.
    this.done[row] = category !== CODE_DONE ? Number.NaN : Number.isNaN(done) ? entry : done;

    let dueLimit = Number.NaN;
    const due = item.due;
    if (due !== undefined) {
      const dueDay = parseDateOnly(due);
      dueLimit = Number.isNaN(dueDay)
        ? parseInstant(due)
        : this.counter.calendar.dayStart(dueDay + 1) - 1;
    }
    this.dueLimit[row] = dueLimit;
    return row;
  }

  /** A done item finished before the horizon: only its category and done instant are kept. */
  private addSettled(item: WorkItem, done: number): number {
    const row = this.items.length;
    this.items.push(item);
    this.category[row] = CODE_DONE;
    this.done[row] = done;
    this.created[row] = Number.NaN;
    this.started[row] = Number.NaN;
    this.dueLimit[row] = Number.NaN;
    this.lastDoneEntry[row] = Number.NaN;
    this.lastReopen[row] = Number.NaN;
    return row;
  }

  /** Day position (durations.ts) of an instant column at a row; NaN when absent. Cached. */
  position(row: number, field: InstantField, kind: DayKind): number {
    const slot = FIELD_SLOT[field] + (kind === 'calendar' ? 0 : 3);
    let column = this.positions[slot];
    if (column === undefined) {
      column = new Float64Array(this.category.length).fill(NOT_COMPUTED);
      this.positions[slot] = column;
    }
    let position = column[row]!;
    if (position === NOT_COMPUTED) {
      const instant = this[field][row]!;
      if (Number.isNaN(instant)) position = Number.NaN;
      else if (kind === 'calendar') position = this.counter.calendar.dayPosition(instant);
      else position = this.counter.businessFromCalendar(this.position(row, field, 'calendar'));
      column[row] = position;
    }
    return position;
  }

  /** Days from one instant column to another at a row, never negative; NaN when either is absent. */
  daysBetween(row: number, from: InstantField, to: InstantField, kind: DayKind): number {
    const days = this.position(row, to, kind) - this.position(row, from, kind);
    return days > 0 ? days : days <= 0 ? 0 : Number.NaN;
  }
}

/** Some rows of a table: the items one KPI looks at. */
export interface ItemSet {
  readonly table: ItemTable;
  readonly rows: readonly number[];
}

/**
 * Whether a row was part of the work during [start, end]: created by the end and not finished
 * before the start. Count KPIs (throughput, overdue, aging) use these items as their sample, so
 * a partner with no tracked work shows "no data" rather than a perfect zero.
 */
export function activeDuring(table: ItemTable, row: number, start: number, end: number): boolean {
  return table.created[row]! <= end && !(table.done[row]! < start);
}

/** Decodes items for a KPI computation (callers with raw WorkItems, and tests). */
export function prepareItems(
  items: readonly WorkItem[],
  settings: { timeZone: string; businessDays: readonly number[]; now?: Date | number },
): ItemSet {
  const now =
    settings.now === undefined
      ? Number.POSITIVE_INFINITY
      : typeof settings.now === 'number'
        ? settings.now
        : settings.now.getTime();
  const table = new ItemTable(
    items.length,
    createDayCounter(settings.timeZone, settings.businessDays),
    now,
  );
  const rows: number[] = [];
  for (const item of items) {
    const row = table.add(item);
    if (row >= 0) rows.push(row);
  }
  return { table, rows };
}
