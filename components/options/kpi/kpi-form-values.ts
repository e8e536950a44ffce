import { METRICS } from '@/lib/kpi/catalogue';
import { KPI_OPTION_DEFAULTS, type AgingValue, type DurationStatistic } from '@/lib/kpi/definition';
import { KPI_TEMPLATES } from '@/lib/kpi/templates';
import {
  KPI_METRIC_DEFAULTS,
  kpiDefinitionInputSchema,
  type DayKind,
  type KpiDefinition,
  type KpiDefinitionInput,
  type KpiDirection,
  type KpiMetric,
} from '@/lib/model/kpi-definition';
import { joinList, splitList } from '@/lib/model/list-text';

/**
 * The KPI form's own shape: numbers are edited as text (so that an empty or mistyped field
 * gets the model's message instead of silently becoming 0), lists as comma-separated text.
 */
export interface KpiFormValues {
  metric: KpiMetric;
  name: string;
  unit: string;
  direction: KpiDirection;
  target: string;
  amberThreshold: string;
  redThreshold: string;
  windowDays: string;
  weight: string;
  minSample: string;
  dayKind: DayKind;
  scopeIds: string[];
  labelFilter: string;
  itemTypeFilter: string;
  statistic: DurationStatistic;
  agingDays: string;
  agingValue: AgingValue;
}

export type KpiFormField = keyof KpiFormValues;

/** Field labels, in the order the form shows the fields (first invalid one gets the focus). */
export const KPI_FIELD_LABELS: Record<KpiFormField, string> = {
  metric: 'Metric',
  name: 'Name',
  unit: 'Unit',
  direction: 'Direction',
  target: 'Target',
  amberThreshold: 'Amber threshold',
  redThreshold: 'Red threshold',
  windowDays: 'Window (days)',
  minSample: 'Minimum sample',
  weight: 'Weight',
  dayKind: 'Count days as',
  statistic: 'Statistic',
  agingDays: 'Aging after (days)',
  agingValue: 'Value reported',
  scopeIds: 'Projects and boards',
  labelFilter: 'Labels',
  itemTypeFilter: 'Item types',
};

export const KPI_FORM_FIELDS = Object.keys(KPI_FIELD_LABELS) as KpiFormField[];

const isFormField = (name: string): name is KpiFormField => Object.hasOwn(KPI_FIELD_LABELS, name);

export const DIRECTION_LABELS: Record<KpiDirection, string> = {
  'higher-is-better': 'Higher is better',
  'lower-is-better': 'Lower is better',
};

export const DAY_KIND_LABELS: Record<DayKind, string> = {
  calendar: 'Calendar days',
  business: 'Business days',
};

export const STATISTIC_LABELS: Record<DurationStatistic, string> = {
  median: 'Median',
  p85: '85th percentile',
};

export const AGING_VALUE_LABELS: Record<AgingValue, string> = {
  'oldest-age': 'Age of the oldest item in progress',
  'count-over': 'Number of items in progress longer than the aging days',
};

/** Which optional fields a metric uses. */
export function metricUses(metric: KpiMetric) {
  return {
    statistic: metric === 'cycle-time' || metric === 'lead-time',
    aging: metric === 'aging-wip',
    dayKind: METRICS[metric].usesDayKind,
    /** Manual KPIs are typed in, so tracker filters do not apply to them. */
    filters: metric !== 'manual',
  };
}

/** The unit a metric's value comes in (aging WIP reports days or a count). */
export function defaultUnit(metric: KpiMetric, agingValue: AgingValue): string {
  if (metric === 'aging-wip') return agingValue === 'count-over' ? 'items' : 'days';
  return KPI_METRIC_DEFAULTS[metric].unit;
}

const numberText = (value: number | undefined) => (value === undefined ? '' : String(value));

