import { useId, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { Field } from '@/components/common/Field';
import { useAsync } from '@/components/common/use-async';
import { callBackground } from '@/lib/messaging/client';
import {
  RACI_PARTIES,
  RACI_ROLE_LABELS,
  RACI_ROLES,
  raciAssignmentInputSchema,
  type RaciAssignment,
} from '@/lib/model/raci';
import type { Scope } from '@/lib/model/scope';
import { scopeText } from './engagement-display';
import {
  AddButton,
  EditorNotice,
  FormButtons,
  RecordsState,
  RecordRowActions,
  RecordForm,
} from './EditorParts';
import {
  EMPTY_RACI_FORM,
  RACI_PARTY_LABELS,
  RACI_WHERE,
  RACI_WHERE_LABELS,
  raciFieldForIssue,
  raciFormToInput,
  raciToFormValues,
  type RaciFormValues,
} from './raci-form-values';
import { groupRaciTags, raciGapsFor, raciWho, type RaciGroup } from './raci-groups';
import { recordResolver, showSaveError } from './record-resolver';
import { useRecordEditor } from './use-record-editor';

interface Props {
  partnerId: string;
}

function scopeName(scopes: readonly Scope[], scopeId: string | undefined): string {
  const scope = scopes.find((candidate) => candidate.id === scopeId);
  return scope ? scopeText(scope) : 'a project or board no longer mapped';
}

function groupTitle(group: RaciGroup, scopes: readonly Scope[]): string {
  if (group.where === 'engagement') return 'Whole engagement';
  if (group.where === 'scope') return `Project or board: ${scopeName(scopes, group.scopeId)}`;
  const within = group.scopeId ? ` in ${scopeName(scopes, group.scopeId)}` : '';
  return `Item ${group.itemKey ?? ''}${within}`;
}

const tagLabel = (tag: RaciAssignment) => `${RACI_ROLE_LABELS[tag.role]} tag of ${raciWho(tag)}`;

/**
 * The partner's RACI tags, grouped by where they apply, with the gaps the sidebar flags
 * (checked here per group, an item or scope inheriting the Accountable of the level above).
 */
export function RaciEditor({ partnerId }: Props) {
  const editor = useRecordEditor('raci', partnerId);
  const [scopesState] = useAsync(() => callBackground('scopes.list', { partnerId }));
  const [settings] = useAsync(() => callBackground('settings.get', {}));
  const scopes = scopesState.status === 'ready' ? scopesState.data : [];
  const partnerAccountableAllowed =
    settings.status === 'ready' ? settings.data.partnerAccountableAllowed : false;
  const { state, target } = editor;
  const editing =
    target?.mode === 'edit' && state.status === 'ready'
      ? state.data.find((tag) => tag.id === target.id)
      : undefined;
  const titleId = useId();

  return (
    <section className="pl-editor" data-testid="pl-raci-editor" aria-labelledby={titleId}>
      <h3 id={titleId}>Roles and responsibilities (RACI)</h3>
      <p className="pl-hint">
        Who is Responsible, Accountable, Consulted and Informed — for the whole engagement, a
        project or board, or a single item. A tag on an item overrides the same role on its project
        or board, which overrides the whole engagement.
      </p>
      <EditorNotice notice={editor.notice} />
      {scopesState.status === 'error' && (
        <p className="pl-form-error" role="alert">
          The partner’s projects and boards could not be loaded ({scopesState.message}). Reload the
          page to tag a project, board or item.
        </p>
      )}
      {!target && (
        <div className="pl-actions">
          <AddButton buttonRef={editor.addRef} onClick={() => editor.open({ mode: 'create' })}>
            Add RACI tag
          </AddButton>
        </div>
      )}
      {target && (target.mode === 'create' || editing) && (
        <RaciForm
          key={target.mode === 'edit' ? target.id : 'new'}
          partnerId={partnerId}
          tag={editing}
          scopes={scopes}
          onSaved={(tag) => editor.close(`Saved the ${tagLabel(tag)}.`)}
          onCancel={() => editor.close()}
        />
      )}
      <RecordsState
        state={state}
        noun="RACI tags"
        onRetry={editor.reload}
        empty={
          <p>
            No RACI tags yet. Start with who is Accountable for the whole engagement on your side,
            then who is Responsible at the partner.
          </p>
        }
      >
        {(tags) => {
          const groups = groupRaciTags(
            tags,
            scopes.map((scope) => scope.id),
          );
          return groups.map((group) => {
            const gaps = raciGapsFor(group, groups, partnerAccountableAllowed);
            const title = groupTitle(group, scopes);
            return (
              <section key={group.key} className="pl-raci-group" aria-label={title}>
                <h4>{title}</h4>
                {gaps.length > 0 && (
                  <ul className="pl-raci-gaps" aria-label={`Gaps in ${title}`}>
                    {gaps.map((gap) => (
                      <li key={gap.kind} data-testid="pl-raci-gap" data-gap={gap.kind}>
                        <strong>Gap:</strong> {gap.message}
                      </li>
                    ))}
                  </ul>
                )}
                <table className="pl-editor-table">
                  <thead>
                    <tr>
                      <th scope="col">Role</th>
                      <th scope="col">Party</th>
                      <th scope="col">Person or role</th>
                      <th scope="col">E-mail</th>
                      <th scope="col">
                        <span className="pl-sr-only">Actions</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {group.tags.map((tag) => (
                      <tr key={tag.id} data-testid="pl-editor-row" data-record-id={tag.id}>
                        <td>
                          <span className="pl-raci-letter" aria-hidden="true">
                            {tag.role}
                          </span>{' '}
                          {RACI_ROLE_LABELS[tag.role]}
                        </td>
                        <td>{RACI_PARTY_LABELS[tag.party]}</td>
                        <td>
                          {tag.person?.name ?? tag.roleName}
                          {tag.person && tag.roleName && (
                            <span className="pl-meta"> {tag.roleName}</span>
                          )}
                        </td>
                        <td>{tag.person?.email || '—'}</td>
                        <td>
                          <RecordRowActions editor={editor} id={tag.id} label={tagLabel(tag)} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </section>
            );
          });
        }}
      </RecordsState>
    </section>
  );
}

interface FormProps {
  partnerId: string;
  tag?: RaciAssignment;
  scopes: Scope[];
  onSaved(tag: RaciAssignment): void;
  onCancel(): void;
}

function RaciForm({ partnerId, tag, scopes, onSaved, onCancel }: FormProps) {
  const resolver = useMemo(
    () =>
      recordResolver(
        (values: RaciFormValues) => raciFormToInput(values, partnerId, tag?.id),
        raciAssignmentInputSchema,
        raciFieldForIssue,
      ),
    [partnerId, tag?.id],
  );
  const form = useForm<RaciFormValues, unknown, ReturnType<typeof raciAssignmentInputSchema.parse>>(
    {
      defaultValues: tag ? raciToFormValues(tag) : EMPTY_RACI_FORM,
      resolver,
    },
  );
  const { register, handleSubmit, setError, watch, formState } = form;
  const errors = formState.errors;
  const where = watch('where');

  const submit = handleSubmit(async (input) => {
    try {
      onSaved(await callBackground('raci.save', input));
    } catch (error) {
      showSaveError(error, setError, raciFieldForIssue, 'The RACI tag could not be saved.');
    }
  });

  return (
    <RecordForm
      heading={tag ? 'Edit RACI tag' : 'New RACI tag'}
      rootError={errors.root?.message}
      onSubmit={submit}
    >
      <div className="pl-row">
        <Field label="Applies to" error={errors.where?.message}>
          <select {...register('where')}>
            {RACI_WHERE.map((value) => (
              <option key={value} value={value}>
                {RACI_WHERE_LABELS[value]}
              </option>
            ))}
          </select>
        </Field>
        {where !== 'engagement' && (
          <Field
            label="Project or board"
            hint={
              scopes.length === 0
                ? 'No projects or boards are mapped to this partner yet: map one on the partner page.'
                : where === 'item'
                  ? 'Optional for an item: the project or board it belongs to.'
                  : undefined
            }
            error={errors.scopeId?.message}
          >
            <select {...register('scopeId')}>
              <option value="">{where === 'item' ? 'Any (not chosen)' : 'Choose…'}</option>
              {scopes.map((scope) => (
                <option key={scope.id} value={scope.id}>
                  {scopeText(scope)}
                </option>
              ))}
            </select>
          </Field>
        )}
        {where === 'item' && (
          <Field
            label="Item key"
            hint="Jira issue key (ACME-12), Asana task id or Trello card short link"
            error={errors.itemKey?.message}
          >
            <input type="text" autoComplete="off" {...register('itemKey')} />
          </Field>
        )}
      </div>
      <div className="pl-row">
        <Field label="Role" error={errors.role?.message}>
          <select {...register('role')}>
            {RACI_ROLES.map((role) => (
              <option key={role} value={role}>
                {role} — {RACI_ROLE_LABELS[role]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Party" error={errors.party?.message}>
          <select {...register('party')}>
            {RACI_PARTIES.map((party) => (
              <option key={party} value={party}>
                {RACI_PARTY_LABELS[party]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <p className="pl-hint">Name a person, a role (such as Delivery lead), or both.</p>
      <div className="pl-row">
        <Field label="Person name" error={errors.personName?.message}>
          <input type="text" autoComplete="off" {...register('personName')} />
        </Field>
        <Field label="Person e-mail" error={errors.personEmail?.message}>
          <input type="email" autoComplete="off" {...register('personEmail')} />
        </Field>
        <Field label="Role name" error={errors.roleName?.message}>
          <input type="text" autoComplete="off" {...register('roleName')} />
        </Field>
      </div>
      <FormButtons
        saving={formState.isSubmitting}
        saveLabel={tag ? 'Save RACI tag' : 'Add RACI tag'}
        onCancel={onCancel}
      />
    </RecordForm>
  );
}
