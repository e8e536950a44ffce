import { describe, expect, it } from 'vitest';
import {
  computedMeasurementId,
  dailySeries,
  measurementFromResult,
  planMeasurementWrites,
  trendOf,
  type KpiResult,
  type MeasurementLike,
} from '../../../lib/kpi';
import { kpiMeasurementInputSchema } from '../../../lib/model/kpi-measurement';

const KPI = '44444444-4444-4444-8444-000000000001';
const PARTNER = '11111111-1111-4111-8111-111111111111';

function result(extra: Partial<KpiResult> = {}): KpiResult {
  return {
    kpiId: KPI,
    partnerId: PARTNER,
    name: 'On-time delivery',
    metric: 'on-time-delivery',
    unit: '%',
    direction: 'higher-is-better',
    target: 90,
    amberThreshold: 80,
    redThreshold: 70,
    weight: 1,
    value: 85,
    sampleSize: 20,
    minSample: 3,
    status: 'green',
    reason: '',
    detail: '',
    formula: '',
    window: {
      timeZone: 'Europe/Berlin',
      days: 30,
      start: '2026-03-01T23:00:00.000Z',
      end: '2026-03-31T08:00:00.000Z',
      startDate: '2026-03-02',
      endDate: '2026-03-31',
    },
    ...extra,
  };
}

describe('KPI history', () => {
  it('gives one computed measurement a day a stable id that every device derives alike', () => {
    const id = computedMeasurementId(KPI, '2026-03-31');
    expect(id).toBe(computedMeasurementId(KPI, '2026-03-31'));
    expect(id).not.toBe(computedMeasurementId(KPI, '2026-04-01'));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const measurement = measurementFromResult(result());
    expect(measurement).toEqual({
      id,
      kpiId: KPI,
      partnerId: PARTNER,
      date: '2026-03-31',
      value: 85,
      status: 'green',
      sampleSize: 20,
      source: 'computed',
      enteredBy: '',
      note: '',
    });
    expect(kpiMeasurementInputSchema.safeParse(measurement).success).toBe(true);
  });

  it('writes a day’s measurement once, updates it when the value changes, and skips manual KPIs', () => {
    const existing: MeasurementLike[] = [
      {
        id: 'a0000000-0000-4000-8000-000000000001',
        kpiId: KPI,
        date: '2026-03-31',
        value: 85,
        status: 'green',
        sampleSize: 20,
        source: 'computed',
      },
    ];
    expect(planMeasurementWrites([result()], existing)).toEqual([]);
    const changed = planMeasurementWrites([result({ value: 75, status: 'amber' })], existing);
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatchObject({
      id: 'a0000000-0000-4000-8000-000000000001',
      value: 75,
      status: 'amber',
    });
    expect(planMeasurementWrites([result()], [])[0]?.id).toBe(
      computedMeasurementId(KPI, '2026-03-31'),
    );
    expect(planMeasurementWrites([result({ metric: 'manual' })], [])).toEqual([]);
  });

  it('keeps one point per day: a manual entry wins, then the latest write', () => {
    const measurements: MeasurementLike[] = [
      {
        kpiId: KPI,
        date: '2026-03-02',
        value: 80,
        status: 'green',
        sampleSize: 10,
        source: 'computed',
        updatedAt: '2026-03-02T08:00:00.000Z',
      },
      {
        kpiId: KPI,
        date: '2026-03-02',
        value: 82,
        status: 'green',
        sampleSize: 11,
        source: 'computed',
        updatedAt: '2026-03-02T18:00:00.000Z',
      },
      {
        kpiId: KPI,
        date: '2026-03-01',
        value: 70,
        status: 'amber',
        sampleSize: 9,
        source: 'computed',
        updatedAt: '2026-03-01T18:00:00.000Z',
      },
      {
        kpiId: KPI,
        date: '2026-03-01',
        value: 90,
        status: 'green',
        sampleSize: 1,
        source: 'manual',
        enteredBy: 'Dana Lee',
        note: 'Two deliveries were logged late',
        createdAt: '2026-03-01T10:00:00.000Z',
        updatedAt: '2026-03-01T10:00:00.000Z',
      },
      {
        kpiId: KPI,
        date: '2026-03-03',
        value: 10,
        status: 'red',
        sampleSize: 1,
        source: 'computed',
        deleted: true,
      },
      {
        kpiId: 'other',
        date: '2026-03-02',
        value: 1,
        status: 'red',
        sampleSize: 1,
        source: 'computed',
      },
    ];
    expect(dailySeries(measurements, KPI)).toEqual([
      {
        date: '2026-03-01',
        value: 90,
        status: 'green',
        sampleSize: 1,
        source: 'manual',
        enteredBy: 'Dana Lee',
        note: 'Two deliveries were logged late',
        recordedAt: '2026-03-01T10:00:00.000Z',
      },
      {
        date: '2026-03-02',
        value: 82,
        status: 'green',
        sampleSize: 11,
        source: 'computed',
        enteredBy: '',
        note: '',
      },
    ]);
    expect(
      dailySeries(measurements, KPI, { from: '2026-03-02' }).map((point) => point.date),
    ).toEqual(['2026-03-02']);
  });

  it('reads a trend as better or worse by the KPI’s direction', () => {
    const point = (date: string, value: number | null) => ({
      date,
      value,
      status: 'green' as const,
      sampleSize: 1,
      source: 'computed' as const,
      enteredBy: '',
      note: '',
    });
    const series = [
      point('2026-03-01', 80),
      point('2026-03-08', 85),
      point('2026-03-15', null),
      point('2026-03-22', 90),
    ];
    expect(trendOf(series, 'higher-is-better')).toMatchObject({ change: 'better', delta: 10 });
    expect(trendOf(series, 'lower-is-better')).toMatchObject({ change: 'worse', delta: 10 });
    expect(trendOf(series, 'higher-is-better', { since: '2026-03-10' })).toMatchObject({
      change: 'better',
      delta: 5,
    });
    expect(
      trendOf([point('2026-03-01', 80), point('2026-03-02', 80)], 'higher-is-better').change,
    ).toBe('steady');
    expect(trendOf([point('2026-03-01', 80)], 'higher-is-better').change).toBeNull();
  });
});
