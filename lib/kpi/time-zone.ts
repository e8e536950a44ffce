import { MS_PER_DAY } from './instant';

/**
 * Local calendar days of an IANA time zone, DST-safe, without a date library.
 *
 * Local days are numbered like UTC epoch days (day 0 is 1970-01-01 in the zone), so a day
 * number turns into `YYYY-MM-DD` and a weekday with plain arithmetic. A local day is 23, 24 or
 * 25 hours long around DST changes, and in a few zones (America/Santiago, Asia/Beirut…) midnight
 * itself is skipped or repeated; `dayStart` returns the first instant that belongs to the day.
 *
 * `Intl.DateTimeFormat#formatToParts` costs about 10 µs, far too slow to call per item, so the
 * offset is looked up once per UTC day and cached: within a UTC day the offset is constant
 * unless the offsets at its two ends differ, in which case the change instant is found once by
 * bisection. Caches live as long as the module (one calendar per zone), which is safe because
 * a zone's rules do not change while the extension runs.
 */
export interface ZonedCalendar {
  readonly timeZone: string;
  /** Local time minus UTC at an instant, in milliseconds (+3,600,000 for CET). */
  offsetAt(instant: number): number;
  /** Local day number of an instant. */
  dayOf(instant: number): number;
  /** First instant of a local day. */
  dayStart(day: number): number;
  /** Local day number plus the elapsed fraction of that day (0 ≤ fraction < 1). */
  dayPosition(instant: number): number;
}

const HOUR = 3_600_000;

interface UtcDayOffsets {
  atStart: number;
  atEnd: number;
  /** First instant with `atEnd`, when the offset changes during this UTC day. */
  change: number;
}

class IntlZonedCalendar implements ZonedCalendar {
  private readonly format: Intl.DateTimeFormat;
  private readonly boundaryOffsets = new Map<number, number>();
  private readonly utcDays = new Map<number, UtcDayOffsets>();
  private readonly dayStarts = new Map<number, number>();

  constructor(readonly timeZone: string) {
    this.format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  }

  /** The offset as Intl reports it, to the second. */
  private exactOffset(instant: number): number {
    let year = 0;
    let month = 1;
    let day = 1;
    let hour = 0;
    let minute = 0;
    let second = 0;
    for (const part of this.format.formatToParts(instant)) {
      switch (part.type) {
        case 'year':
          year = Number(part.value);
          break;
        case 'month':
          month = Number(part.value);
          break;
        case 'day':
          day = Number(part.value);
          break;
        case 'hour':
          hour = Number(part.value);
          break;
        case 'minute':
          minute = Number(part.value);
          break;
        case 'second':
          second = Number(part.value);
          break;
        default:
          break;
      }
    }
    const wholeSecond = instant - (((instant % 1000) + 1000) % 1000);
    return Date.UTC(year, month - 1, day, hour, minute, second) - wholeSecond;
  }

  private boundaryOffset(utcDay: number): number {
    let offset = this.boundaryOffsets.get(utcDay);
    if (offset === undefined) {
      offset = this.exactOffset(utcDay * MS_PER_DAY);
      this.boundaryOffsets.set(utcDay, offset);
    }
    return offset;
  }

  private offsetsOfUtcDay(utcDay: number): UtcDayOffsets {
    let offsets = this.utcDays.get(utcDay);
    if (offsets === undefined) {
      const atStart = this.boundaryOffset(utcDay);
      const atEnd = this.boundaryOffset(utcDay + 1);
      let change = Number.POSITIVE_INFINITY;
      if (atStart !== atEnd) {
        // Zones change offset at whole seconds; bisect to the second.
        let low = utcDay * MS_PER_DAY;
        let high = low + MS_PER_DAY;
        while (high - low > 1000) {
          const middle = low + Math.floor((high - low) / 2000) * 1000;
          if (this.exactOffset(middle) === atStart) low = middle;
          else high = middle;
        }
        change = high;
      }
      offsets = { atStart, atEnd, change };
      this.utcDays.set(utcDay, offsets);
    }
    return offsets;
  }

