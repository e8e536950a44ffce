import { describe, expect, it } from 'vitest';
import { PARTNER_ID, feedback, nudgesAt, ofRule, partner, settings } from './fixtures';

const rule = 'no-praise';

describe('no praise in N days', () => {
  const recent = feedback('2026-04-29T10:00:00.000Z', 'constructive');

  it('is quiet at exactly N days and nudges from N + 1 days', () => {
    const given = [feedback('2026-03-01T10:00:00.000Z', 'praise'), recent];
    expect(ofRule(nudgesAt('2026-04-30T12:00:00.000Z', { feedback: given }), rule)).toEqual([]);
    const [nudge] = ofRule(nudgesAt('2026-05-01T12:00:00.000Z', { feedback: given }), rule);
    expect(nudge).toMatchObject({
      subject: `nudge:no-praise:${PARTNER_ID}:2026-03-01`,
      title: 'No praise for Acme in 61 days',
      action: { kind: 'give-feedback', label: 'Give praise' },
    });
    expect(nudge!.reason).toContain('after 60 days without praise');
  });

  it('is not raised by criticism alone being recent', () => {
    const given = [feedback('2026-04-20T10:00:00.000Z', 'praise'), recent];
    expect(ofRule(nudgesAt('2026-05-01T12:00:00.000Z', { feedback: given }), rule)).toEqual([]);
  });

  it('counts from the partner’s start when no praise was ever given', () => {
    const added = partner({ createdAt: '2026-03-01T09:00:00.000Z' });
    const input = {
      partners: [added],
      feedback: [recent],
      settings: settings({ noPraiseNudgeDays: 30 }),
    };
    expect(ofRule(nudgesAt('2026-03-31T12:00:00.000Z', input), rule)).toEqual([]);
    const [nudge] = ofRule(nudgesAt('2026-04-01T12:00:00.000Z', input), rule);
    expect(nudge!.reason).toContain('has had no praise since it was added');
  });

  it('leaves a partner without any feedback to the no-feedback nudge', () => {
    const nudges = nudgesAt('2026-05-01T12:00:00.000Z', {});
    expect(ofRule(nudges, rule)).toEqual([]);
    expect(ofRule(nudges, 'no-feedback')).toHaveLength(1);
  });

  it('counts local days in the user’s time zone', () => {
    // Praise on 1 March 23:30 in Berlin = 1 March 22:30 UTC; 60 days later is 30 April.
    const given = [feedback('2026-03-01T22:30:00.000Z', 'praise'), recent];
    // 1 May 00:30 in Berlin (30 April 22:30 UTC): 61 local days in Berlin, 60 in UTC.
    const now = '2026-04-30T22:30:00.000Z';
    expect(
      ofRule(nudgesAt(now, { feedback: given, timeZone: 'Europe/Berlin' }), rule),
    ).toHaveLength(1);
    expect(ofRule(nudgesAt(now, { feedback: given }), rule)).toEqual([]);
  });
});
