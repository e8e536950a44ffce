import { describe, expect, it } from 'vitest';
import { compute, manualEntryInput, type ManualEntryLike } from '../../../lib/kpi/manual';
import { kpiMeasurementInputSchema } from '../../../lib/model/kpi-measurement';
import { definition, windowAt } from './fixtures';

const NOW = '2026-03-31T12:00:00.000Z';

describe('manual KPI', () => {
  const entries: ManualEntryLike[] = [
    { date: '2026-03-01', value: 70, source: 'manual', enteredBy: 'Dana Lee' }, // before the window
    {
      date: '2026-03-10',
      value: 80,
      source: 'manual',
      enteredBy: 'Dana Lee',
      note: 'Survey',
      updatedAt: '2026-03-10T09:00:00.000Z',
    },
    {
      date: '2026-03-10',
      value: 82,
      source: 'manual',
      enteredBy: 'Sam Roe',
      note: 'Corrected survey',
      updatedAt: '2026-03-11T09:00:00.000Z',
    },
    { date: '2026-03-12', value: 10, source: 'computed' }, // not an entry
    { date: '2026-03-20', value: 5, source: 'manual', deleted: true },
  ];

  it('takes the latest value entered in the window, with who entered it and the note', () => {
    expect(compute({ entries }, windowAt(NOW, 30))).toEqual({
      value: 82,
      sampleSize: 2,
      detail:
        '82 entered by Sam Roe for 2026-03-10 (latest of 2 values entered): “Corrected survey”',
    });
  });

  it('has no value when nothing was entered in the window', () => {
    expect(compute({ entries: [] }, windowAt(NOW, 30))).toEqual({
      value: null,
      sampleSize: 0,
      detail: 'No value entered in the last 30 days',
    });
  });

  it('builds a valid manual measurement, coloured by the thresholds', () => {
    const kpi = definition('manual', { target: 90, amberThreshold: 80, redThreshold: 70 });
    const input = manualEntryInput(kpi, {
      date: '2026-03-10',
      value: 75,
      enteredBy: 'Dana Lee',
      note: 'Q1 survey',
    });
    expect(input).toEqual({
      kpiId: kpi.id,
      partnerId: kpi.partnerId,
      date: '2026-03-10',
      value: 75,
      status: 'amber',
      sampleSize: 1,
      source: 'manual',
      enteredBy: 'Dana Lee',
      note: 'Q1 survey',
    });
    expect(kpiMeasurementInputSchema.safeParse(input).success).toBe(true);
    expect(
      manualEntryInput(kpi, { date: '2026-03-10', value: null, enteredBy: 'Dana Lee' }).status,
    ).toBe('none');
  });
});
