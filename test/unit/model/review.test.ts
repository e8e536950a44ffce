import { describe, expect, it } from 'vitest';
import { reviewInputSchema, reviewSchema } from '../../../lib/model';
import { META, accepted, issuesOf } from './issues';
import { sampleInputs } from './sample-inputs';

const valid = sampleInputs().reviews;

describe('review', () => {
  it('accepts a review, including a one-day period', () => {
    expect(accepted(reviewInputSchema, valid)).toMatchObject({ summary: '', actions: [] });
    accepted(reviewSchema, { ...valid, ...META, periodEnd: valid.periodStart });
  });

  it('starts undecided', () => {
    const { decision: _decision, ...rest } = valid;
    expect(accepted(reviewInputSchema, rest).decision).toBe('undecided');
  });

  it('refuses a period that ends before it starts', () => {
    expect(issuesOf(reviewInputSchema, { ...valid, periodEnd: '2025-12-31' })).toEqual({
      periodEnd: 'The period end must be on or after its start',
    });
    expect(issuesOf(reviewSchema, { ...valid, ...META, periodEnd: '2025-12-31' })).toHaveProperty(
      'periodEnd',
    );
  });

  it('rejects an unknown decision and a bad KPI snapshot', () => {
    expect(
      issuesOf(reviewInputSchema, {
        ...valid,
        decision: 'renew',
        kpiSnapshot: [{ kpiId: 'x', name: 'On time', value: 1, status: 'blue' }],
      }),
    ).toMatchObject({
      decision: 'Choose a decision: continue, improve, exit or undecided',
      'kpiSnapshot.0.status': 'Choose a status: green, amber, red or none',
    });
  });
});
