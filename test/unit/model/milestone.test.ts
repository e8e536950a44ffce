import { describe, expect, it } from 'vitest';
import { milestoneInputSchema, milestoneSchema } from '../../../lib/model';
import { META, accepted, issuesOf } from './issues';
import { sampleInputs } from './sample-inputs';

const valid = sampleInputs().milestones;

describe('milestone', () => {
  it('accepts a planned milestone and a done one with its date', () => {
    expect(accepted(milestoneInputSchema, valid).status).toBe('planned');
    accepted(milestoneSchema, { ...valid, ...META, status: 'done', doneDate: '2026-04-28' });
  });

  it('asks for the done date of a done milestone', () => {
    expect(issuesOf(milestoneInputSchema, { ...valid, status: 'done' })).toEqual({
      doneDate: 'Enter the date the milestone was done',
    });
  });

  it('rejects a missing due date, empty deliverables and unknown statuses', () => {
    expect(
      issuesOf(milestoneInputSchema, {
        ...valid,
        dueDate: undefined,
        deliverables: ['API', ' '],
        status: 'late',
      }),
    ).toEqual({
      dueDate: 'Expected a date such as 2026-01-31',
      'deliverables.1': 'Describe the deliverable or remove the empty line',
      status: 'Choose a status: planned, in progress, done or missed',
    });
  });
});
