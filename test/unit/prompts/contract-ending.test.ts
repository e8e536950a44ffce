import { describe, expect, it } from 'vitest';
import { PARTNER_ID, nudgesAt, ofRule, partner, settings } from './fixtures';

const rule = 'contract-ending';

describe('contract ending', () => {
  const ending = partner({ contractStart: '2025-01-01', contractEnd: '2026-04-30' });

  it('nudges from exactly 30 days before the end, not 31', () => {
    expect(ofRule(nudgesAt('2026-03-30T12:00:00.000Z', { partners: [ending] }), rule)).toEqual([]);
    const [nudge] = ofRule(nudgesAt('2026-03-31T12:00:00.000Z', { partners: [ending] }), rule);
    expect(nudge).toMatchObject({
      subject: `nudge:contract-ending:${PARTNER_ID}:2026-04-30`,
      title: 'Contract with Acme ends in 30 days',
      action: { kind: 'open-options', route: `#/partners/${PARTNER_ID}/edit` },
      since: '2026-03-31T00:00:00.000Z',
    });
    expect(nudge!.reason).toContain('You are reminded 30 days before a contract ends');
  });

  it('says today on the last day and keeps reminding once it has ended', () => {
    expect(
      ofRule(nudgesAt('2026-04-30T12:00:00.000Z', { partners: [ending] }), rule)[0]!.title,
    ).toBe('Contract with Acme ends today');
    const [after] = ofRule(nudgesAt('2026-05-03T12:00:00.000Z', { partners: [ending] }), rule);
    expect(after!.title).toBe('Contract with Acme ended 3 days ago');
    expect(after!.reason).toContain('still active');
  });

  it('applies to paused partners too, not to candidates or offboarded ones', () => {
    const now = '2026-04-20T12:00:00.000Z';
    const paused = partner({ status: 'paused', contractEnd: '2026-04-30' });
    expect(ofRule(nudgesAt(now, { partners: [paused] }), rule)).toHaveLength(1);
    for (const status of ['candidate', 'offboarded'] as const) {
      expect(
        ofRule(nudgesAt(now, { partners: [partner({ status, contractEnd: '2026-04-30' })] }), rule),
      ).toEqual([]);
    }
  });

  it('follows the setting and the local date', () => {
    const input = { partners: [ending], settings: settings({ contractEndingNudgeDays: 10 }) };
    expect(ofRule(nudgesAt('2026-04-19T12:00:00.000Z', input), rule)).toEqual([]);
    expect(ofRule(nudgesAt('2026-04-20T12:00:00.000Z', input), rule)).toHaveLength(1);
    // 19 April 23:00 UTC is already 20 April in Kolkata (UTC+5:30).
    expect(
      ofRule(nudgesAt('2026-04-19T23:00:00.000Z', { ...input, timeZone: 'Asia/Kolkata' }), rule),
    ).toHaveLength(1);
  });

  it('needs an end date', () => {
    expect(ofRule(nudgesAt('2026-04-20T12:00:00.000Z', {}), rule)).toEqual([]);
  });
});
