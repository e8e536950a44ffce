import { describe, expect, it } from 'vitest';
import { inWindow, rollingWindow, windowPhrase } from '../../../lib/kpi/window';

describe('rolling window', () => {
  it('covers the last N local days, today included, up to now', () => {
    const now = Date.parse('2026-03-31T12:00:00Z');
    const window = rollingWindow(now, 30, 'UTC');
    expect(window).toMatchObject({
      startDate: '2026-03-02',
      endDate: '2026-03-31',
      days: 30,
      end: now,
    });
    expect(new Date(window.start).toISOString()).toBe('2026-03-02T00:00:00.000Z');
    expect(inWindow(window, Date.parse('2026-03-02T00:00:00Z'))).toBe(true);
    expect(inWindow(window, Date.parse('2026-03-01T23:59:59.999Z'))).toBe(false);
    expect(inWindow(window, now + 1)).toBe(false);
  });

  it('starts at local midnight in the time zone, across a DST change', () => {
    // 10:00 on 31 March in Berlin (CEST, after the change on the 29th).
    const now = Date.parse('2026-03-31T08:00:00Z');
    const window = rollingWindow(now, 30, 'Europe/Berlin');
    expect(window.startDate).toBe('2026-03-02');
    // 2 March 00:00 CET is 1 March 23:00 UTC.
    expect(new Date(window.start).toISOString()).toBe('2026-03-01T23:00:00.000Z');
    const newYork = rollingWindow(Date.parse('2026-03-09T12:00:00Z'), 2, 'America/New_York');
    expect(new Date(newYork.start).toISOString()).toBe('2026-03-08T05:00:00.000Z');
  });

  it('takes today from the time zone, not from UTC', () => {
    // 23:30 UTC on 31 March is 1 April in Berlin.
    const window = rollingWindow(Date.parse('2026-03-31T23:30:00Z'), 1, 'Europe/Berlin');
    expect(window).toMatchObject({ startDate: '2026-04-01', endDate: '2026-04-01' });
  });

  it('refuses a window that is not a whole number of days', () => {
    expect(() => rollingWindow(0, 0, 'UTC')).toThrow(/at least 1/);
    expect(() => rollingWindow(0, 1.5, 'UTC')).toThrow(/whole number/);
  });

  it('says what the window is in words', () => {
    expect(windowPhrase({ days: 1 })).toBe('today');
    expect(windowPhrase({ days: 30 })).toBe('in the last 30 days');
  });
});
