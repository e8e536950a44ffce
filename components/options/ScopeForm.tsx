import { useForm } from 'react-hook-form';
import { Field } from '@/components/common/Field';
import { callBackground } from '@/lib/messaging/client';
import { RpcError, issuesFromZod, type FieldIssue } from '@/lib/messaging/errors';
import { TOOLS, TOOL_LABELS, type Tool } from '@/lib/model/host-context';
import { splitList } from '@/lib/model/list-text';
import { DEFAULT_SITES, SCOPE_ID_HINTS, scopeInputSchema, type Scope } from '@/lib/model/scope';

interface ScopeFormValues {
  tool: Tool;
  site: string;
  ids: string;
  label: string;
}

interface Props {
  partnerId: string;
  /** Prefill from "Map this project to a partner" in the sidebar. */
  initial?: Partial<ScopeFormValues>;
  onSaved(scope: Scope): void;
}

function defaultSite(tool: Tool): string {
  return tool === 'jira' ? '' : DEFAULT_SITES[tool];
}

const FIELD_BY_PATH: Record<string, keyof ScopeFormValues> = {
  tool: 'tool',
  site: 'site',
  ids: 'ids',
  label: 'label',
};

/** Adds a tracker scope (Jira projects, Asana projects or Trello boards on one site) to a partner. */
export function ScopeForm({ partnerId, initial, onSaved }: Props) {
  const tool0 = initial?.tool ?? 'jira';
  const { register, handleSubmit, setError, watch, setValue, reset, formState } =
    useForm<ScopeFormValues>({
      defaultValues: { tool: tool0, site: defaultSite(tool0), ids: '', label: '', ...initial },
    });
  const tool = watch('tool');
  const errors = formState.errors;

  const showIssues = (issues: FieldIssue[]) => {
    for (const issue of issues) {
      const field = FIELD_BY_PATH[issue.path.split('.')[0] ?? ''] ?? 'root';
      setError(field === 'root' ? 'root' : field, { message: issue.message });
    }
  };

  const submit = handleSubmit(async (values) => {
    const input = {
      partnerId,
      tool: values.tool,
      site: values.site.trim().replace(/\/+$/, ''),
      ids: splitList(values.ids).map((id) => (values.tool === 'jira' ? id.toUpperCase() : id)),
      label: values.label,
    };
    const checked = scopeInputSchema.safeParse(input);
    if (!checked.success) return showIssues(issuesFromZod(checked.error));
    try {
      const scope = await callBackground('scopes.save', input);
      reset({ tool: values.tool, site: values.site, ids: '', label: '' });
      onSaved(scope);
    } catch (error) {
      if (error instanceof RpcError && error.issues.length > 0) return showIssues(error.issues);
      setError('root', {
        message: error instanceof Error ? error.message : 'The scope could not be saved.',
      });
    }
  });

  const toolField = register('tool', {
    onChange: (event: { target: { value: Tool } }) =>
      setValue('site', defaultSite(event.target.value)),
  });

  return (
    <form className="pl-form pl-scope-form" onSubmit={submit} noValidate aria-label="Add a scope">
      <h3>Map a project or board</h3>
      {errors.root && (
        <p className="pl-form-error" role="alert">
          {errors.root.message}
        </p>
      )}
      <div className="pl-row">
        <Field label="Tool" error={errors.tool?.message}>
          <select {...toolField}>
            {TOOLS.map((value) => (
              <option key={value} value={value}>
                {TOOL_LABELS[value]}
              </option>
            ))}
          </select>
        </Field>
        <Field
          label="Site"
          hint={tool === 'jira' ? 'Your Jira address, e.g. https://acme.atlassian.net' : undefined}
          error={errors.site?.message}
        >
          <input type="url" readOnly={tool !== 'jira'} {...register('site')} />
        </Field>
      </div>
      <Field
        label={tool === 'trello' ? 'Boards' : 'Projects'}
        hint={`Comma-separated ${SCOPE_ID_HINTS[tool]}`}
        error={errors.ids?.message}
      >
        <input type="text" {...register('ids')} />
      </Field>
      <Field
        label="Label (optional)"
        hint="A name you recognise, e.g. Checkout app"
        error={errors.label?.message}
      >
        <input type="text" {...register('label')} />
      </Field>
      <div className="pl-actions">
        <button type="submit" className="pl-button-primary" disabled={formState.isSubmitting}>
          Add scope
        </button>
      </div>
    </form>
  );
}
