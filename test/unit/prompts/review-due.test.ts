import { describe, expect, it } from 'vitest';
import { PARTNER_ID, nudgesAt, ofRule, partner, review, settings } from './fixtures';

const rule = 'review-due';

describe('review due', () => {
  const reviewed = review({ periodStart: '2025-10-01', periodEnd: '2025-12-31' });

  it('is due the cadence after the last review’s period end, from that day on', () => {
    // 2025-12-31 + 91 days = 2026-04-01.
    expect(ofRule(nudgesAt('2026-03-31T12:00:00.000Z', { reviews: [reviewed] }), rule)).toEqual([]);
    const [nudge] = ofRule(nudgesAt('2026-04-01T00:00:00.000Z', { reviews: [reviewed] }), rule);
    expect(nudge).toMatchObject({
      subject: `nudge:review-due:${PARTNER_ID}:2026-04-01`,
      title: 'Review of Acme is due',
      action: { kind: 'open-options', route: `#/partners/${PARTNER_ID}/reviews` },
      since: '2026-04-01T00:00:00.000Z',
    });
    expect(nudge!.reason).toBe(
      'The last review of Acme covered the period up to Wed, 31 Dec 2025. Reviews are due every 91 days, so the next one was due on Wed, 1 Apr 2026 (today).',
    );
  });

  it('counts from the latest review only', () => {
    const newer = review({ periodStart: '2026-01-01', periodEnd: '2026-03-31' });
    expect(
      ofRule(nudgesAt('2026-04-10T12:00:00.000Z', { reviews: [newer, reviewed] }), rule),
    ).toEqual([]);
  });

  it('counts from the contract start without a review, else from when the partner was added', () => {
    const contracted = partner({
      contractStart: '2026-01-01',
      createdAt: '2025-06-01T09:00:00.000Z',
    });
    const input = { partners: [contracted], settings: settings({ reviewCadenceDays: 30 }) };
    expect(ofRule(nudgesAt('2026-01-30T12:00:00.000Z', input), rule)).toEqual([]);
    const [nudge] = ofRule(nudgesAt('2026-01-31T12:00:00.000Z', input), rule);
    expect(nudge!.reason).toContain('since its contract started on Thu, 1 Jan 2026');
    const added = partner({ createdAt: '2026-01-01T09:00:00.000Z' });
    expect(
      ofRule(nudgesAt('2026-01-31T12:00:00.000Z', { ...input, partners: [added] }), rule)[0]!
        .reason,
    ).toContain('since it was added');
  });

  it('uses the local date', () => {
    // 31 March 22:30 UTC is 1 April in Berlin.
    const now = '2026-03-31T22:30:00.000Z';
    expect(
      ofRule(nudgesAt(now, { reviews: [reviewed], timeZone: 'Europe/Berlin' }), rule),
    ).toHaveLength(1);
    expect(ofRule(nudgesAt(now, { reviews: [reviewed] }), rule)).toEqual([]);
  });
});
