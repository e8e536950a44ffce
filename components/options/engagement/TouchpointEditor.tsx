import { useId, useMemo } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { Field } from '@/components/common/Field';
import { callBackground } from '@/lib/messaging/client';
import {
  TOUCHPOINT_KINDS,
  touchpointInputSchema,
  type Touchpoint,
  type TouchpointKind,
} from '@/lib/model/touchpoint';
import { dateText, dateTimeText, toLocalInput } from './engagement-display';
import {
  AddButton,
  EditorNotice,
  FormButtons,
  RecordsState,
  RecordRowActions,
  RecordForm,
} from './EditorParts';
import { TOUCHPOINT_KIND_LABELS } from '@/lib/model/touchpoint';
import { recordResolver, showSaveError } from './record-resolver';
import {
  cadenceDue,
  defaultCadenceText,
  EMPTY_ACTION_ITEM,
  isTouchpointOverdue,
  newTouchpointFormValues,
  splitTouchpoints,
  touchpointFieldForIssue,
  touchpointFormToInput,
  touchpointToFormValues,
  type TouchpointFormValues,
} from './touchpoint-form-values';
import { useRecordEditor } from './use-record-editor';

interface Props {
  partnerId: string;
}

const touchpointLabel = (touchpoint: Touchpoint) => {
  const when = touchpoint.heldAt ?? touchpoint.scheduledFor;
  return `${TOUCHPOINT_KIND_LABELS[touchpoint.kind]}${when ? ` of ${dateTimeText(when)}` : ''}`;
};