  offsetAt(instant: number): number {
    const offsets = this.offsetsOfUtcDay(Math.floor(instant / MS_PER_DAY));
    return instant < offsets.change ? offsets.atStart : offsets.atEnd;
  }

  dayOf(instant: number): number {
    return Math.floor((instant + this.offsetAt(instant)) / MS_PER_DAY);
  }

  dayStart(day: number): number {
    let start = this.dayStarts.get(day);
    if (start === undefined) {
      start = this.findDayStart(day);
      this.dayStarts.set(day, start);
    }
    return start;
  }

  private findDayStart(day: number): number {
    const wall = day * MS_PER_DAY;
    // Local midnight lies between wall − 14 h and wall + 12 h; the offsets in force there are
    // the only candidates.
    const candidates = new Set([this.offsetAt(wall - 14 * HOUR), this.offsetAt(wall + 12 * HOUR)]);
    const valid: number[] = [];
    for (const offset of candidates) {
      const instant = wall - offset;
      if (this.offsetAt(instant) === offset) valid.push(instant);
    }
    valid.sort((a, b) => a - b);
    // Midnight repeated (clocks back at 01:00 to 00:00): the first occurrence starts the day.
    for (const instant of valid) {
      if (this.dayOf(instant - 1) < day) return instant;
    }
    if (valid.length > 0) return valid[0]!;
    // Midnight skipped (clocks forward at 00:00): the day starts when the clocks jump.
    const instants = [...candidates].map((offset) => wall - offset).sort((a, b) => a - b);
    if (instants.length < 2) return instants[0]!;
    return this.changeBetween(instants[0]!, instants[1]!);
  }

  /** First instant after `low` whose offset differs from the one at `low`. */
  private changeBetween(low: number, high: number): number {
    const before = this.offsetAt(low);
    let lo = low;
    let hi = high;
    while (hi - lo > 1) {
      const middle = lo + Math.floor((hi - lo) / 2);
      if (this.offsetAt(middle) === before) lo = middle;
      else hi = middle;
    }
    return hi;
  }

  dayPosition(instant: number): number {
    const day = this.dayOf(instant);
    const start = this.dayStart(day);
    const length = this.dayStart(day + 1) - start;
    const fraction = (instant - start) / length;
    return day + (fraction < 0 ? 0 : fraction >= 1 ? 0.999_999_999 : fraction);
  }
}

/** UTC needs no Intl at all; it is also the fallback the tests compare against. */
class UtcCalendar implements ZonedCalendar {
  readonly timeZone = 'UTC';
  offsetAt(): number {
    return 0;
  }
  dayOf(instant: number): number {
    return Math.floor(instant / MS_PER_DAY);
  }
  dayStart(day: number): number {
    return day * MS_PER_DAY;
  }
  dayPosition(instant: number): number {
    return instant / MS_PER_DAY;
  }
}

const calendars = new Map<string, ZonedCalendar>();

/**
 * The calendar of an IANA time zone (`Europe/Berlin`). Throws a RangeError naming the zone
 * when the runtime does not know it.
 */
export function zonedCalendar(timeZone: string): ZonedCalendar {
  let calendar = calendars.get(timeZone);
  if (calendar === undefined) {
    if (timeZone === 'UTC' || timeZone === 'Etc/UTC') {
      calendar = new UtcCalendar();
    } else {
      try {
        calendar = new IntlZonedCalendar(timeZone);
      } catch {
        throw new RangeError(
          `Unknown time zone “${timeZone}”: use an IANA name such as Europe/Berlin`,
        );
      }
    }
    calendars.set(timeZone, calendar);
  }
  return calendar;
}

/** Weekday of a local day number, as `Date#getDay()` numbers it (0 = Sunday). */
export function weekdayOf(day: number): number {
  // 1970-01-01 was a Thursday.
  return (((day + 4) % 7) + 7) % 7;
}
