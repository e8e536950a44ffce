import { civilFromDays } from './instant';
import { zonedCalendar } from './time-zone';

/**
 * The rolling window a KPI is measured over: the last `days` local calendar days, today
 * included, up to now. A 30-day window measured at 10:00 on 31 March (Europe/Berlin) runs from
 * 2 March 00:00 Berlin time to 31 March 10:00. Day boundaries are local midnights in the
 * user's time zone, so an item done at 23:30 Berlin time on 1 March falls outside the window
 * even though it is already 1 March 22:30 in UTC — and the window's length in hours changes
 * with DST, its length in days does not.
 */
export interface KpiWindow {
  readonly timeZone: string;
  /** Length in local calendar days, today included. */
  readonly days: number;
  /** First instant of the window (local midnight), epoch ms, inclusive. */
  readonly start: number;
  /** Now, epoch ms, inclusive: the window's end. */
  readonly end: number;
  /** Local day numbers of the first and last (today's) day. */
  readonly startDay: number;
  readonly endDay: number;
  /** `YYYY-MM-DD` of the first and last day, in the time zone. */
  readonly startDate: string;
  readonly endDate: string;
}

export function rollingWindow(now: number, days: number, timeZone: string): KpiWindow {
  if (!Number.isInteger(days) || days < 1) {
    throw new RangeError(`A KPI window is a whole number of days, at least 1 (got ${days})`);
  }
  const calendar = zonedCalendar(timeZone);
  const endDay = calendar.dayOf(now);
  const startDay = endDay - days + 1;
  return {
    timeZone,
    days,
    start: calendar.dayStart(startDay),
    end: now,
    startDay,
    endDay,
    startDate: civilFromDays(startDay),
    endDate: civilFromDays(endDay),
  };
}

/** Whether an instant falls in the window (both ends included). */
export function inWindow(window: KpiWindow, instant: number): boolean {
  return instant >= window.start && instant <= window.end;
}

/** Whether a `YYYY-MM-DD` date is one of the window's days. */
export function dateInWindow(window: KpiWindow, date: string): boolean {
  return date >= window.startDate && date <= window.endDate;
}

/** "in the last 30 days", "today", "in the last 7 days" — for sentences about the window. */
export function windowPhrase(window: Pick<KpiWindow, 'days'>): string {
  return window.days === 1 ? 'today' : `in the last ${window.days} days`;
}
