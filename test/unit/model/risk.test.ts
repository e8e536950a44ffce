import { describe, expect, it } from 'vitest';
import { riskInputSchema, riskSchema, riskScore } from '../../../lib/model';
import { META, accepted, issuesOf } from './issues';
import { sampleInputs } from './sample-inputs';

const valid = sampleInputs().risks;

describe('risk', () => {
  it('accepts a risk and starts it open and manual', () => {
    expect(accepted(riskInputSchema, valid)).toMatchObject({
      status: 'open',
      source: 'manual',
      linkedItemKeys: [],
      contingency: '',
    });
    accepted(riskSchema, { ...valid, ...META, status: 'occurred', source: 'suggested' });
  });

  it('keeps probability and impact on a 1–5 scale', () => {
    expect(issuesOf(riskInputSchema, { ...valid, probability: 0, impact: 6 })).toEqual({
      probability: 'Choose a probability from 1 (rare) to 5 (almost certain)',
      impact: 'Choose an impact from 1 (minor) to 5 (severe)',
    });
    expect(issuesOf(riskInputSchema, { ...valid, impact: 2.5 })).toHaveProperty('impact');
  });

  it('needs a title and a known status', () => {
    expect(issuesOf(riskInputSchema, { ...valid, title: '', status: 'done' })).toEqual({
      title: 'Enter a short title for the risk',
      status: 'Choose a status: open, mitigating, closed or occurred',
    });
  });

  it('scores probability times impact', () => {
    expect(riskScore({ probability: 3, impact: 4 })).toBe(12);
    expect(riskScore({ probability: 5, impact: 5 })).toBe(25);
  });
});
