import { describe, expect, it } from 'vitest';
import { PARTNER_ID, nudgesAt, ofRule, partner, touchpoint } from './fixtures';

const rule = 'touchpoint-overdue';

describe('touchpoint overdue', () => {
  const held = touchpoint({ heldAt: '2026-03-02T15:00:00.000Z', cadenceDays: 7 });

  it('is due on the held day plus the cadence and overdue from the day after', () => {
    expect(ofRule(nudgesAt('2026-03-09T20:00:00.000Z', { touchpoints: [held] }), rule)).toEqual([]);
    const [nudge] = ofRule(nudgesAt('2026-03-10T08:00:00.000Z', { touchpoints: [held] }), rule);
    expect(nudge).toMatchObject({
      subject: `nudge:touchpoint-overdue:${PARTNER_ID}:weekly-sync:2026-03-09`,
      title: 'Weekly sync with Acme is overdue',
      action: { kind: 'open-options', route: `#/partners/${PARTNER_ID}/touchpoints` },
      since: '2026-03-10T00:00:00.000Z',
    });
    expect(nudge!.reason).toContain(
      'at a cadence of every 7 days the next was due on Mon, 9 Mar 2026, yesterday',
    );
  });

  it('counts from the latest one held of each kind', () => {
    const newer = touchpoint({ heldAt: '2026-03-09T15:00:00.000Z', cadenceDays: 7 });
    expect(
      ofRule(nudgesAt('2026-03-12T08:00:00.000Z', { touchpoints: [held, newer] }), rule),
    ).toEqual([]);
    const monthly = touchpoint({
      kind: 'monthly-review',
      heldAt: '2026-01-15T10:00:00.000Z',
      cadenceDays: 30,
    });
    const nudges = ofRule(
      nudgesAt('2026-03-12T08:00:00.000Z', { touchpoints: [held, newer, monthly] }),
      rule,
    );
    expect(nudges.map((nudge) => nudge.title)).toEqual(['Monthly review with Acme is overdue']);
  });

  it('is quiet while the next one is scheduled', () => {
    const next = touchpoint({ scheduledFor: '2026-03-13T15:00:00.000Z' });
    expect(
      ofRule(nudgesAt('2026-03-12T08:00:00.000Z', { touchpoints: [held, next] }), rule),
    ).toEqual([]);
  });

  it('reports a scheduled touchpoint that passed without being logged', () => {
    const missed = touchpoint({ scheduledFor: '2026-03-11T15:00:00.000Z', cadenceDays: 7 });
    const base = { touchpoints: [held, missed] };
    // On the scheduled day itself it is not missed yet (and it counts as the next one).
    expect(ofRule(nudgesAt('2026-03-11T20:00:00.000Z', base), rule)).toEqual([]);
    const nudges = ofRule(nudgesAt('2026-03-12T08:00:00.000Z', base), rule);
    expect(nudges.map((nudge) => nudge.subject).sort()).toEqual(
      [
        `nudge:touchpoint-overdue:${PARTNER_ID}:scheduled:${missed.id}`,
        `nudge:touchpoint-overdue:${PARTNER_ID}:weekly-sync:2026-03-09`,
      ].sort(),
    );
    const notLogged = nudges.find((nudge) => nudge.subject.includes('scheduled'))!;
    expect(notLogged.title).toBe('Weekly sync with Acme was not logged');
    // One held on or after that day covers it.
    const heldLater = touchpoint({ heldAt: '2026-03-11T16:00:00.000Z', cadenceDays: 7 });
    expect(
      ofRule(
        nudgesAt('2026-03-12T08:00:00.000Z', { touchpoints: [held, missed, heldLater] }),
        rule,
      ),
    ).toEqual([]);
  });

  it('uses local days: a sync held late on Monday in Los Angeles is Tuesday in UTC', () => {
    // Monday 2 March 20:00 in Los Angeles = Tuesday 3 March 04:00 UTC.
    const late = touchpoint({ heldAt: '2026-03-03T04:00:00.000Z', cadenceDays: 7 });
    // Tuesday 10 March 09:00 in Los Angeles (16:00 UTC): due Monday 9 March locally → overdue;
    // in UTC it was held on Tuesday and is due today → not yet.
    const now = '2026-03-10T16:00:00.000Z';
    expect(
      ofRule(nudgesAt(now, { touchpoints: [late], timeZone: 'America/Los_Angeles' }), rule),
    ).toHaveLength(1);
    expect(ofRule(nudgesAt(now, { touchpoints: [late] }), rule)).toEqual([]);
  });

  it('needs a cadence, and an active partner', () => {
    const adHoc = touchpoint({ kind: 'ad-hoc', heldAt: '2026-01-02T15:00:00.000Z' });
    expect(ofRule(nudgesAt('2026-03-12T08:00:00.000Z', { touchpoints: [adHoc] }), rule)).toEqual(
      [],
    );
    const paused = partner({ status: 'paused' });
    expect(
      ofRule(
        nudgesAt('2026-03-12T08:00:00.000Z', { partners: [paused], touchpoints: [held] }),
        rule,
      ),
    ).toEqual([]);
  });
});