/** The partner's meetings: scheduled and held, cadence, notes and action items. */
export function TouchpointEditor({ partnerId }: Props) {
  const editor = useRecordEditor<'touchpoints', Partial<TouchpointFormValues>>(
    'touchpoints',
    partnerId,
  );
  const { state, target } = editor;
  const editing =
    target?.mode === 'edit' && state.status === 'ready'
      ? state.data.find((touchpoint) => touchpoint.id === target.id)
      : undefined;
  const titleId = useId();
  const now = new Date();

  const logNow = () => {
    // The meeting just held is most likely of the kind held last.
    const last = state.status === 'ready' ? splitTouchpoints(state.data).held[0] : undefined;
    const kind: TouchpointKind = last?.kind ?? 'weekly-sync';
    editor.open({
      mode: 'create',
      preset: {
        kind,
        cadenceDays:
          last?.cadenceDays !== undefined ? String(last.cadenceDays) : defaultCadenceText(kind),
        heldAt: toLocalInput(new Date().toISOString()),
      },
    });
  };

  const rows = (touchpoints: Touchpoint[], caption: string) => (
    <table className="pl-editor-table">
      <caption className="pl-sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Kind</th>
          <th scope="col">Cadence</th>
          <th scope="col">Notes and action items</th>
          <th scope="col">
            <span className="pl-sr-only">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {touchpoints.map((touchpoint) => {
          const when = touchpoint.heldAt ?? touchpoint.scheduledFor;
          const open = touchpoint.actionItems.filter((item) => !item.done).length;
          return (
            <tr key={touchpoint.id} data-testid="pl-editor-row" data-record-id={touchpoint.id}>
              <td>
                {when ? dateTimeText(when) : '—'}
                {isTouchpointOverdue(touchpoint, now) && (
                  <span className="pl-badge pl-overdue">Overdue</span>
                )}
              </td>
              <th scope="row" className="pl-editor-title">
                {TOUCHPOINT_KIND_LABELS[touchpoint.kind]}
              </th>
              <td>
                {touchpoint.cadenceDays === undefined
                  ? 'Does not repeat'
                  : `Every ${touchpoint.cadenceDays} day${touchpoint.cadenceDays === 1 ? '' : 's'}`}
              </td>
              <td>
                {touchpoint.notes && <p className="pl-editor-notes">{touchpoint.notes}</p>}
                {touchpoint.actionItems.length > 0 && (
                  <>
                    <p className="pl-meta">
                      {open} of {touchpoint.actionItems.length} action item
                      {touchpoint.actionItems.length === 1 ? '' : 's'} open
                    </p>
                    <ul className="pl-editor-list">
                      {touchpoint.actionItems.map((item, index) => (
                        <li key={index}>
                          {item.done ? 'Done: ' : 'Open: '}
                          {item.text}
                          {item.owner && ` — ${item.owner}`}
                          {item.due && `, due ${dateText(item.due)}`}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
                {!touchpoint.notes && touchpoint.actionItems.length === 0 && '—'}
              </td>
              <td>
                <RecordRowActions
                  editor={editor}
                  id={touchpoint.id}
                  label={touchpointLabel(touchpoint)}
                />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );

  return (
    <section className="pl-editor" data-testid="pl-touchpoint-editor" aria-labelledby={titleId}>
      <h3 id={titleId}>Touchpoints</h3>
      <p className="pl-hint">
        Regular meetings with the partner and what was agreed. The cadence says when the next one of
        a kind is due; the sidebar shows the next or overdue touchpoint.
      </p>
      <EditorNotice notice={editor.notice} />
      {!target && (
        <div className="pl-actions">
          <AddButton buttonRef={editor.addRef} onClick={() => editor.open({ mode: 'create' })}>
            Add touchpoint
          </AddButton>
          <button
            type="button"
            className="pl-button-secondary"
            data-action="log-now"
            onClick={logNow}
            disabled={state.status === 'loading'}
          >
            Log a meeting held now
          </button>
        </div>
      )}
      {target && (target.mode === 'create' || editing) && (
        <TouchpointForm
          key={target.mode === 'edit' ? target.id : 'new'}
          partnerId={partnerId}
          touchpoint={editing}
          preset={target.mode === 'create' ? target.preset : undefined}
          onSaved={(touchpoint) => editor.close(`Saved the ${touchpointLabel(touchpoint)}.`)}
          onCancel={() => editor.close()}
        />
      )}
      <RecordsState
        state={state}
        noun="touchpoints"
        onRetry={editor.reload}
        empty={
          <p>
            No touchpoints yet. Schedule the regular sync with the partner, or log a meeting you
            just held.
          </p>
        }
      >
        {(touchpoints) => {
          const { scheduled, held } = splitTouchpoints(touchpoints);
          const due = cadenceDue(touchpoints);
          return (
            <>
              {due.length > 0 && (
                <ul className="pl-editor-summary" aria-label="Next by cadence">
                  {due.map((entry) => (
                    <li key={entry.kind}>
                      Next {TOUCHPOINT_KIND_LABELS[entry.kind]} due{' '}
                      {dateTimeText(entry.due.toISOString())}
                      {entry.due.getTime() < now.getTime() && (
                        <span className="pl-badge pl-overdue">Overdue</span>
                      )}
                    </li>
                  ))}
                </ul>
              )}
              <h4>Scheduled</h4>
              {scheduled.length > 0 ? (
                rows(scheduled, 'Scheduled touchpoints, soonest first')
              ) : (
                <p className="pl-empty">Nothing scheduled.</p>
              )}
              <h4>Held</h4>
              {held.length > 0 ? (
                rows(held, 'Touchpoints held, most recent first')
              ) : (
                <p className="pl-empty">No meetings logged yet.</p>
              )}
            </>
          );
        }}
      </RecordsState>
    </section>
  );
}

interface FormProps {
  partnerId: string;
  touchpoint?: Touchpoint;
  preset?: Partial<TouchpointFormValues>;
  onSaved(touchpoint: Touchpoint): void;
  onCancel(): void;
}

function TouchpointForm({ partnerId, touchpoint, preset, onSaved, onCancel }: FormProps) {
  const resolver = useMemo(
    () =>
      recordResolver(
        (values: TouchpointFormValues) => touchpointFormToInput(values, partnerId, touchpoint?.id),
        touchpointInputSchema,
        touchpointFieldForIssue,
      ),
    [partnerId, touchpoint?.id],
  );
  const form = useForm<
    TouchpointFormValues,
    unknown,
    ReturnType<typeof touchpointInputSchema.parse>
  >({
    defaultValues: touchpoint
      ? touchpointToFormValues(touchpoint)
      : newTouchpointFormValues(preset),
    resolver,
  });
  const { register, handleSubmit, setError, setValue, formState, control } = form;
  const actionItems = useFieldArray({ control, name: 'actionItems' });
  const errors = formState.errors;

  const submit = handleSubmit(async (input) => {
    try {
      onSaved(await callBackground('touchpoints.save', input));
    } catch (error) {
      showSaveError(error, setError, touchpointFieldForIssue, 'The touchpoint could not be saved.');
    }
  });

  const title = touchpoint
    ? `Edit ${touchpointLabel(touchpoint)}`
    : preset?.heldAt
      ? 'Log a meeting held now'
      : 'New touchpoint';
  return (
    <RecordForm heading={title} rootError={errors.root?.message} onSubmit={submit}>
      <div className="pl-row">
        <Field label="Kind" error={errors.kind?.message}>
          <select
            {...register('kind', {
              onChange: (event: { target: { value: TouchpointKind } }) =>
                setValue('cadenceDays', defaultCadenceText(event.target.value)),
            })}
          >
            {TOUCHPOINT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {TOUCHPOINT_KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        </Field>
        <Field
          label="Cadence (days)"
          hint="Days until the next one of this kind; empty if it does not repeat"
          error={errors.cadenceDays?.message}
        >
          <input type="number" inputMode="numeric" min={1} max={366} {...register('cadenceDays')} />
        </Field>
      </div>
      <div className="pl-row">
        <Field
          label="Scheduled for"
          hint="For a meeting still to come"
          error={errors.scheduledFor?.message}
        >
          <input type="datetime-local" {...register('scheduledFor')} />
        </Field>
        <Field label="Held at" hint="Once it has taken place" error={errors.heldAt?.message}>
          <input type="datetime-local" {...register('heldAt')} />
        </Field>
      </div>
      <Field label="Notes" error={errors.notes?.message}>
        <textarea rows={3} {...register('notes')} />
      </Field>

      <fieldset className="pl-editor-fieldset">
        <legend>Action items</legend>
        {errors.actionItems?.root?.message && (
          <p className="pl-field-error" role="alert">
            {errors.actionItems.root.message}
          </p>
        )}
        {actionItems.fields.length === 0 && <p className="pl-hint">No action items.</p>}
        {actionItems.fields.map((field, index) => (
          <div
            key={field.id}
            className="pl-action-item-row"
            role="group"
            aria-label={`Action item ${index + 1}`}
          >
            <Field label="Action" error={errors.actionItems?.[index]?.text?.message}>
              <input type="text" autoComplete="off" {...register(`actionItems.${index}.text`)} />
            </Field>
            <Field label="Owner" error={errors.actionItems?.[index]?.owner?.message}>
              <input type="text" autoComplete="off" {...register(`actionItems.${index}.owner`)} />
            </Field>
            <Field label="Due" error={errors.actionItems?.[index]?.due?.message}>
              <input type="date" {...register(`actionItems.${index}.due`)} />
            </Field>
            <label className="pl-check">
              <input type="checkbox" {...register(`actionItems.${index}.done`)} />
              Done
            </label>
            <button
              type="button"
              className="pl-button-quiet"
              aria-label={`Remove action item ${index + 1}`}
              onClick={() => actionItems.remove(index)}
            >
              Remove
            </button>
          </div>
        ))}
        <button
          type="button"
          className="pl-button-secondary"
          onClick={() => actionItems.append({ ...EMPTY_ACTION_ITEM })}
        >
          Add action item
        </button>
      </fieldset>
      <FormButtons
        saving={formState.isSubmitting}
        saveLabel={touchpoint ? 'Save touchpoint' : 'Add touchpoint'}
        onCancel={onCancel}
      />
    </RecordForm>
  );
}
