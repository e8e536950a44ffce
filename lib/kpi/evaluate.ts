import type { KpiDirection, KpiMetric } from '../model/kpi-definition';
import type { KpiStatus } from '../model/kpi-measurement';
import type { WorkItem } from '../model/work-item';
import * as agingWip from './aging-wip';
import { METRICS } from './catalogue';
import * as cycleTime from './cycle-time';
import { agingDaysOf, agingValueOf, statisticOf, type EvaluableKpi } from './definition';
import type { DurationSample } from './duration-sample';
import { createDayCounter } from './durations';
import * as feedbackRating from './feedback-rating';
import type { FeedbackLike } from './feedback-rating';
import {
  itemFilterOf,
  matchesAttributes,
  ScopeIndex,
  type ItemFilter,
  type ScopeLike,
} from './filter';
import { toEpochMs } from './instant';
import { ItemTable, type ItemSet } from './item-table';
import * as leadTime from './lead-time';
import * as manual from './manual';
import type { ManualEntryLike } from './manual';
import type { MetricValue } from './metric';
import * as milestoneHitRate from './milestone-hit-rate';
import type { MilestoneLike } from './milestone-hit-rate';
import * as onTimeDelivery from './on-time-delivery';
import * as overdueItems from './overdue-items';
import * as praiseShare from './praise-share';
import * as reopenRate from './reopen-rate';
import { judgeStatus } from './status';
import * as throughput from './throughput';
import { rollingWindow, type KpiWindow } from './window';

export interface EvaluateKpisInput {
  /** KPI definitions of one or more partners; deleted ones are skipped. */
  definitions: readonly EvaluableKpi[];
  /** Cached tracker items (any scope; those outside the partners' scopes are ignored). */
  items: readonly WorkItem[];
  feedback?: readonly FeedbackLike[];
  milestones?: readonly MilestoneLike[];
  /** Measurements entered by hand (computed ones are ignored), of any KPI. */
  manualMeasurements?: readonly ManualEntryLike[];
  /** Scopes of the partners (tombstones ignored). */
  scopes: readonly ScopeLike[];
  now: Date | number | string;
  /** IANA time zone whose days the windows and durations follow, e.g. `Europe/Berlin`. */
  timeZone: string;
  /** Working weekdays, 0 = Sunday … 6 = Saturday (Settings.businessDays). */
  businessDays: readonly number[];
}

export interface KpiResult {
  kpiId: string;
  partnerId: string;
  name: string;
  metric: KpiMetric;
  unit: string;
  direction: KpiDirection;
  target: number;
  amberThreshold: number;
  redThreshold: number;
  weight: number;
  value: number | null;
  sampleSize: number;
  /** The minimum sample applied (a manual KPI is held to at most 1). */
  minSample: number;
  status: KpiStatus;
  /** Why this status, in words. */
  reason: string;
  /** What was counted, in words. */
  detail: string;
  /** The metric's formula, one line. */
  formula: string;
  window: {
    timeZone: string;
    days: number;
    /** ISO instants of the window's start (local midnight) and end (now). */
    start: string;
    end: string;
    /** Local dates of the first and last day. */
    startDate: string;
    endDate: string;
  };
}

interface Bucket {
  readonly filter: ItemFilter;
  /** Rows of the shared item table this filter keeps. */
  readonly rows: number[];
  /** Whether label/type parts need checking per item. */
  readonly checkAttributes: boolean;
  /** Whether any KPI needs this bucket's items. */
  needed: boolean;
  keys?: { withTool: Set<string>; bare: Set<string> };
}

function groupBy<Value>(values: readonly Value[], key: (value: Value) => string | undefined) {
  const groups = new Map<string, Value[]>();
  for (const value of values) {
    if ((value as { deleted?: boolean }).deleted === true) continue;
    const group = key(value);
    if (group === undefined) continue;
    const list = groups.get(group);
    if (list === undefined) groups.set(group, [value]);
    else list.push(value);
  }
  return groups;
}

function itemKeysOf(bucket: Bucket, table: ItemTable) {
  if (bucket.keys === undefined) {
    const withTool = new Set<string>();
    const bare = new Set<string>();
    for (const row of bucket.rows) {
      const item = table.items[row]!;
      withTool.add(`${item.tool} ${item.key}`);
      bare.add(item.key);
    }
    bucket.keys = { withTool, bare };
  }
  return bucket.keys;
}

/**
 * Evaluates KPI definitions over the tracker items, feedback, milestones and manual entries.
 *
 * Work is shared so cost grows with items + KPIs rather than items × KPIs: every item is
 * routed once to the buckets of the distinct filters that want it (scope lookup in O(1)) and
 * decoded once into the columns of one ItemTable (items done before every window are barely
 * decoded at all; day positions are computed on first use); each KPI then scans only its
 * bucket's rows, and cycle/lead-time KPIs over the same bucket, window and day kind share one
 * sorted sample (so median and p85 KPIs sort once).
 *
 * Throws a RangeError for an unknown time zone or an unreadable `now`.
 */
