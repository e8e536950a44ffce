import type { KpiMeasurement, KpiMeasurementInput } from '../model/kpi-measurement';
import { count, formatNumber, type Noun } from './format';
import type { MetricValue } from './metric';
import { bandOf, type Thresholds } from './status';
import { dateInWindow, windowPhrase, type KpiWindow } from './window';

/** What a manual KPI reads from a measurement record. */
export type ManualEntryLike = Pick<KpiMeasurement, 'date' | 'value' | 'source'> &
  Partial<
    Pick<KpiMeasurement, 'kpiId' | 'enteredBy' | 'note' | 'createdAt' | 'updatedAt' | 'hlc'>
  > & { readonly deleted?: boolean };

/**
 * Manual KPI: a value a person enters per period (an NPS survey, an audit score), kept with
 * who entered it, when and a note.
 *
 *   value = the latest value entered by hand whose date falls in the window
 *
 * "Latest" is by the entry's date, then by when it was last edited. The sample is the number of
 * manual entries in the window; the engine does not hold a manual KPI to a minimum sample
 * above 1, since one entry per period is the normal case.
 */
export const FORMULA = 'Latest value entered by hand in the window';

export const SAMPLE: Noun = { one: 'value entered', other: 'values entered' };

export interface ManualInput {
  /** Entries of this KPI; computed ones and deleted ones are ignored. */
  entries: readonly ManualEntryLike[];
}

function later(a: ManualEntryLike, b: ManualEntryLike): boolean {
  if (a.date !== b.date) return a.date > b.date;
  return (a.updatedAt ?? a.createdAt ?? '') > (b.updatedAt ?? b.createdAt ?? '');
}

export function compute(input: ManualInput, window: KpiWindow): MetricValue {
  let latest: ManualEntryLike | undefined;
  let entries = 0;
  for (const entry of input.entries) {
    if (entry.deleted === true || entry.source !== 'manual' || entry.value === null) continue;
    if (!dateInWindow(window, entry.date)) continue;
    entries += 1;
    if (latest === undefined || later(entry, latest)) latest = entry;
  }
  if (latest === undefined) {
    return { value: null, sampleSize: 0, detail: `No value entered ${windowPhrase(window)}` };
  }
  const who = latest.enteredBy ? ` by ${latest.enteredBy}` : '';
  const note = latest.note
    ? `: “${latest.note.length > 120 ? `${latest.note.slice(0, 119)}…` : latest.note}”`
    : '';
  const others = entries > 1 ? ` (latest of ${count(entries, SAMPLE)})` : '';
  return {
    value: latest.value,
    sampleSize: entries,
    detail: `${formatNumber(latest.value!)} entered${who} for ${latest.date}${others}${note}`,
  };
}

/** The minimum sample the engine applies to a manual KPI (see the formula above). */
export function manualMinSample(minSample: number): number {
  return Math.min(minSample, 1);
}

/**
 * A manual entry ready for the measurements repository: the status is the value's colour under
 * the KPI's thresholds, and who/when/note are kept (when = the record's createdAt, stamped on
 * write).
 */
export function manualEntryInput(
  kpi: Thresholds & { id: string; partnerId: string },
  entry: { date: string; value: number | null; enteredBy: string; note?: string; id?: string },
): KpiMeasurementInput {
  return {
    ...(entry.id === undefined ? {} : { id: entry.id }),
    kpiId: kpi.id,
    partnerId: kpi.partnerId,
    date: entry.date,
    value: entry.value,
    status: entry.value === null ? 'none' : bandOf(entry.value, kpi),
    sampleSize: entry.value === null ? 0 : 1,
    source: 'manual',
    enteredBy: entry.enteredBy,
    note: entry.note ?? '',
  };
}
