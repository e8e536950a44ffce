import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Field } from '@/components/common/Field';
import { formatValue } from '@/lib/kpi/format';
import { callBackground } from '@/lib/messaging/client';
import { RpcError } from '@/lib/messaging/errors';
import type { KpiDefinition } from '@/lib/model/kpi-definition';
import type { KpiMeasurement } from '@/lib/model/kpi-measurement';
import { messageOf, todayIso } from './kpi-display';
import { parseNumber } from './kpi-form-values';

interface Values {
  date: string;
  value: string;
  note: string;
}
type Errors = Partial<Record<keyof Values | 'root', string>>;

interface Props {
  kpi: Pick<KpiDefinition, 'id' | 'name' | 'unit' | 'target'>;
  onSaved(measurement: KpiMeasurement): void;
  onCancel(): void;
}

const FIELDS = ['date', 'value', 'note'] as const;

function check(values: Values, today: string): Errors {
  const errors: Errors = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date) || Number.isNaN(Date.parse(values.date))) {
    errors.date = 'Enter the date as YYYY-MM-DD';
  } else if (values.date > today) {
    errors.date = 'Enter today’s date or an earlier one';
  }
  if (!Number.isFinite(parseNumber(values.value))) errors.value = 'Enter a number';
  if (values.note.length > 2000) errors.note = 'Keep the note under 2,000 characters';
  return errors;
}

/** A value typed in for a manual KPI (or a correction of a computed one) on one day. */
export function ManualEntryForm({ kpi, onSaved, onCancel }: Props) {
  const today = todayIso();
  const { register, handleSubmit, setFocus, formState } = useForm<Values>({
    defaultValues: { date: today, value: '', note: '' },
  });
  const [errors, setErrors] = useState<Errors>({});

  useEffect(() => setFocus('value'), [setFocus]);

  const submit = handleSubmit(async (values) => {
    const found = check(values, today);
    setErrors(found);
    const first = FIELDS.find((field) => found[field] !== undefined);
    if (first) return setFocus(first);
    try {
      onSaved(
        await callBackground('kpis.addManual', {
          kpiId: kpi.id,
          date: values.date,
          value: parseNumber(values.value),
          note: values.note.trim(),
        }),
      );
    } catch (error) {
      if (error instanceof RpcError && error.issues.length > 0) {
        const fromServer: Errors = {};
        for (const issue of error.issues) {
          const field = FIELDS.find((name) => issue.path.split('.')[0] === name) ?? 'root';
          fromServer[field] ??= issue.message;
        }
        setErrors(fromServer);
        return;
      }
      setErrors({ root: messageOf(error, 'The value could not be saved.') });
    }
  });

  return (
    <form
      className="pl-form pl-kpi-manual-form"
      onSubmit={submit}
      noValidate
      aria-label={`Enter a value for ${kpi.name}`}
      data-testid="pl-kpi-manual-form"
    >
      {errors.root && (
        <p className="pl-form-error" role="alert">
          {errors.root}
        </p>
      )}
      <div className="pl-row">
        <Field label="Date" error={errors.date}>
          <input type="date" max={today} {...register('date')} />
        </Field>
        <Field
          label="Value"
          hint={
            kpi.unit ? `In ${kpi.unit}; target ${formatValue(kpi.target, kpi.unit)}` : undefined
          }
          error={errors.value}
        >
          <input type="text" inputMode="decimal" autoComplete="off" {...register('value')} />
        </Field>
        <Field label="Note (optional)" hint="Where the value comes from" error={errors.note}>
          <input type="text" autoComplete="off" {...register('note')} />
        </Field>
      </div>
      <div className="pl-actions">
        <button type="submit" className="pl-button-primary" disabled={formState.isSubmitting}>
          Save value
        </button>
        <button type="button" className="pl-button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
