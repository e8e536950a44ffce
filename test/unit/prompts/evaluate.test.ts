import { describe, expect, it } from 'vitest';
import { NUDGE_RULES, nudgeSchema } from '../../../lib/model/nudge';
import { NUDGE_RULE_MODULES, newlyPending } from '../../../lib/prompts';
import {
  PARTNER_ID,
  dismissed,
  feedback,
  milestone,
  nudgesAt,
  partner,
  settings,
  snoozed,
} from './fixtures';

const NOW = '2026-03-20T12:00:00.000Z';
const overdue = milestone({ dueDate: '2026-03-10' });
const subject = `nudge:milestone-overdue:${PARTNER_ID}:${overdue.id}:2026-03-10`;
const recentPraise = feedback('2026-03-19T10:00:00.000Z');
const base = {
  milestones: [overdue],
  feedback: [recentPraise],
  partners: [partner({ createdAt: '2026-03-01T09:00:00.000Z' })],
};

describe('evaluateNudges', () => {
  it('has one module per rule, registered under its own name', () => {
    expect(Object.keys(NUDGE_RULE_MODULES).sort()).toEqual([...NUDGE_RULES].sort());
    for (const rule of NUDGE_RULES) expect(NUDGE_RULE_MODULES[rule].rule).toBe(rule);
  });

  it('gives valid nudges', () => {
    const nudges = nudgesAt(NOW, base);
    expect(nudges.map((nudge) => nudge.subject)).toEqual([subject]);
    for (const nudge of nudges) expect(() => nudgeSchema.parse(nudge)).not.toThrow();
  });

  it('hides a snoozed nudge until the snooze ends, then shows it again', () => {
    const states = [snoozed(subject, '2026-03-21T12:00:00.000Z')];
    expect(nudgesAt(NOW, { ...base, promptStates: states })).toEqual([]);
    expect(nudgesAt('2026-03-21T11:59:59.999Z', { ...base, promptStates: states })).toEqual([]);
    expect(nudgesAt('2026-03-21T12:00:00.000Z', { ...base, promptStates: states })).toHaveLength(1);
  });

  it('hides a dismissed nudge for good, but not a new occurrence of the same rule', () => {
    const states = [dismissed(subject)];
    expect(
      nudgesAt('2027-01-01T12:00:00.000Z', { ...base, promptStates: states }).filter(
        (n) => n.rule === 'milestone-overdue',
      ),
    ).toEqual([]);
    const moved = { ...overdue, dueDate: '2026-03-15' };
    const again = nudgesAt(NOW, { ...base, milestones: [moved], promptStates: states });
    expect(again.map((nudge) => nudge.subject)).toEqual([
      `nudge:milestone-overdue:${PARTNER_ID}:${overdue.id}:2026-03-15`,
    ]);
  });

  it('ignores deleted prompt states (a reset)', () => {
    const states = [{ ...dismissed(subject), deleted: true }];
    expect(nudgesAt(NOW, { ...base, promptStates: states })).toHaveLength(1);
  });

  it('leaves out rules turned off in the settings', () => {
    const off = settings({ disabledNudgeRules: ['milestone-overdue'] });
    expect(nudgesAt(NOW, { ...base, settings: off })).toEqual([]);
  });

  it('lists the oldest condition first', () => {
    const older = milestone({ title: 'Alpha', dueDate: '2026-03-01' });
    const nudges = nudgesAt(NOW, { ...base, milestones: [overdue, older] });
    expect(nudges.map((nudge) => nudge.title)).toEqual([
      'Milestone “Alpha” is overdue',
      'Milestone “Beta release” is overdue',
    ]);
  });

  it('rejects an unknown time zone with a message that names it', () => {
    expect(() => nudgesAt(NOW, { ...base, timeZone: 'Mars/Olympus' })).toThrow(/Mars\/Olympus/);
  });
});

describe('newlyPending', () => {
  const nudges = nudgesAt(NOW, base);
  it('notifies nothing on the first run, then only subjects not pending last time', () => {
    expect(newlyPending(null, nudges)).toEqual([]);
    expect(newlyPending([], nudges)).toEqual(nudges);
    expect(newlyPending([subject], nudges)).toEqual([]);
  });
});