export function evaluateKpis(input: EvaluateKpisInput): KpiResult[] {
  const now = toEpochMs(input.now);
  const definitions = input.definitions.filter((definition) => definition.deleted !== true);
  if (definitions.length === 0) return [];
  const counter = createDayCounter(input.timeZone, input.businessDays);

  // Buckets of distinct filters.
  const buckets = new Map<string, Bucket>();
  const bucketOfDefinition = definitions.map((definition) => {
    const filter = itemFilterOf(definition, input.scopes);
    let bucket = buckets.get(filter.key);
    if (bucket === undefined) {
      bucket = {
        filter,
        rows: [],
        checkAttributes: filter.labels.size > 0 || filter.itemTypes.size > 0,
        needed: false,
      };
      buckets.set(filter.key, bucket);
    }
    const info = METRICS[definition.metric];
    if (
      info.usesItems ||
      (filter.narrowed &&
        (definition.metric === 'feedback-rating' ||
          definition.metric === 'praise-share' ||
          definition.metric === 'milestone-hit-rate'))
    ) {
      bucket.needed = true;
    }
    return bucket;
  });
  // One pass over the items.
  const bucketsOfScope = new Map<string, Bucket[]>();
  for (const bucket of buckets.values()) {
    if (!bucket.needed) continue;
    for (const scopeId of bucket.filter.scopeIds) {
      const list = bucketsOfScope.get(scopeId);
      if (list === undefined) bucketsOfScope.set(scopeId, [bucket]);
      else list.push(bucket);
    }
  }
  const windows = new Map<number, KpiWindow>();
  const windowOf = (days: number) => {
    let window = windows.get(days);
    if (window === undefined) {
      window = rollingWindow(now, days, input.timeZone);
      windows.set(days, window);
    }
    return window;
  };
  // Items done before the earliest window of any item KPI are only counted as done then.
  let horizon = Number.POSITIVE_INFINITY;
  for (const definition of definitions) {
    if (METRICS[definition.metric].usesItems) {
      horizon = Math.min(horizon, windowOf(definition.windowDays).start);
    }
  }
  const table = new ItemTable(
    bucketsOfScope.size > 0 ? input.items.length : 0,
    counter,
    now,
    horizon === Number.POSITIVE_INFINITY ? Number.NEGATIVE_INFINITY : horizon,
  );
  if (bucketsOfScope.size > 0) routeItems(input.items, input.scopes, bucketsOfScope, table);
  const samples = new Map<string, DurationSample>();
  const sampleOf = (
    kind: 'cycle' | 'lead',
    bucket: Bucket,
    window: KpiWindow,
    definition: EvaluableKpi,
  ) => {
    const key = `${kind}|${window.days}|${definition.dayKind}|${bucket.filter.key}`;
    let sample = samples.get(key);
    if (sample === undefined) {
      sample = (kind === 'cycle' ? cycleTime.collect : leadTime.collect)(
        { table, rows: bucket.rows },
        window,
        definition.dayKind,
      );
      samples.set(key, sample);
    }
    return sample;
  };
  const feedbackOfPartner = groupBy(input.feedback ?? [], (entry) => entry.partnerId);
  const milestonesOfPartner = groupBy(input.milestones ?? [], (entry) => entry.partnerId);
  const manualOfKpi = groupBy(input.manualMeasurements ?? [], (entry) =>
    entry.source === 'manual' ? entry.kpiId : undefined,
  );

  return definitions.map((definition, index) => {
    const bucket = bucketOfDefinition[index]!;
    const window = windowOf(definition.windowDays);
    const info = METRICS[definition.metric];
    const measured = measure(definition, bucket, window, {
      table,
      sampleOf,
      feedback: feedbackOfPartner.get(definition.partnerId) ?? [],
      milestones: milestonesOfPartner.get(definition.partnerId) ?? [],
      manual: manualOfKpi.get(definition.id) ?? [],
    });
    const minSample =
      definition.metric === 'manual'
        ? manual.manualMinSample(definition.minSample)
        : definition.minSample;
    const unscoped = info.usesItems && bucket.filter.scopeIds.size === 0;
    const judged = unscoped
      ? { status: 'none' as const, reason: measured.detail }
      : judgeStatus(measured, { ...definition, minSample }, { sample: info.sample, window });
    return {
      kpiId: definition.id,
      partnerId: definition.partnerId,
      name: definition.name,
      metric: definition.metric,
      unit: definition.unit,
      direction: definition.direction,
      target: definition.target,
      amberThreshold: definition.amberThreshold,
      redThreshold: definition.redThreshold,
      weight: definition.weight,
      value: measured.value,
      sampleSize: measured.sampleSize,
      minSample,
      status: judged.status,
      reason: judged.reason,
      detail: measured.detail,
      formula: info.formula,
      window: {
        timeZone: window.timeZone,
        days: window.days,
        start: new Date(window.start).toISOString(),
        end: new Date(window.end).toISOString(),
        startDate: window.startDate,
        endDate: window.endDate,
      },
    };
  });
}

