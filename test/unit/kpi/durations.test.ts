import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDayCounter } from '../../../lib/kpi/durations';

const at = (iso: string) => Date.parse(iso);

describe('durations', () => {
  it('counts calendar days as a person reads them across DST (Europe/Berlin)', () => {
    const berlin = createDayCounter('Europe/Berlin', [1, 2, 3, 4, 5]);
    // Sat 28 March 09:00 CET → Mon 30 March 09:00 CEST: 47 hours, 2 calendar days.
    expect(
      berlin.between(at('2026-03-28T08:00:00Z'), at('2026-03-30T07:00:00Z'), 'calendar'),
    ).toBeCloseTo(2, 9);
    // Sat 24 October 09:00 CEST → Mon 26 October 09:00 CET: 49 hours, 2 calendar days.
    expect(
      berlin.between(at('2026-10-24T07:00:00Z'), at('2026-10-26T08:00:00Z'), 'calendar'),
    ).toBeCloseTo(2, 9);
    // The same 47 hours in UTC are less than 2 days.
    const utc = createDayCounter('UTC', [1, 2, 3, 4, 5]);
    expect(
      utc.between(at('2026-03-28T08:00:00Z'), at('2026-03-30T07:00:00Z'), 'calendar'),
    ).toBeCloseTo(47 / 24, 9);
  });

  it('counts DST days in America/New_York as whole days', () => {
    const newYork = createDayCounter('America/New_York', [1, 2, 3, 4, 5]);
    // Sat 7 March 12:00 EST → Mon 9 March 12:00 EDT.
    expect(
      newYork.between(at('2026-03-07T17:00:00Z'), at('2026-03-09T16:00:00Z'), 'calendar'),
    ).toBeCloseTo(2, 9);
  });

  it('counts business days, skipping weekends', () => {
    const utc = createDayCounter('UTC', [1, 2, 3, 4, 5]);
    // 2026-03-06 is a Friday. Fri 12:00 → Mon 12:00: half of Friday + half of Monday.
    expect(
      utc.between(at('2026-03-06T12:00:00Z'), at('2026-03-09T12:00:00Z'), 'business'),
    ).toBeCloseTo(1, 9);
    expect(
      utc.between(at('2026-03-06T12:00:00Z'), at('2026-03-09T12:00:00Z'), 'calendar'),
    ).toBeCloseTo(3, 9);
    // A weekend alone is no business time.
    expect(utc.between(at('2026-03-07T10:00:00Z'), at('2026-03-08T10:00:00Z'), 'business')).toBe(0);
    // Two whole weeks are 10 business days.
    expect(
      utc.between(at('2026-03-02T00:00:00Z'), at('2026-03-16T00:00:00Z'), 'business'),
    ).toBeCloseTo(10, 9);
  });

  it('follows the working days in settings (Sunday to Thursday)', () => {
    const counter = createDayCounter('Asia/Jerusalem', [0, 1, 2, 3, 4]);
    // Thu 5 March 00:00 → Sun 8 March 00:00 local: only Thursday counts.
    const thursday = counter.calendar.dayStart(Math.floor(at('2026-03-05T00:00:00Z') / 86_400_000));
    const sunday = counter.calendar.dayStart(Math.floor(at('2026-03-08T00:00:00Z') / 86_400_000));
    expect(counter.between(thursday, sunday, 'business')).toBeCloseTo(1, 9);
  });

  it('never gives a negative duration', () => {
    const utc = createDayCounter('UTC', [1, 2, 3, 4, 5]);
    expect(utc.between(at('2026-03-10T00:00:00Z'), at('2026-03-09T00:00:00Z'), 'calendar')).toBe(0);
  });

  it('adds up: a→b plus b→c is a→c, in both kinds and any zone', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('UTC', 'Europe/Berlin', 'America/New_York'),
        fc.constantFrom<'calendar' | 'business'>('calendar', 'business'),
        fc.array(fc.integer({ min: at('2025-01-01T00:00:00Z'), max: at('2027-01-01T00:00:00Z') }), {
          minLength: 3,
          maxLength: 3,
        }),
        (zone, kind, instants) => {
          const [a, b, c] = [...instants].sort((x, y) => x - y) as [number, number, number];
          const counter = createDayCounter(zone, [1, 2, 3, 4, 5]);
          expect(counter.between(a, b, kind) + counter.between(b, c, kind)).toBeCloseTo(
            counter.between(a, c, kind),
            6,
          );
          expect(counter.between(a, c, 'business')).toBeLessThanOrEqual(
            counter.between(a, c, 'calendar') + 1e-9,
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
