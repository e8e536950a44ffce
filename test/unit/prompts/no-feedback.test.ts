import { describe, expect, it } from 'vitest';
import { nudgeSchema } from '../../../lib/model/nudge';
import { PARTNER_ID, feedback, nudgesAt, ofRule, partner, settings } from './fixtures';

const rule = 'no-feedback';

describe('no feedback in N days', () => {
  it('is quiet at exactly N days and nudges from N + 1 days', () => {
    const given = [feedback('2026-03-01T10:00:00.000Z')];
    expect(ofRule(nudgesAt('2026-03-15T23:59:00.000Z', { feedback: given }), rule)).toEqual([]);
    const [nudge] = ofRule(nudgesAt('2026-03-16T00:00:00.000Z', { feedback: given }), rule);
    expect(nudge).toMatchObject({
      subject: `nudge:no-feedback:${PARTNER_ID}:2026-03-01`,
      partnerId: PARTNER_ID,
      partnerName: 'Acme',
      title: 'No feedback for Acme in 15 days',
      action: { kind: 'give-feedback', label: 'Give feedback' },
      since: '2026-03-16T00:00:00.000Z',
    });
    expect(nudge!.reason).toContain('14 days without feedback');
    expect(nudge!.reason).toContain('Sun, 1 Mar 2026, 15 days ago');
    expect(() => nudgeSchema.parse(nudge)).not.toThrow();
  });

  it('follows the threshold setting', () => {
    const given = [feedback('2026-03-01T10:00:00.000Z')];
    const input = { feedback: given, settings: settings({ noFeedbackNudgeDays: 3 }) };
    expect(ofRule(nudgesAt('2026-03-04T12:00:00.000Z', input), rule)).toEqual([]);
    expect(ofRule(nudgesAt('2026-03-05T12:00:00.000Z', input), rule)).toHaveLength(1);
  });

  it('counts from the newest feedback only', () => {
    const given = [feedback('2026-01-01T10:00:00.000Z'), feedback('2026-03-10T10:00:00.000Z')];
    expect(ofRule(nudgesAt('2026-03-20T12:00:00.000Z', { feedback: given }), rule)).toEqual([]);
  });

  it('counts local days: feedback late in the evening in New York is the next day in UTC', () => {
    // 1 March 22:00 in New York = 2 March 03:00 UTC.
    const given = [feedback('2026-03-02T03:00:00.000Z')];
    // 16 March 12:00 in New York: 15 local days after 1 March → nudge; in UTC only 14.
    const now = '2026-03-16T16:00:00.000Z';
    expect(
      ofRule(nudgesAt(now, { feedback: given, timeZone: 'America/New_York' }), rule),
    ).toHaveLength(1);
    expect(ofRule(nudgesAt(now, { feedback: given, timeZone: 'UTC' }), rule)).toEqual([]);
  });

  it('counts local days east of UTC: Tokyo is already on the next day', () => {
    const given = [feedback('2026-03-01T10:00:00.000Z')]; // 1 March 19:00 in Tokyo
    const now = '2026-03-15T16:00:00.000Z'; // 16 March 01:00 in Tokyo, 15 March in UTC
    expect(ofRule(nudgesAt(now, { feedback: given, timeZone: 'Asia/Tokyo' }), rule)).toHaveLength(
      1,
    );
    expect(ofRule(nudgesAt(now, { feedback: given }), rule)).toEqual([]);
  });

  it('counts from the later of creation and contract start when there is no feedback', () => {
    const added = partner({ createdAt: '2026-03-01T09:00:00.000Z' });
    expect(ofRule(nudgesAt('2026-03-15T12:00:00.000Z', { partners: [added] }), rule)).toEqual([]);
    const [nudge] = ofRule(nudgesAt('2026-03-16T12:00:00.000Z', { partners: [added] }), rule);
    expect(nudge!.reason).toContain('since it was added on Sun, 1 Mar 2026');

    const starting = partner({
      createdAt: '2026-03-01T09:00:00.000Z',
      contractStart: '2026-03-10',
    });
    expect(ofRule(nudgesAt('2026-03-24T12:00:00.000Z', { partners: [starting] }), rule)).toEqual(
      [],
    );
    const [late] = ofRule(nudgesAt('2026-03-25T12:00:00.000Z', { partners: [starting] }), rule);
    expect(late!.reason).toContain('since its contract started');
    // An old contract does not make a partner added today overdue.
    const old = partner({ createdAt: '2026-03-01T09:00:00.000Z', contractStart: '2024-01-01' });
    expect(ofRule(nudgesAt('2026-03-10T12:00:00.000Z', { partners: [old] }), rule)).toEqual([]);
  });

  it('applies to active partners only', () => {
    for (const status of ['candidate', 'paused', 'offboarded'] as const) {
      const quiet = partner({ status });
      expect(ofRule(nudgesAt('2026-03-20T12:00:00.000Z', { partners: [quiet] }), rule)).toEqual([]);
    }
  });

  it('ignores deleted feedback and deleted partners', () => {
    const gone = { ...feedback('2026-03-19T10:00:00.000Z'), deleted: true };
    expect(ofRule(nudgesAt('2026-03-20T12:00:00.000Z', { feedback: [gone] }), rule)).toHaveLength(
      1,
    );
    const deletedPartner = { ...partner(), deleted: true };
    expect(nudgesAt('2026-03-20T12:00:00.000Z', { partners: [deletedPartner] })).toEqual([]);
  });
});