type SuggestedField =
  | 'target'
  | 'amberThreshold'
  | 'redThreshold'
  | 'windowDays'
  | 'minSample'
  | 'weight'
  | 'statistic'
  | 'agingDays'
  | 'agingValue';

/** Fields that follow the metric while the person has not changed them. */
export const SUGGESTED_FIELDS: readonly SuggestedField[] = [
  'target',
  'amberThreshold',
  'redThreshold',
  'windowDays',
  'minSample',
  'weight',
  'statistic',
  'agingDays',
  'agingValue',
];

/**
 * Thresholds and options suggested for a metric: those of the first template that uses it
 * (templates are the product's recommended starting points), else empty thresholds.
 */
export function suggestedValues(metric: KpiMetric): Pick<KpiFormValues, SuggestedField> {
  const fromTemplate = KPI_TEMPLATES.flatMap((template) => template.kpis).find(
    (kpi) => kpi.metric === metric,
  );
  return {
    target: numberText(fromTemplate?.target),
    amberThreshold: numberText(fromTemplate?.amberThreshold),
    redThreshold: numberText(fromTemplate?.redThreshold),
    windowDays: numberText(fromTemplate?.windowDays ?? 30),
    minSample: numberText(fromTemplate?.minSample ?? (metric === 'manual' ? 1 : 3)),
    weight: numberText(fromTemplate?.weight ?? 1),
    statistic: fromTemplate?.statistic ?? KPI_OPTION_DEFAULTS.statistic,
    agingDays: numberText(fromTemplate?.agingDays ?? KPI_OPTION_DEFAULTS.agingDays),
    agingValue: fromTemplate?.agingValue ?? KPI_OPTION_DEFAULTS.agingValue,
  };
}

/** A new KPI's form: the metric's name, unit and direction, and suggested thresholds. */
export function newKpiFormValues(metric: KpiMetric = 'on-time-delivery'): KpiFormValues {
  const suggested = suggestedValues(metric);
  return {
    metric,
    name: KPI_METRIC_DEFAULTS[metric].label,
    unit: defaultUnit(metric, suggested.agingValue),
    direction: KPI_METRIC_DEFAULTS[metric].direction,
    dayKind: 'calendar',
    scopeIds: [],
    labelFilter: '',
    itemTypeFilter: '',
    ...suggested,
  };
}

export function kpiToFormValues(kpi: KpiDefinition): KpiFormValues {
  return {
    metric: kpi.metric,
    name: kpi.name,
    unit: kpi.unit,
    direction: kpi.direction,
    target: String(kpi.target),
    amberThreshold: String(kpi.amberThreshold),
    redThreshold: String(kpi.redThreshold),
    windowDays: String(kpi.windowDays),
    weight: String(kpi.weight),
    minSample: String(kpi.minSample),
    dayKind: kpi.dayKind,
    scopeIds: [...kpi.scopeIds],
    labelFilter: joinList(kpi.labelFilter),
    itemTypeFilter: joinList(kpi.itemTypeFilter),
    statistic: kpi.statistic,
    agingDays: String(kpi.agingDays),
    agingValue: kpi.agingValue,
  };
}

/**
 * "90", "-2", "3.5", "3,5", "85 %" → a number; anything else (empty included) → NaN, which the
 * model rejects with its own message ("Enter a number for the target").
 */
export function parseNumber(text: string): number {
  const compact = text.replace(/\s+/g, '').replace(/%$/, '');
  const normalized = /^[-+]?\d+,\d+$/.test(compact) ? compact.replace(',', '.') : compact;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(normalized)) return Number.NaN;
  return Number(normalized);
}

/**
 * The write input the form describes. Options a metric does not use are left out (the model's
 * defaults apply), so a hidden field can never block saving.
 */
