import type { ZonedCalendar } from '../kpi/time-zone';

/**
 * Day arithmetic of the nudge rules (plain dates go through `parseDateOnly` and
 * `civilFromDays` of `lib/kpi/instant.ts`). Instants (feedback given, meeting held) are placed on
 * the local calendar day of the user's time zone; plain dates (due dates, contract dates)
 * already are local days. Day numbers count from 1970-01-01 like `lib/kpi/time-zone.ts`.
 */

/** Local day number of an ISO instant. */
export function dayOfInstant(calendar: ZonedCalendar, iso: string): number {
  return calendar.dayOf(Date.parse(iso));
}

/** The first instant of a local day, as an ISO string (the `since` of a nudge). */
export function startOfDay(calendar: ZonedCalendar, day: number): string {
  return new Date(calendar.dayStart(day)).toISOString();
}

/** "1 day", "15 days". */
export function days(n: number): string {
  return `${n} ${n === 1 ? 'day' : 'days'}`;
}

/** "today", "yesterday", "3 days ago", "in 4 days". */
export function relativeDays(n: number): string {
  if (n === 0) return 'today';
  if (n === -1) return 'yesterday';
  if (n === 1) return 'tomorrow';
  return n < 0 ? `${days(-n)} ago` : `in ${days(n)}`;
}

/** A readable date for sentences: "Mon, 2 Mar 2026". */
export function formatDay(day: number): string {
  return new Intl.DateTimeFormat('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(day * 86_400_000));
}
