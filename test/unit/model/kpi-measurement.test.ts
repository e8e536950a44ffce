import { describe, expect, it } from 'vitest';
import { kpiMeasurementInputSchema, kpiMeasurementSchema } from '../../../lib/model';
import { META, accepted, issuesOf } from './issues';
import { sampleInputs } from './sample-inputs';

const valid = sampleInputs().kpiMeasurements;

describe('KPI measurement', () => {
  it('accepts a computed value and a day without enough data', () => {
    expect(accepted(kpiMeasurementInputSchema, valid)).toMatchObject({ enteredBy: '', note: '' });
    accepted(kpiMeasurementInputSchema, { ...valid, value: null, status: 'none', sampleSize: 1 });
    accepted(kpiMeasurementSchema, { ...valid, ...META });
  });

  it('refuses a colour without a value', () => {
    expect(issuesOf(kpiMeasurementInputSchema, { ...valid, value: null, status: 'red' })).toEqual({
      value: 'Enter a value, or choose the status “none” when there is no value',
    });
  });

  it('rejects a bad date, status, source and sample size', () => {
    expect(
      issuesOf(kpiMeasurementInputSchema, {
        ...valid,
        date: '02/03/2026',
        status: 'yellow',
        source: 'guessed',
        sampleSize: -2,
      }),
    ).toEqual({
      date: 'Expected a date such as 2026-01-31',
      status: 'Choose a status: green, amber, red or none',
      source: 'Choose whether the value was computed or entered by hand',
      sampleSize: 'Enter a sample size of 0 or more',
    });
  });
});