export function formValuesToKpiInput(
  values: KpiFormValues,
  partnerId: string,
  existing?: Pick<KpiDefinition, 'id' | 'order'>,
): KpiDefinitionInput {
  const uses = metricUses(values.metric);
  return {
    ...(existing ? { id: existing.id, order: existing.order } : {}),
    partnerId,
    metric: values.metric,
    name: values.name,
    unit: values.unit,
    direction: values.direction,
    target: parseNumber(values.target),
    amberThreshold: parseNumber(values.amberThreshold),
    redThreshold: parseNumber(values.redThreshold),
    windowDays: parseNumber(values.windowDays),
    weight: parseNumber(values.weight),
    minSample: parseNumber(values.minSample),
    dayKind: uses.dayKind ? values.dayKind : 'calendar',
    scopeIds: uses.filters ? values.scopeIds : [],
    labelFilter: uses.filters ? splitList(values.labelFilter) : [],
    itemTypeFilter: uses.filters ? splitList(values.itemTypeFilter) : [],
    ...(uses.statistic ? { statistic: values.statistic } : {}),
    ...(uses.aging
      ? { agingDays: parseNumber(values.agingDays), agingValue: values.agingValue }
      : {}),
  };
}

export type KpiFormErrors = Partial<Record<KpiFormField | 'root', string>>;

/** The form field that shows a validation path: `labelFilter.2` → `labelFilter`. */
export function fieldForIssuePath(path: string): KpiFormField | 'root' {
  const head = path.split('.')[0] ?? '';
  return isFormField(head) ? head : 'root';
}

/** Turns `{ path, message }` issues into one message per form field (the first one wins). */
export function errorsFromIssues(issues: readonly { path: string; message: string }[]) {
  const errors: KpiFormErrors = {};
  for (const issue of issues) {
    const field = fieldForIssuePath(issue.path);
    errors[field] ??= issue.message;
  }
  return errors;
}

export interface KpiFormCheck {
  /** The input to save or preview; null while any field is invalid. */
  input: KpiDefinitionInput | null;
  errors: KpiFormErrors;
}

/** Validates the form against the model (same rules as the background's). */
export function checkKpiForm(
  values: KpiFormValues,
  partnerId: string,
  existing?: Pick<KpiDefinition, 'id' | 'order'>,
): KpiFormCheck {
  const input = formValuesToKpiInput(values, partnerId, existing);
  const parsed = kpiDefinitionInputSchema.safeParse(input);
  if (parsed.success) return { input, errors: {} };
  return {
    input: null,
    errors: errorsFromIssues(
      parsed.error.issues.map((issue) => ({
        path: issue.path.map(String).join('.'),
        message: issue.message,
      })),
    ),
  };
}

/** A stored KPI as a new write input (no id, no order): for duplicating it. */
export function copyOfKpi(kpi: KpiDefinition, name: string): KpiDefinitionInput {
  return {
    partnerId: kpi.partnerId,
    name,
    metric: kpi.metric,
    unit: kpi.unit,
    direction: kpi.direction,
    target: kpi.target,
    amberThreshold: kpi.amberThreshold,
    redThreshold: kpi.redThreshold,
    windowDays: kpi.windowDays,
    weight: kpi.weight,
    scopeIds: [...kpi.scopeIds],
    labelFilter: [...kpi.labelFilter],
    dayKind: kpi.dayKind,
    minSample: kpi.minSample,
    itemTypeFilter: [...kpi.itemTypeFilter],
    statistic: kpi.statistic,
    agingDays: kpi.agingDays,
    agingValue: kpi.agingValue,
  };
}

/** "On-time delivery (copy)", "On-time delivery (copy 2)", … — a name not taken yet. */
export function copyName(name: string, taken: readonly string[]): string {
  const base = name.replace(/ \(copy(?: \d+)?\)$/, '');
  const names = new Set(taken);
  for (let n = 1; ; n += 1) {
    const suffix = n === 1 ? ' (copy)' : ` (copy ${n})`;
    const candidate = `${base.slice(0, 120 - suffix.length)}${suffix}`;
    if (!names.has(candidate)) return candidate;
  }
}
