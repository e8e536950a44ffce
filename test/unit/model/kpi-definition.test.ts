import { describe, expect, it } from 'vitest';
import {
  KPI_METRICS,
  KPI_METRIC_DEFAULTS,
  kpiDefinitionInputSchema,
  kpiDefinitionSchema,
} from '../../../lib/model';
import { META, accepted, issuesOf } from './issues';
import { sampleInputs } from './sample-inputs';

const valid = sampleInputs().kpiDefinitions;
const lowerIsBetter = {
  ...valid,
  name: 'Cycle time',
  metric: 'cycle-time',
  direction: 'lower-is-better',
  target: 3,
  amberThreshold: 5,
  redThreshold: 8,
} as const;

describe('KPI definition', () => {
  it('accepts a valid definition and fills the optional settings with defaults', () => {
    const kpi = accepted(kpiDefinitionInputSchema, valid);
    expect(kpi).toMatchObject({
      windowDays: 30,
      weight: 1,
      scopeIds: [],
      labelFilter: [],
      dayKind: 'calendar',
      minSample: 3,
      order: 0,
    });
    accepted(kpiDefinitionInputSchema, lowerIsBetter);
    accepted(kpiDefinitionSchema, { ...valid, ...META });
  });

  it('accepts thresholds equal to the target (no amber band)', () => {
    accepted(kpiDefinitionInputSchema, { ...valid, amberThreshold: 95, redThreshold: 95 });
    accepted(kpiDefinitionInputSchema, { ...lowerIsBetter, amberThreshold: 3, redThreshold: 3 });
  });

  it('rejects thresholds above the target when higher is better', () => {
    expect(issuesOf(kpiDefinitionInputSchema, { ...valid, amberThreshold: 97 })).toEqual({
      amberThreshold:
        'Set the amber threshold at or below the target: higher is better for this KPI',
    });
    expect(issuesOf(kpiDefinitionInputSchema, { ...valid, redThreshold: 90 })).toEqual({
      redThreshold:
        'Set the red threshold at or below the amber threshold: higher is better for this KPI',
    });
  });

  it('rejects thresholds below the target when lower is better', () => {
    expect(issuesOf(kpiDefinitionInputSchema, { ...lowerIsBetter, amberThreshold: 2 })).toEqual({
      amberThreshold:
        'Set the amber threshold at or above the target: lower is better for this KPI',
    });
    expect(issuesOf(kpiDefinitionInputSchema, { ...lowerIsBetter, redThreshold: 4 })).toEqual({
      redThreshold:
        'Set the red threshold at or above the amber threshold: lower is better for this KPI',
    });
    // The higher-is-better thresholds of the sample are wrong once the direction flips.
    expect(
      issuesOf(kpiDefinitionSchema, { ...valid, ...META, direction: 'lower-is-better' }),
    ).toHaveProperty('amberThreshold');
  });

  it('rejects bad field values with messages that say what to enter', () => {
    const issues = issuesOf(kpiDefinitionInputSchema, {
      ...valid,
      name: ' ',
      metric: 'velocity',
      target: Number.POSITIVE_INFINITY,
      windowDays: 7.5,
      weight: 101,
      scopeIds: ['ACME'],
      dayKind: 'weekdays',
      minSample: -1,
    });
    expect(issues).toEqual({
      name: 'Enter a name for the KPI',
      metric: 'Choose what the KPI measures',
      target: 'Enter a number for the target',
      windowDays: 'Enter the window as a whole number of days',
      weight: 'Enter a weight between 0 and 100',
      'scopeIds.0': 'Choose a project or board',
      dayKind: 'Choose whether to count calendar days or business days',
      minSample: 'Enter a minimum sample of 0 or more',
    });
  });

  it('has a label, unit and direction for every metric', () => {
    expect(Object.keys(KPI_METRIC_DEFAULTS).sort()).toEqual([...KPI_METRICS].sort());
  });
});
