import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilFromDays, parseDateOnly } from '../../../lib/kpi/instant';
import { weekdayOf, zonedCalendar } from '../../../lib/kpi/time-zone';

const HOUR = 3_600_000;
const at = (iso: string) => Date.parse(iso);
const day = (date: string) => parseDateOnly(date);

describe('zoned calendar', () => {
  it('knows the offset on both sides of a DST change (Europe/Berlin)', () => {
    const berlin = zonedCalendar('Europe/Berlin');
    // Clocks go 02:00 CET → 03:00 CEST on Sunday 29 March 2026, at 01:00 UTC.
    expect(berlin.offsetAt(at('2026-03-29T00:59:59Z'))).toBe(HOUR);
    expect(berlin.offsetAt(at('2026-03-29T01:00:00Z'))).toBe(2 * HOUR);
    // And back 03:00 CEST → 02:00 CET on Sunday 25 October 2026, at 01:00 UTC.
    expect(berlin.offsetAt(at('2026-10-25T00:59:59Z'))).toBe(2 * HOUR);
    expect(berlin.offsetAt(at('2026-10-25T01:00:00Z'))).toBe(HOUR);
  });

  it('starts local days at local midnight and makes DST days 23 or 25 hours long', () => {
    const berlin = zonedCalendar('Europe/Berlin');
    expect(new Date(berlin.dayStart(day('2026-03-29'))).toISOString()).toBe(
      '2026-03-28T23:00:00.000Z',
    );
    expect(berlin.dayStart(day('2026-03-30')) - berlin.dayStart(day('2026-03-29'))).toBe(23 * HOUR);
    expect(berlin.dayStart(day('2026-10-26')) - berlin.dayStart(day('2026-10-25'))).toBe(25 * HOUR);
    expect(berlin.dayStart(day('2026-06-02')) - berlin.dayStart(day('2026-06-01'))).toBe(24 * HOUR);

    const newYork = zonedCalendar('America/New_York');
    expect(new Date(newYork.dayStart(day('2026-03-08'))).toISOString()).toBe(
      '2026-03-08T05:00:00.000Z',
    );
    expect(new Date(newYork.dayStart(day('2026-03-09'))).toISOString()).toBe(
      '2026-03-09T04:00:00.000Z',
    );
    expect(newYork.dayStart(day('2026-11-02')) - newYork.dayStart(day('2026-11-01'))).toBe(
      25 * HOUR,
    );
  });

  it('handles zones whose clocks change at midnight (America/Santiago)', () => {
    const santiago = zonedCalendar('America/Santiago');
    // 6 September 2026: 00:00 does not exist (clocks jump to 01:00); the day starts then.
    expect(new Date(santiago.dayStart(day('2026-09-06'))).toISOString()).toBe(
      '2026-09-06T04:00:00.000Z',
    );
    expect(santiago.dayStart(day('2026-09-07')) - santiago.dayStart(day('2026-09-06'))).toBe(
      23 * HOUR,
    );
    // 5 April 2026: at 00:00 clocks go back to 23:00 on the 4th, which therefore lasts 25 hours.
    expect(new Date(santiago.dayStart(day('2026-04-05'))).toISOString()).toBe(
      '2026-04-05T04:00:00.000Z',
    );
    expect(santiago.dayStart(day('2026-04-05')) - santiago.dayStart(day('2026-04-04'))).toBe(
      25 * HOUR,
    );
  });

  it('places instants on local days', () => {
    const berlin = zonedCalendar('Europe/Berlin');
    // 23:30 UTC on 1 March is already 2 March in Berlin.
    expect(civilFromDays(berlin.dayOf(at('2026-03-01T23:30:00Z')))).toBe('2026-03-02');
    expect(civilFromDays(zonedCalendar('UTC').dayOf(at('2026-03-01T23:30:00Z')))).toBe(
      '2026-03-01',
    );
    // Half of the 23-hour day of 29 March is 11.5 hours in.
    const start = berlin.dayStart(day('2026-03-29'));
    expect(berlin.dayPosition(start + 11.5 * HOUR)).toBeCloseTo(day('2026-03-29') + 0.5, 9);
  });

  it('agrees with Intl on the local date of any instant', () => {
    const zones = [
      'Europe/Berlin',
      'America/New_York',
      'Asia/Kolkata',
      'Australia/Lord_Howe',
      'America/Santiago',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: at('2020-01-01T00:00:00Z'), max: at('2030-12-31T00:00:00Z') }),
        (zone, instant) => {
          const calendar = zonedCalendar(zone);
          const expected = new Intl.DateTimeFormat('en-CA', {
            timeZone: zone,
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
          }).format(instant);
          expect(civilFromDays(calendar.dayOf(instant))).toBe(expected);
          const d = calendar.dayOf(instant);
          expect(calendar.dayStart(d)).toBeLessThanOrEqual(instant);
          expect(calendar.dayStart(d + 1)).toBeGreaterThan(instant);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('rejects an unknown time zone in words', () => {
    expect(() => zonedCalendar('Mars/Olympus_Mons')).toThrow(
      /Unknown time zone “Mars\/Olympus_Mons”/,
    );
  });

  it('numbers weekdays as Date#getDay does', () => {
    expect(weekdayOf(day('2026-03-01'))).toBe(0); // Sunday
    expect(weekdayOf(day('2026-03-02'))).toBe(1);
    expect(weekdayOf(day('1969-12-31'))).toBe(3);
  });
});
