import { describe, expect, it } from 'vitest';
import { PARTNER_ID, milestone, nudgesAt, ofRule } from './fixtures';

const rule = 'milestone-overdue';

describe('milestone overdue', () => {
  const beta = milestone({ dueDate: '2026-03-10', status: 'in-progress' });

  it('is not overdue on its due day, and is from the next local day', () => {
    expect(ofRule(nudgesAt('2026-03-10T23:00:00.000Z', { milestones: [beta] }), rule)).toEqual([]);
    const [nudge] = ofRule(nudgesAt('2026-03-11T00:00:00.000Z', { milestones: [beta] }), rule);
    expect(nudge).toMatchObject({
      subject: `nudge:milestone-overdue:${PARTNER_ID}:${beta.id}:2026-03-10`,
      title: 'Milestone “Beta release” is overdue',
      action: { kind: 'open-options', route: `#/partners/${PARTNER_ID}/plan` },
    });
    expect(nudge!.reason).toContain(
      'was due on Tue, 10 Mar 2026, 1 day ago, and is still in progress',
    );
  });

  it('uses the user’s local date: 11 March 08:00 in Sydney is still 10 March in UTC', () => {
    const now = '2026-03-10T21:00:00.000Z';
    expect(
      ofRule(nudgesAt(now, { milestones: [beta], timeZone: 'Australia/Sydney' }), rule),
    ).toHaveLength(1);
    expect(ofRule(nudgesAt(now, { milestones: [beta] }), rule)).toEqual([]);
  });

  it('leaves done and missed milestones alone', () => {
    const done = milestone({ dueDate: '2026-03-01', status: 'done', doneDate: '2026-03-05' });
    const missed = milestone({ dueDate: '2026-03-01', status: 'missed' });
    expect(
      ofRule(nudgesAt('2026-03-20T12:00:00.000Z', { milestones: [done, missed] }), rule),
    ).toEqual([]);
  });
});
