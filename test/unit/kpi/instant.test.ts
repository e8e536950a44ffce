import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDateOnly, parseInstant, toEpochMs } from '../../../lib/kpi/instant';

describe('parseInstant', () => {
  it('reads the shapes trackers and normalisers write', () => {
    const expected = Date.parse('2026-03-01T10:00:00.000Z');
    expect(parseInstant('2026-03-01T10:00:00.000Z')).toBe(expected);
    expect(parseInstant('2026-03-01T10:00:00Z')).toBe(expected);
    expect(parseInstant('2026-03-01T11:00:00.000+01:00')).toBe(expected);
    expect(parseInstant('2026-03-01T11:00:00.000+0100')).toBe(expected);
    expect(parseInstant('2026-03-01T05:30:00-04:30')).toBe(expected);
    expect(parseInstant('2026-03-01T10:00:00.123456Z')).toBe(expected + 123);
  });

  it('gives NaN for what is not a point in time', () => {
    expect(parseInstant('not a date')).toBeNaN();
    expect(parseInstant('2026-13-01T10:00:00.000Z')).toBeNaN();
    expect(parseDateOnly('2026-03-1')).toBeNaN();
    expect(() => toEpochMs('nonsense')).toThrow(/Not a valid point in time/);
  });

  it('agrees with Date.parse on every ISO instant', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1990-01-01T00:00:00Z'),
          max: new Date('2090-01-01T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: -14 * 60, max: 14 * 60 }),
        (date, offsetMinutes) => {
          const iso = date.toISOString();
          expect(parseInstant(iso)).toBe(date.getTime());
          const local = new Date(date.getTime() + offsetMinutes * 60_000)
            .toISOString()
            .slice(0, 23);
          const sign = offsetMinutes < 0 ? '-' : '+';
          const abs = Math.abs(offsetMinutes);
          const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
          expect(parseInstant(`${local}${offset}`)).toBe(date.getTime());
        },
      ),
      { numRuns: 500 },
    );
  });
});
