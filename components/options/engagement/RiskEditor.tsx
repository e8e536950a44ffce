import { useId, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Field } from '@/components/common/Field';
import { callBackground } from '@/lib/messaging/client';
import {
  RISK_STATUSES,
  riskInputSchema,
  riskScore,
  type Risk,
  type RiskStatus,
} from '@/lib/model/risk';
import {
  AddButton,
  EditorNotice,
  FormButtons,
  RecordsState,
  RecordRowActions,
  RecordForm,
} from './EditorParts';
import { RISK_BAND_LABELS, riskBand } from '@/lib/model/risk-score';
import { recordResolver, showSaveError } from './record-resolver';
import {
  DEFAULT_RISK_FILTER,
  EMPTY_RISK_FORM,
  filterRisks,
  IMPACT_LABELS,
  PROBABILITY_LABELS,
  RISK_STATUS_LABELS,
  riskFieldForIssue,
  riskFormToInput,
  riskToFormValues,
  sortRisks,
  type RiskFormValues,
} from './risk-form-values';
import { useRecordEditor } from './use-record-editor';

interface Props {
  partnerId: string;
}

const riskLabel = (risk: Risk) => `risk ${risk.title}`;

/** The partner's risk register: scored by probability × impact, highest first. */
export function RiskEditor({ partnerId }: Props) {
  const editor = useRecordEditor('risks', partnerId);
  const [statuses, setStatuses] = useState<RiskStatus[]>([...DEFAULT_RISK_FILTER]);
  const { state, target } = editor;
  const editing =
    target?.mode === 'edit' && state.status === 'ready'
      ? state.data.find((risk) => risk.id === target.id)
      : undefined;
  const titleId = useId();

  const toggle = (status: RiskStatus, on: boolean) =>
    setStatuses((current) =>
      on
        ? RISK_STATUSES.filter((s) => s === status || current.includes(s))
        : current.filter((s) => s !== status),
    );

  return (
    <section className="pl-editor" data-testid="pl-risk-editor" aria-labelledby={titleId}>
      <h3 id={titleId}>Risk register</h3>
      <p className="pl-hint">
        Score = probability × impact (each 1–5): 1–4 low, 5–9 medium, 10–15 high, 16–25 critical.
        The sidebar shows the three highest open risks.
      </p>
      <EditorNotice notice={editor.notice} />
      {!target && (
        <div className="pl-actions">
          <AddButton buttonRef={editor.addRef} onClick={() => editor.open({ mode: 'create' })}>
            Add risk
          </AddButton>
        </div>
      )}
      {target && (target.mode === 'create' || editing) && (
        <RiskForm
          key={target.mode === 'edit' ? target.id : 'new'}
          partnerId={partnerId}
          risk={editing}
          onSaved={(risk) => editor.close(`Saved the ${riskLabel(risk)}.`)}
          onCancel={() => editor.close()}
        />
      )}
      <fieldset className="pl-editor-filter">
        <legend>Show risks that are</legend>
        {RISK_STATUSES.map((status) => (
          <label key={status} className="pl-check">
            <input
              type="checkbox"
              checked={statuses.includes(status)}
              onChange={(event) => toggle(status, event.target.checked)}
            />
            {RISK_STATUS_LABELS[status]}
          </label>
        ))}
      </fieldset>
      <RecordsState
        state={state}
        noun="risks"
        onRetry={editor.reload}
        empty={
          <p>
            No risks recorded yet. Add what could go wrong with this partner — a key person leaving,
            a missed release, a dependency — with how likely and how bad it would be.
          </p>
        }
      >
        {(risks) => {
          const shown = sortRisks(filterRisks(risks, statuses));
          if (shown.length === 0) {
            return (
              <p className="pl-empty" role="status">
                No risks with the chosen statuses ({risks.length} in all). Tick more statuses above
                to see them.
              </p>
            );
          }
          return (
            <table className="pl-editor-table">
              <caption className="pl-sr-only">Risks, highest score first</caption>
              <thead>
                <tr>
                  <th scope="col">Score</th>
                  <th scope="col">Risk</th>
                  <th scope="col">Status</th>
                  <th scope="col">Owner</th>
                  <th scope="col">Response</th>
                  <th scope="col">
                    <span className="pl-sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {shown.map((risk) => {
                  const score = riskScore(risk);
                  const band = riskBand(score);
                  return (
                    <tr key={risk.id} data-testid="pl-editor-row" data-record-id={risk.id}>
                      <td>
                        <span
                          className={`pl-risk-score pl-risk-${band}`}
                          data-testid="pl-risk-score"
                          data-band={band}
                          title={`Probability ${risk.probability} × impact ${risk.impact}`}
                        >
                          {score} {RISK_BAND_LABELS[band]}
                        </span>
                        <span className="pl-meta">
                          {' '}
                          P{risk.probability} × I{risk.impact}
                        </span>
                      </td>
                      <th scope="row" className="pl-editor-title">
                        {risk.title}
                        {risk.source === 'suggested' && (
                          <span className="pl-meta"> (suggested from tracker signals)</span>
                        )}
                        {risk.description && <p className="pl-meta">{risk.description}</p>}
                        {risk.linkedItemKeys.length > 0 && (
                          <p className="pl-meta">Items: {risk.linkedItemKeys.join(', ')}</p>
                        )}
                      </th>
                      <td>{RISK_STATUS_LABELS[risk.status]}</td>
                      <td>{risk.owner || '—'}</td>
                      <td>
                        {risk.mitigation && (
                          <p className="pl-meta">Mitigation: {risk.mitigation}</p>
                        )}
                        {risk.contingency && (
                          <p className="pl-meta">Contingency: {risk.contingency}</p>
                        )}
                        {!risk.mitigation && !risk.contingency && '—'}
                      </td>
                      <td>
                        <RecordRowActions editor={editor} id={risk.id} label={riskLabel(risk)} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          );
        }}
      </RecordsState>
    </section>
  );
}

interface FormProps {
  partnerId: string;
  risk?: Risk;
  onSaved(risk: Risk): void;
  onCancel(): void;
}

function RiskForm({ partnerId, risk, onSaved, onCancel }: FormProps) {
  const resolver = useMemo(
    () =>
      recordResolver(
        (values: RiskFormValues) =>
          riskFormToInput(values, partnerId, risk && { id: risk.id, source: risk.source }),
        riskInputSchema,
        riskFieldForIssue,
      ),
    [partnerId, risk],
  );
  const form = useForm<RiskFormValues, unknown, ReturnType<typeof riskInputSchema.parse>>({
    defaultValues: risk ? riskToFormValues(risk) : EMPTY_RISK_FORM,
    resolver,
  });
  const { register, handleSubmit, setError, watch, formState } = form;
  const errors = formState.errors;
  const score = Number(watch('probability')) * Number(watch('impact'));

  const submit = handleSubmit(async (input) => {
    try {
      onSaved(await callBackground('risks.save', input));
    } catch (error) {
      showSaveError(error, setError, riskFieldForIssue, 'The risk could not be saved.');
    }
  });

  return (
    <RecordForm
      heading={risk ? `Edit risk ${risk.title}` : 'New risk'}
      rootError={errors.root?.message}
      onSubmit={submit}
    >
      <Field label="Title" error={errors.title?.message}>
        <input type="text" autoComplete="off" {...register('title')} />
      </Field>
      <Field label="Description" error={errors.description?.message}>
        <textarea rows={2} {...register('description')} />
      </Field>
      <div className="pl-row">
        <Field label="Probability" error={errors.probability?.message}>
          <select {...register('probability')}>
            {PROBABILITY_LABELS.map((label, index) => (
              <option key={label} value={String(index + 1)}>
                {index + 1} — {label}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Impact" error={errors.impact?.message}>
          <select {...register('impact')}>
            {IMPACT_LABELS.map((label, index) => (
              <option key={label} value={String(index + 1)}>
                {index + 1} — {label}
              </option>
            ))}
          </select>
        </Field>
        <p className="pl-risk-form-score" aria-live="polite">
          Score{' '}
          {Number.isFinite(score) ? (
            <span className={`pl-risk-score pl-risk-${riskBand(score)}`}>
              {score} {RISK_BAND_LABELS[riskBand(score)]}
            </span>
          ) : (
            '—'
          )}
        </p>
      </div>
      <div className="pl-row">
        <Field label="Status" error={errors.status?.message}>
          <select {...register('status')}>
            {RISK_STATUSES.map((status) => (
              <option key={status} value={status}>
                {RISK_STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Owner" hint="Who watches this risk" error={errors.owner?.message}>
          <input type="text" autoComplete="off" {...register('owner')} />
        </Field>
      </div>
      <Field
        label="Mitigation"
        hint="What is done now to make it less likely or less harmful"
        error={errors.mitigation?.message}
      >
        <textarea rows={2} {...register('mitigation')} />
      </Field>
      <Field
        label="Contingency"
        hint="What you will do if it happens"
        error={errors.contingency?.message}
      >
        <textarea rows={2} {...register('contingency')} />
      </Field>
      <Field
        label="Linked items"
        hint="Item keys, separated by commas or one a line, e.g. ACME-12, ACME-15"
        error={errors.linkedItemKeys?.message}
      >
        <textarea rows={2} {...register('linkedItemKeys')} />
      </Field>
      <FormButtons
        saving={formState.isSubmitting}
        saveLabel={risk ? 'Save risk' : 'Add risk'}
        onCancel={onCancel}
      />
    </RecordForm>
  );
}
