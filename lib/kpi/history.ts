import { stableUuid } from '../model/stable-id';
import type { KpiDirection } from '../model/kpi-definition';
import type {
  KpiMeasurement,
  KpiMeasurementInput,
  KpiStatus,
  MeasurementSource,
} from '../model/kpi-measurement';
import type { KpiResult } from './evaluate';

/**
 * KPI history: one KpiMeasurement per KPI per local day, written when KPIs are computed (at
 * least daily, and whenever new tracker data arrives — the background decides when), plus the
 * values people enter by hand with who, when and a note. Trends are drawn from it.
 */

/** What history reads from a stored measurement. */
export type MeasurementLike = Pick<
  KpiMeasurement,
  'kpiId' | 'date' | 'value' | 'status' | 'source' | 'sampleSize'
> &
  Partial<
    Pick<
      KpiMeasurement,
      'id' | 'partnerId' | 'enteredBy' | 'note' | 'createdAt' | 'updatedAt' | 'hlc' | 'deleted'
    >
  >;

/**
 * The id of the computed measurement of a KPI on a day: the same on every device, so two
 * devices computing the same day write the same record and sync merges them.
 */
export function computedMeasurementId(kpiId: string, date: string): string {
  return stableUuid(`partner-lens kpi measurement ${kpiId} ${date}`);
}

/** The computed measurement of a result, dated the window's last local day (today). */
export function measurementFromResult(result: KpiResult): KpiMeasurementInput {
  const date = result.window.endDate;
  return {
    id: computedMeasurementId(result.kpiId, date),
    kpiId: result.kpiId,
    partnerId: result.partnerId,
    date,
    value: result.value,
    status: result.status,
    sampleSize: result.sampleSize,
    source: 'computed',
    enteredBy: '',
    note: '',
  };
}

/**
 * The measurement writes a computation calls for: one computed record per KPI per day,
 * updating the day's existing computed record (whatever its id) and skipping it when nothing
 * changed, so recomputing on every tracker refresh does not churn storage or sync. Manual KPIs
 * get no computed record: their manual entries are their history.
 */
export function planMeasurementWrites(
  results: readonly KpiResult[],
  existing: readonly MeasurementLike[],
): KpiMeasurementInput[] {
  const computedToday = new Map<string, MeasurementLike>();
  for (const measurement of existing) {
    if (measurement.deleted === true || measurement.source !== 'computed') continue;
    const key = `${measurement.kpiId} ${measurement.date}`;
    const previous = computedToday.get(key);
    if (previous === undefined || newer(measurement, previous)) computedToday.set(key, measurement);
  }
  const writes: KpiMeasurementInput[] = [];
  for (const result of results) {
    if (result.metric === 'manual') continue;
    const next = measurementFromResult(result);
    const current = computedToday.get(`${next.kpiId} ${next.date}`);
    if (current !== undefined) {
      if (
        current.value === next.value &&
        current.status === next.status &&
        current.sampleSize === next.sampleSize
      ) {
        continue;
      }
      if (current.id !== undefined) next.id = current.id;
    }
    writes.push(next);
  }
  return writes;
}

/** One point of a KPI's trend. */
export interface TrendPoint {
  date: string;
  value: number | null;
  status: KpiStatus;
  sampleSize: number;
  source: MeasurementSource;
  /** Who entered a manual value; empty for computed ones. */
  enteredBy: string;
  note: string;
  /** When the value was recorded (the record's createdAt), when known. */
  recordedAt?: string;
}

function newer(a: MeasurementLike, b: MeasurementLike): boolean {
  const at = (m: MeasurementLike) => m.updatedAt ?? m.createdAt ?? '';
  if (at(a) !== at(b)) return at(a) > at(b);
  if ((a.hlc ?? '') !== (b.hlc ?? '')) return (a.hlc ?? '') > (b.hlc ?? '');
  return (a.id ?? '') > (b.id ?? '');
}

/** Whether `a` should be the day's point rather than `b`: a manual value beats a computed one. */
function preferred(a: MeasurementLike, b: MeasurementLike): boolean {
  if (a.source !== b.source) return a.source === 'manual';
  return newer(a, b);
}

/**
 * The daily series of one KPI, oldest first, one point per day: a value entered by hand wins
 * over the computed one of the same day (a person corrected it), otherwise the most recently
 * written record wins (two devices may both have computed that day). Deleted records are left
 * out; `from`/`to` bound the dates, both included.
 */
export function dailySeries(
  measurements: readonly MeasurementLike[],
  kpiId: string,
  range: { from?: string; to?: string } = {},
): TrendPoint[] {
  const byDate = new Map<string, MeasurementLike>();
  for (const measurement of measurements) {
    if (measurement.kpiId !== kpiId || measurement.deleted === true) continue;
    if (range.from !== undefined && measurement.date < range.from) continue;
    if (range.to !== undefined && measurement.date > range.to) continue;
    const current = byDate.get(measurement.date);
    if (current === undefined || preferred(measurement, current)) {
      byDate.set(measurement.date, measurement);
    }
  }
  return [...byDate.values()]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((measurement) => ({
      date: measurement.date,
      value: measurement.value,
      status: measurement.status,
      sampleSize: measurement.sampleSize,
      source: measurement.source,
      enteredBy: measurement.enteredBy ?? '',
      note: measurement.note ?? '',
      ...(measurement.createdAt === undefined ? {} : { recordedAt: measurement.createdAt }),
    }));
}

export interface Trend {
  /** Whether the KPI got better, worse or stayed the same; null without two values. */
  change: 'better' | 'worse' | 'steady' | null;
  /** Latest value minus baseline value. */
  delta: number | null;
  baseline?: TrendPoint;
  latest?: TrendPoint;
}

/**
 * The trend of a series: its latest value against a baseline — the last point on or before
 * `since` when given (e.g. 7 days ago), else the first point. Better/worse follows the KPI's
 * direction; points without a value are skipped.
 */
export function trendOf(
  series: readonly TrendPoint[],
  direction: KpiDirection,
  options: { since?: string } = {},
): Trend {
  const valued = series.filter((point) => point.value !== null);
  const latest = valued[valued.length - 1];
  let baseline: TrendPoint | undefined;
  if (options.since === undefined) {
    baseline = valued[0];
  } else {
    for (const point of valued) if (point.date <= options.since) baseline = point;
  }
  if (latest === undefined || baseline === undefined || baseline === latest) {
    return { change: null, delta: null, ...(latest === undefined ? {} : { latest }) };
  }
  const delta = latest.value! - baseline.value!;
  const scale = Math.max(1, Math.abs(latest.value!), Math.abs(baseline.value!));
  const change =
    Math.abs(delta) <= scale * 1e-9
      ? 'steady'
      : delta > 0 === (direction === 'higher-is-better')
        ? 'better'
        : 'worse';
  return { change, delta, baseline, latest };
}
