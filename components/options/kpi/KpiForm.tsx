import { useEffect, useId, useRef, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { Field } from '@/components/common/Field';
import { useAsync, type AsyncState } from '@/components/common/use-async';
import { METRICS } from '@/lib/kpi/catalogue';
import { AGING_VALUES, DURATION_STATISTICS, type AgingValue } from '@/lib/kpi/definition';
import { callBackground } from '@/lib/messaging/client';
import { RpcError } from '@/lib/messaging/errors';
import {
  DAY_KINDS,
  KPI_DIRECTIONS,
  KPI_METRIC_DEFAULTS,
  KPI_METRICS,
  type KpiDefinition,
  type KpiMetric,
} from '@/lib/model/kpi-definition';
import type { Scope } from '@/lib/model/scope';
import { messageOf, scopeText } from './kpi-display';
import {
  AGING_VALUE_LABELS,
  checkKpiForm,
  DAY_KIND_LABELS,
  defaultUnit,
  DIRECTION_LABELS,
  errorsFromIssues,
  KPI_FIELD_LABELS,
  KPI_FORM_FIELDS,
  kpiToFormValues,
  metricUses,
  newKpiFormValues,
  STATISTIC_LABELS,
  SUGGESTED_FIELDS,
  suggestedValues,
  type KpiFormErrors,
  type KpiFormField,
  type KpiFormValues,
} from './kpi-form-values';
import { KpiPreview } from './KpiPreview';
import { useKpiPreview } from './use-kpi-preview';

interface Props {
  partnerId: string;
  partnerName?: string;
  /** The KPI to edit; a new KPI when omitted. */
  kpi?: KpiDefinition;
  /** Tracker items cached for the partner (null while unknown), to explain an empty preview. */
  itemCount: number | null;
  onSaved(kpi: KpiDefinition): void;
  onCancel(): void;
}

const METRIC_GROUPS: { label: string; metrics: KpiMetric[] }[] = [
  {
    label: 'From tracker data',
    metrics: KPI_METRICS.filter((metric) => METRICS[metric].usesItems),
  },
  {
    label: 'From feedback and milestones',
    metrics: KPI_METRICS.filter((metric) => !METRICS[metric].usesItems && metric !== 'manual'),
  },
  { label: 'Entered by hand', metrics: ['manual'] },
];

const isBlank = (value: unknown) => typeof value === 'string' && value.trim() === '';

/**
 * Creates or edits a KPI. Every change is checked against the model's rules as the person
 * types (errors appear next to the field once it holds something, was left, or on save), and
 * a valid draft is previewed against the cached tracker data.
 */
export function KpiForm({ partnerId, partnerName, kpi, itemCount, onSaved, onCancel }: Props) {
  const titleId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [scopes, reloadScopes] = useAsync(() => callBackground('scopes.list', { partnerId }));
  const [initial] = useState(() => (kpi ? kpiToFormValues(kpi) : newKpiFormValues()));
  const form = useForm<KpiFormValues>({ defaultValues: initial });
  const { register, handleSubmit, watch, setValue, getValues, control, setFocus, formState } = form;
  const { touchedFields, isSubmitting } = formState;
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<KpiFormErrors>({});
  const values = watch();
  const existing = kpi ? { id: kpi.id, order: kpi.order } : undefined;
  const check = checkKpiForm(values, partnerId, existing);
  const preview = useKpiPreview(check.input);
  const uses = metricUses(values.metric);
  const metricInfo = METRICS[values.metric];
  const higher = values.direction === 'higher-is-better';

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  // A server's complaint is about the values it saw: it goes as soon as anything changes.
  useEffect(() => {
    const subscription = watch(() =>
      setServerErrors((current) => (Object.keys(current).length > 0 ? {} : current)),
    );
    return () => subscription.unsubscribe();
  }, [watch]);

  /** An error shows once the field holds something, was left, or the form was submitted. */
  const shows = (field: KpiFormField) =>
    submitted || Boolean(touchedFields[field]) || !isBlank(values[field]);
  const errorOf = (field: KpiFormField): string | undefined =>
    serverErrors[field] ?? (shows(field) ? check.errors[field] : undefined);
  const hasVisibleErrors = KPI_FORM_FIELDS.some((field) => errorOf(field) !== undefined);
  const missing = KPI_FORM_FIELDS.filter(
    (field) => check.errors[field] !== undefined && !shows(field),
  ).map((field) => KPI_FIELD_LABELS[field]);

  // Fields the person has not changed follow the metric: its name, unit, direction and
  // suggested thresholds replace those of the previous metric.
  const metricRef = useRef(values.metric);
  const agingRef = useRef(values.agingValue);
  const followMetric = (next: KpiMetric) => {
    const previous = metricRef.current;
    metricRef.current = next;
    if (previous === next) return;
    const current = getValues();
    const follows = (field: keyof KpiFormValues, previousDefault: string) =>
      isBlank(current[field]) || current[field] === previousDefault;
    const before = KPI_METRIC_DEFAULTS[previous];
    const after = KPI_METRIC_DEFAULTS[next];
    const previousSuggestion = suggestedValues(previous);
    const nextSuggestion = suggestedValues(next);
    for (const field of SUGGESTED_FIELDS) {
      if (follows(field, previousSuggestion[field])) setValue(field, nextSuggestion[field]);
    }
    const agingValue = getValues('agingValue');
    agingRef.current = agingValue;
    if (follows('name', before.label)) setValue('name', after.label);
    if (follows('unit', defaultUnit(previous, current.agingValue))) {
      setValue('unit', defaultUnit(next, agingValue));
    }
    if (current.direction === before.direction) setValue('direction', after.direction);
  };
  const followAgingValue = (next: AgingValue) => {
    const previous = agingRef.current;
    agingRef.current = next;
    if (getValues('unit') === defaultUnit('aging-wip', previous)) {
      setValue('unit', defaultUnit('aging-wip', next));
    }
  };

  const focusFirst = (errors: KpiFormErrors) => {
    const field = KPI_FORM_FIELDS.find((name) => errors[name] !== undefined);
    if (field && field !== 'scopeIds') setFocus(field);
  };

  const submit = handleSubmit(async (formValues) => {
    setSubmitted(true);
    const checked = checkKpiForm(formValues, partnerId, existing);
    if (!checked.input) return focusFirst(checked.errors);
    try {
      onSaved(await callBackground('kpis.save', checked.input));
    } catch (error) {
      if (error instanceof RpcError && error.issues.length > 0) {
        const errors = errorsFromIssues(error.issues);
        setServerErrors(errors);
        return focusFirst(errors);
      }
      setServerErrors({ root: messageOf(error, 'The KPI could not be saved.') });
    }
  });

  const title = kpi ? `Edit ${kpi.name}` : 'New KPI';
  const sample = metricInfo.sample.other;
  const amberHint = higher
    ? 'At risk (amber) below this. Set it at or below the target.'
    : 'At risk (amber) above this. Set it at or above the target.';
  const redHint = higher
    ? 'Off track (red) below this. Set it at or below the amber threshold.'
    : 'Off track (red) above this. Set it at or above the amber threshold.';

  return (
    <form
      className="pl-form pl-kpi-form"
      onSubmit={submit}
      noValidate
      aria-labelledby={titleId}
      data-testid="pl-kpi-form"
    >
      <h4 id={titleId} ref={headingRef} tabIndex={-1}>
        {title}
      </h4>
      {serverErrors.root && (
        <p className="pl-form-error" role="alert">
          {serverErrors.root}
        </p>
      )}
      <div className="pl-kpi-form-layout">
        <div className="pl-kpi-form-fields">
          <fieldset className="pl-kpi-fieldset">
            <legend>What it measures</legend>
            <Field
              label="Metric"
              hint={`Formula: ${metricInfo.formula}.`}
              error={errorOf('metric')}
            >
              <select
                defaultValue={initial.metric}
                {...register('metric', {
                  onChange: (event: { target: { value: KpiMetric } }) =>
                    followMetric(event.target.value),
                })}
              >
                {METRIC_GROUPS.map((group) => (
                  <optgroup key={group.label} label={group.label}>
                    {group.metrics.map((metric) => (
                      <option key={metric} value={metric}>
                        {KPI_METRIC_DEFAULTS[metric].label}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
            </Field>
            <Field label="Name" error={errorOf('name')}>
              <input type="text" autoComplete="off" {...register('name')} />
            </Field>
            <div className="pl-row">
              <Field
                label="Unit"
                hint="Shown with the value, e.g. %, days, items"
                error={errorOf('unit')}
              >
                <input type="text" autoComplete="off" {...register('unit')} />
              </Field>
              <Field label="Direction" error={errorOf('direction')}>
                <select defaultValue={initial.direction} {...register('direction')}>
                  {KPI_DIRECTIONS.map((direction) => (
                    <option key={direction} value={direction}>
                      {DIRECTION_LABELS[direction]}
                    </option>
                  ))}
                </select>
              </Field>
            </div>
          </fieldset>

          <fieldset className="pl-kpi-fieldset">
            <legend>Target and thresholds</legend>
            <div className="pl-row">
              <Field
                label="Target"
                hint="The value agreed with the partner: meeting it is on track."
                error={errorOf('target')}
              >
                <input type="text" inputMode="decimal" autoComplete="off" {...register('target')} />
              </Field>
              <Field label="Amber threshold" hint={amberHint} error={errorOf('amberThreshold')}>
                <input
                  type="text"
                  inputMode="decimal"
                  autoComplete="off"
                  {...register('amberThreshold')}
                />
              </Field>
              <Field label="Red threshold" hint={redHint} error={errorOf('redThreshold')}>
                <input
                  type="text"
                  inputMode="decimal"
                  autoComplete="off"
                  {...register('redThreshold')}
                />
              </Field>
            </div>
          </fieldset>

          <fieldset className="pl-kpi-fieldset">
            <legend>How it is measured</legend>
            <div className="pl-row">
              <Field
                label="Window (days)"
                hint="The last so many days, today included."
                error={errorOf('windowDays')}
              >
                <input
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  {...register('windowDays')}
                />
              </Field>
              <Field
                label="Minimum sample"
                hint={`With fewer ${sample} than this, the KPI shows “No data” instead of a colour.`}
                error={errorOf('minSample')}
              >
                <input
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  {...register('minSample')}
                />
              </Field>
              <Field
                label="Weight"
                hint="How much it counts in the health score; 0 leaves it out."
                error={errorOf('weight')}
              >
                <input type="text" inputMode="decimal" autoComplete="off" {...register('weight')} />
              </Field>
            </div>
            {uses.dayKind && (
              <Field
                label="Count days as"
                hint="Business days count only working days, so weekends do not lengthen the times."
                error={errorOf('dayKind')}
              >
                <select defaultValue={initial.dayKind} {...register('dayKind')}>
                  {DAY_KINDS.map((kind) => (
                    <option key={kind} value={kind}>
                      {DAY_KIND_LABELS[kind]}
                    </option>
                  ))}
                </select>
              </Field>
            )}
            {uses.statistic && (
              <Field
                label="Statistic"
                hint="Median: the typical item. 85th percentile: 85% of items take at most this long."
                error={errorOf('statistic')}
              >
                <select defaultValue={initial.statistic} {...register('statistic')}>
                  {DURATION_STATISTICS.map((statistic) => (
                    <option key={statistic} value={statistic}>
                      {STATISTIC_LABELS[statistic]}
                    </option>
                  ))}
                </select>
              </Field>
            )}
            {uses.aging && (
              <div className="pl-row">
                <Field
                  label="Aging after (days)"
                  hint="Items in progress longer than this count as aging."
                  error={errorOf('agingDays')}
                >
                  <input
                    type="text"
                    inputMode="numeric"
                    autoComplete="off"
                    {...register('agingDays')}
                  />
                </Field>
                <Field label="Value reported" error={errorOf('agingValue')}>
                  <select
                    defaultValue={initial.agingValue}
                    {...register('agingValue', {
                      onChange: (event: { target: { value: AgingValue } }) =>
                        followAgingValue(event.target.value),
                    })}
                  >
                    {AGING_VALUES.map((value) => (
                      <option key={value} value={value}>
                        {AGING_VALUE_LABELS[value]}
                      </option>
                    ))}
                  </select>
                </Field>
              </div>
            )}
          </fieldset>

          {uses.filters ? (
            <fieldset className="pl-kpi-fieldset">
              <legend>Which work counts</legend>
              <Controller
                control={control}
                name="scopeIds"
                render={({ field }) => (
                  <ScopeChecklist
                    state={scopes}
                    onRetry={reloadScopes}
                    partnerName={partnerName}
                    selected={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    error={errorOf('scopeIds')}
                  />
                )}
              />
              <div className="pl-row">
                <Field
                  label="Labels"
                  hint="Comma-separated. Only items with one of these labels or components count; empty counts all."
                  error={errorOf('labelFilter')}
                >
                  <input type="text" autoComplete="off" {...register('labelFilter')} />
                </Field>
                <Field
                  label="Item types"
                  hint="Comma-separated, e.g. Bug, Story. Empty counts all types."
                  error={errorOf('itemTypeFilter')}
                >
                  <input type="text" autoComplete="off" {...register('itemTypeFilter')} />
                </Field>
              </div>
            </fieldset>
          ) : (
            <p className="pl-hint">
              Enter this KPI’s values with “Enter value” in the KPI table; the latest value in the
              window counts.
            </p>
          )}
        </div>

        <KpiPreview
          state={preview.state}
          onRetry={preview.retry}
          hasVisibleErrors={hasVisibleErrors}
          missing={missing}
          itemCount={itemCount}
          usesItems={metricInfo.usesItems}
        />
      </div>

      <div className="pl-actions">
        <button type="submit" className="pl-button-primary" disabled={isSubmitting}>
          Save KPI
        </button>
        <button type="button" className="pl-button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

interface ScopeChecklistProps {
  state: AsyncState<Scope[]>;
  onRetry(): void;
  partnerName?: string;
  selected: string[];
  onChange(ids: string[]): void;
  onBlur(): void;
  error?: string;
}

/** The partner's projects and boards as checkboxes; none checked means all of them. */
function ScopeChecklist({
  state,
  onRetry,
  partnerName,
  selected,
  onChange,
  onBlur,
  error,
}: ScopeChecklistProps) {
  const hintId = useId();
  const errorId = useId();
  const scopes = state.status === 'ready' ? state.data : [];
  const known = new Set(scopes.map((scope) => scope.id));
  const removed = selected.filter((id) => !known.has(id));
  const toggle = (id: string, checked: boolean) =>
    onChange(checked ? [...selected, id] : selected.filter((other) => other !== id));
  return (
    <fieldset
      className={`pl-kpi-scopes${error ? ' pl-field-invalid' : ''}`}
      aria-describedby={[hintId, error ? errorId : null].filter(Boolean).join(' ')}
    >
      <legend>Projects and boards</legend>
      {state.status === 'loading' && <p role="status">Loading projects and boards…</p>}
      {state.status === 'error' && (
        <div className="pl-form-error" role="alert">
          <p>{state.message}</p>
          <button type="button" className="pl-button-secondary" onClick={onRetry}>
            Load projects and boards again
          </button>
        </div>
      )}
      {state.status === 'ready' && scopes.length === 0 && (
        <p className="pl-hint">
          No projects or boards are mapped to {partnerName ?? 'this partner'} yet.
        </p>
      )}
      {scopes.map((scope) => (
        <label key={scope.id} className="pl-kpi-check">
          <input
            type="checkbox"
            checked={selected.includes(scope.id)}
            onChange={(event) => toggle(scope.id, event.target.checked)}
            onBlur={onBlur}
          />
          {scopeText(scope)}
        </label>
      ))}
      {state.status === 'ready' &&
        removed.map((id) => (
          <label key={id} className="pl-kpi-check">
            <input
              type="checkbox"
              checked
              onChange={(event) => toggle(id, event.target.checked)}
              onBlur={onBlur}
            />
            A project or board no longer mapped (untick to remove it)
          </label>
        ))}
      <p id={hintId} className="pl-hint">
        Leave all unticked to count every project and board of {partnerName ?? 'the partner'},
        including ones mapped later.
      </p>
      {error && (
        <p id={errorId} className="pl-field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
