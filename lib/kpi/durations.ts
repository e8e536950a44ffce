import type { DayKind } from '../model/kpi-definition';
import { weekdayOf, zonedCalendar, type ZonedCalendar } from './time-zone';

/**
 * Durations in days, counted the way a person reads a calendar in their own time zone.
 *
 * - **Calendar days**: the difference of local *day positions* (day number + elapsed fraction of
 *   that local day). 09:00 Friday → 09:00 Monday is 3 days even when a DST change made the
 *   weekend 71 or 73 hours long; a 23-hour DST day counts as one whole day.
 * - **Business days**: the same, but only time on working days counts (Settings.businessDays,
 *   0 = Sunday … 6 = Saturday). A whole working day counts 1 whatever the hours worked, so
 *   Friday 17:00 → Monday 09:00 is 7/24 + 9/24 of a business day, and Saturday → Sunday is 0.
 *   Public holidays are not known to the product yet, so they count as working days.
 *
 * Both are differences of a monotonic position function, so durations add up
 * (a→b + b→c = a→c) and never depend on where the day boundaries fall.
 */
export interface DayCounter {
  readonly calendar: ZonedCalendar;
  readonly businessDays: readonly number[];
  /** Position of an instant on the chosen day scale. */
  position(instant: number, kind: DayKind): number;
  /** The business-day position of a calendar position (saves a second time-zone lookup). */
  businessFromCalendar(calendarPosition: number): number;
  /** Days from `from` to `to`, never negative (data with `to` before `from` gives 0). */
  between(from: number, to: number, kind: DayKind): number;
  isBusinessDay(day: number): boolean;
}

/** Working days among the first `n` days (n = 0…7) of any 7-day block starting on a day ≡ 0 mod 7. */
function businessPrefix(businessDays: readonly number[]): { perWeek: number; before: number[] } {
  const working = new Set(businessDays);
  const before = [0];
  for (let offset = 0; offset < 7; offset += 1) {
    before.push(before[offset]! + (working.has(weekdayOf(offset)) ? 1 : 0));
  }
  return { perWeek: before[7]!, before };
}

export function createDayCounter(timeZone: string, businessDays: readonly number[]): DayCounter {
  const calendar = zonedCalendar(timeZone);
  const working = new Set(businessDays);
  const { perWeek, before } = businessPrefix(businessDays);

  /** Working days from day 0 up to (not including) `day`. */
  const workingDaysBefore = (day: number): number => {
    const weeks = Math.floor(day / 7);
    return weeks * perWeek + before[day - weeks * 7]!;
  };

  const isBusinessDay = (day: number): boolean => working.has(weekdayOf(day));

  const businessFromCalendar = (calendarPosition: number): number => {
    const day = Math.floor(calendarPosition);
    return workingDaysBefore(day) + (isBusinessDay(day) ? calendarPosition - day : 0);
  };

  const position = (instant: number, kind: DayKind): number => {
    const calendarPosition = calendar.dayPosition(instant);
    return kind === 'calendar' ? calendarPosition : businessFromCalendar(calendarPosition);
  };

  return {
    calendar,
    businessDays,
    position,
    businessFromCalendar,
    between(from, to, kind) {
      const days = position(to, kind) - position(from, kind);
      return days > 0 ? days : 0;
    },
    isBusinessDay,
  };
}
