import { useId, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { Field } from '@/components/common/Field';
import { callBackground } from '@/lib/messaging/client';
import { MILESTONE_STATUSES, milestoneInputSchema, type Milestone } from '@/lib/model/milestone';
import { dateText, todayIso } from './engagement-display';
import {
  AddButton,
  EditorNotice,
  FormButtons,
  RecordsState,
  RecordRowActions,
  RecordForm,
} from './EditorParts';
import {
  EMPTY_MILESTONE_FORM,
  isOverdue,
  MILESTONE_STATUS_LABELS,
  milestoneFieldForIssue,
  milestoneFormToInput,
  milestoneToFormValues,
  sortMilestones,
  type MilestoneFormValues,
} from './milestone-form-values';
import { recordResolver, showSaveError } from './record-resolver';
import { useRecordEditor } from './use-record-editor';

interface Props {
  partnerId: string;
}

const milestoneLabel = (milestone: Milestone) => `milestone ${milestone.title}`;

/** The partner's plan: milestones by due date, with deliverables and linked items. */
export function PlanEditor({ partnerId }: Props) {
  const editor = useRecordEditor('milestones', partnerId);
  const { state, target } = editor;
  const editing =
    target?.mode === 'edit' && state.status === 'ready'
      ? state.data.find((milestone) => milestone.id === target.id)
      : undefined;
  const titleId = useId();
  const today = todayIso();

  return (
    <section className="pl-editor" data-testid="pl-plan-editor" aria-labelledby={titleId}>
      <h3 id={titleId}>Plan and milestones</h3>
      <p className="pl-hint">
        Milestones and their deliverables, linked to the tracker items that make them up. The
        sidebar shows those due in the next 14 days.
      </p>
      <EditorNotice notice={editor.notice} />
      {!target && (
        <div className="pl-actions">
          <AddButton buttonRef={editor.addRef} onClick={() => editor.open({ mode: 'create' })}>
            Add milestone
          </AddButton>
        </div>
      )}
      {target && (target.mode === 'create' || editing) && (
        <MilestoneForm
          key={target.mode === 'edit' ? target.id : 'new'}
          partnerId={partnerId}
          milestone={editing}
          onSaved={(milestone) => editor.close(`Saved the ${milestoneLabel(milestone)}.`)}
          onCancel={() => editor.close()}
        />
      )}
      <RecordsState
        state={state}
        noun="milestones"
        onRetry={editor.reload}
        empty={<p>No milestones yet. Add the first agreed delivery and its due date.</p>}
      >
        {(milestones) => (
          <table className="pl-editor-table">
            <caption className="pl-sr-only">Milestones by due date</caption>
            <thead>
              <tr>
                <th scope="col">Due</th>
                <th scope="col">Milestone</th>
                <th scope="col">Status</th>
                <th scope="col">Deliverables</th>
                <th scope="col">Linked items</th>
                <th scope="col">
                  <span className="pl-sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sortMilestones(milestones).map((milestone) => (
                <tr key={milestone.id} data-testid="pl-editor-row" data-record-id={milestone.id}>
                  <td>
                    {dateText(milestone.dueDate)}
                    {isOverdue(milestone, today) && (
                      <span className="pl-badge pl-overdue">Overdue</span>
                    )}
                  </td>
                  <th scope="row" className="pl-editor-title">
                    {milestone.title}
                  </th>
                  <td>
                    {MILESTONE_STATUS_LABELS[milestone.status]}
                    {milestone.status === 'done' && milestone.doneDate && (
                      <span className="pl-meta"> on {dateText(milestone.doneDate)}</span>
                    )}
                  </td>
                  <td>
                    {milestone.deliverables.length > 0 ? (
                      <ul className="pl-editor-list">
                        {milestone.deliverables.map((deliverable, index) => (
                          <li key={index}>{deliverable}</li>
                        ))}
                      </ul>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td>{milestone.linkedItemKeys.join(', ') || '—'}</td>
                  <td>
                    <RecordRowActions
                      editor={editor}
                      id={milestone.id}
                      label={milestoneLabel(milestone)}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </RecordsState>
    </section>
  );
}

interface FormProps {
  partnerId: string;
  milestone?: Milestone;
  onSaved(milestone: Milestone): void;
  onCancel(): void;
}

function MilestoneForm({ partnerId, milestone, onSaved, onCancel }: FormProps) {
  const resolver = useMemo(
    () =>
      recordResolver(
        (values: MilestoneFormValues) => milestoneFormToInput(values, partnerId, milestone?.id),
        milestoneInputSchema,
        milestoneFieldForIssue,
      ),
    [partnerId, milestone?.id],
  );
  const form = useForm<MilestoneFormValues, unknown, ReturnType<typeof milestoneInputSchema.parse>>(
    {
      defaultValues: milestone ? milestoneToFormValues(milestone) : EMPTY_MILESTONE_FORM,
      resolver,
    },
  );
  const { register, handleSubmit, setError, watch, formState } = form;
  const errors = formState.errors;
  const status = watch('status');

  const submit = handleSubmit(async (input) => {
    try {
      onSaved(await callBackground('milestones.save', input));
    } catch (error) {
      showSaveError(error, setError, milestoneFieldForIssue, 'The milestone could not be saved.');
    }
  });

  return (
    <RecordForm
      heading={milestone ? `Edit milestone ${milestone.title}` : 'New milestone'}
      rootError={errors.root?.message}
      onSubmit={submit}
    >
      <Field label="Title" error={errors.title?.message}>
        <input type="text" autoComplete="off" {...register('title')} />
      </Field>
      <div className="pl-row">
        <Field label="Due date" error={errors.dueDate?.message}>
          <input type="date" {...register('dueDate')} />
        </Field>
        <Field label="Status" error={errors.status?.message}>
          <select {...register('status')}>
            {MILESTONE_STATUSES.map((value) => (
              <option key={value} value={value}>
                {MILESTONE_STATUS_LABELS[value]}
              </option>
            ))}
          </select>
        </Field>
        <Field
          label="Done date"
          hint={status === 'done' ? 'Required when the milestone is done' : 'When it was done'}
          error={errors.doneDate?.message}
        >
          <input type="date" {...register('doneDate')} />
        </Field>
      </div>
      <Field
        label="Deliverables"
        hint="One deliverable a line"
        error={errors.deliverables?.message}
      >
        <textarea rows={3} {...register('deliverables')} />
      </Field>
      <Field
        label="Linked items"
        hint="Item keys whose status drives progress, separated by commas or one a line"
        error={errors.linkedItemKeys?.message}
      >
        <textarea rows={2} {...register('linkedItemKeys')} />
      </Field>
      <FormButtons
        saving={formState.isSubmitting}
        saveLabel={milestone ? 'Save milestone' : 'Add milestone'}
        onCancel={onCancel}
      />
    </RecordForm>
  );
}
