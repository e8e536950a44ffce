import { describe, expect, it } from 'vitest';
import {
  TOUCHPOINT_DEFAULT_CADENCE_DAYS,
  TOUCHPOINT_KINDS,
  touchpointInputSchema,
  touchpointSchema,
} from '../../../lib/model';
import { META, accepted, issuesOf } from './issues';
import { sampleInputs } from './sample-inputs';

const valid = sampleInputs().touchpoints;

describe('touchpoint', () => {
  it('accepts a held meeting with action items, and a scheduled one', () => {
    const held = accepted(touchpointInputSchema, valid);
    expect(held.actionItems[0]).toEqual({
      text: 'Send the test plan',
      owner: 'Acme',
      due: '2026-03-06',
      done: false,
    });
    const { heldAt: _heldAt, ...rest } = valid;
    accepted(touchpointSchema, { ...rest, ...META, scheduledFor: '2026-03-09T09:00:00Z' });
  });

  it('asks when the touchpoint is or was', () => {
    const { heldAt: _heldAt, ...undated } = valid;
    expect(issuesOf(touchpointInputSchema, undated)).toEqual({
      scheduledFor: 'Enter when the touchpoint is scheduled or when it was held',
    });
  });

  it('rejects empty action items, a zero cadence and unknown kinds', () => {
    expect(
      issuesOf(touchpointInputSchema, {
        ...valid,
        kind: 'standup',
        cadenceDays: 0,
        actionItems: [{ text: '' }],
      }),
    ).toEqual({
      kind: 'Choose a kind: weekly sync, monthly review, QBR or ad hoc',
      cadenceDays: 'Make the cadence at least 1 day',
      'actionItems.0.text': 'Describe the action item',
    });
  });

  it('proposes a cadence for every kind that repeats', () => {
    expect(Object.keys(TOUCHPOINT_DEFAULT_CADENCE_DAYS).sort()).toEqual(
      [...TOUCHPOINT_KINDS].sort(),
    );
    expect(TOUCHPOINT_DEFAULT_CADENCE_DAYS['weekly-sync']).toBe(7);
  });
});