function routeItems(
  items: readonly WorkItem[],
  scopes: readonly ScopeLike[],
  bucketsOfScope: Map<string, Bucket[]>,
  table: ItemTable,
) {
  const index = new ScopeIndex(scopes);
  // Keyed by the index's cached array, so each distinct project resolves its buckets once.
  const targetsOfClaim = new Map<readonly string[], Bucket[]>();
  for (let position = 0; position < items.length; position += 1) {
    const item = items[position]!;
    const claim = index.scopesOf(item);
    if (claim.length === 0) continue;
    let targets = targetsOfClaim.get(claim);
    if (targets === undefined) {
      const found = new Set<Bucket>();
      for (const scopeId of claim)
        for (const bucket of bucketsOfScope.get(scopeId) ?? []) found.add(bucket);
      targets = [...found];
      targetsOfClaim.set(claim, targets);
    }
    let row = Number.NaN;
    for (let which = 0; which < targets.length; which += 1) {
      const bucket = targets[which]!;
      if (bucket.checkAttributes && !matchesAttributes(item, bucket.filter)) continue;
      if (Number.isNaN(row)) row = table.add(item);
      if (row < 0) break;
      bucket.rows.push(row);
    }
  }
}

interface MeasureContext {
  table: ItemTable;
  sampleOf(
    kind: 'cycle' | 'lead',
    bucket: Bucket,
    window: KpiWindow,
    definition: EvaluableKpi,
  ): DurationSample;
  feedback: readonly FeedbackLike[];
  milestones: readonly MilestoneLike[];
  manual: readonly ManualEntryLike[];
}

function measure(
  definition: EvaluableKpi,
  bucket: Bucket,
  window: KpiWindow,
  context: MeasureContext,
): MetricValue {
  const items: ItemSet = { table: context.table, rows: bucket.rows };
  const filter = bucket.filter;
  if (METRICS[definition.metric].usesItems && filter.scopeIds.size === 0) {
    return {
      value: null,
      sampleSize: 0,
      detail:
        definition.scopeIds.length > 0
          ? 'None of the chosen projects or boards is mapped to this partner any more'
          : 'No projects or boards are mapped to this partner yet',
    };
  }
  switch (definition.metric) {
    case 'on-time-delivery':
      return onTimeDelivery.compute({ items }, window);
    case 'cycle-time':
      return cycleTime.summarize(
        context.sampleOf('cycle', bucket, window, definition),
        statisticOf(definition),
        window,
      );
    case 'lead-time':
      return leadTime.summarize(
        context.sampleOf('lead', bucket, window, definition),
        statisticOf(definition),
        window,
      );
    case 'throughput':
      return throughput.compute({ items }, window);
    case 'reopen-rate':
      return reopenRate.compute({ items }, window);
    case 'overdue-items':
      return overdueItems.compute({ items }, window);
    case 'aging-wip':
      return agingWip.compute(
        {
          items,
          dayKind: definition.dayKind,
          agingDays: agingDaysOf(definition),
          value: agingValueOf(definition),
        },
        window,
      );
    case 'feedback-rating':
    case 'praise-share': {
      let feedback = context.feedback;
      if (filter.narrowed) {
        const keys = itemKeysOf(bucket, context.table);
        feedback = feedback.filter((entry) =>
          entry.itemKey === undefined
            ? false
            : entry.tool === undefined
              ? keys.bare.has(entry.itemKey)
              : keys.withTool.has(`${entry.tool} ${entry.itemKey}`),
        );
      }
      return definition.metric === 'feedback-rating'
        ? feedbackRating.compute({ feedback }, window)
        : praiseShare.compute({ feedback }, window);
    }
    case 'milestone-hit-rate': {
      let milestones = context.milestones;
      if (filter.narrowed) {
        const keys = itemKeysOf(bucket, context.table);
        milestones = milestones.filter((milestone) =>
          (milestone.linkedItemKeys ?? []).some((key) => keys.bare.has(key)),
        );
      }
      return milestoneHitRate.compute({ milestones }, window);
    }
    case 'manual':
      return manual.compute({ entries: context.manual }, window);
  }
}
