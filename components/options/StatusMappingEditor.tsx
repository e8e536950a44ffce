import { useState, type FormEvent } from 'react';
import { Field } from '@/components/common/Field';
import { callBackground } from '@/lib/messaging/client';
import { RpcError } from '@/lib/messaging/errors';
import { joinList, splitList } from '@/lib/model/list-text';
import type { Scope } from '@/lib/model/scope';

interface Props {
  scope: Scope;
  onSaved(): void;
}

const TRELLO_DEFAULTS =
  'Lists you leave out keep the defaults: To Do, Backlog → to do; Doing, In Progress, Review, QA → in progress; Done, Shipped → done; anything else → to do.';
const ASANA_DEFAULTS =
  'Leave empty for the defaults: In Progress, Doing, Review, In Review, QA, Testing. Completed tasks are always done; other sections are to do.';

/** Which Trello lists / Asana sections mean to do, in progress and done on one scope. */
export function StatusMappingEditor({ scope, onSaved }: Props) {
  const mapping = scope.statusMapping ?? { todo: [], doing: [], done: [] };
  const [todo, setTodo] = useState(joinList(mapping.todo));
  const [doing, setDoing] = useState(joinList(mapping.doing));
  const [done, setDone] = useState(joinList(mapping.done));
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const noun = scope.tool === 'trello' ? 'lists' : 'sections';

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setSaved(false);
    const next = {
      todo: scope.tool === 'trello' ? splitList(todo) : [],
      doing: splitList(doing),
      done: scope.tool === 'trello' ? splitList(done) : [],
    };
    const empty = next.todo.length + next.doing.length + next.done.length === 0;
    try {
      await callBackground('scopes.save', {
        id: scope.id,
        partnerId: scope.partnerId,
        tool: scope.tool,
        site: scope.site,
        ids: scope.ids,
        label: scope.label,
        statusMapping: empty ? undefined : next,
      });
      setSaved(true);
      onSaved();
    } catch (failure) {
      setError(
        failure instanceof RpcError && failure.issues[0]
          ? failure.issues[0].message
          : failure instanceof Error
            ? failure.message
            : 'The mapping could not be saved.',
      );
    }
  };

  return (
    <form
      className="pl-status-mapping"
      onSubmit={(event) => void save(event)}
      noValidate
      aria-label={`Status mapping of ${scope.label || scope.ids.join(', ')}`}
    >
      <p className="pl-hint">{scope.tool === 'trello' ? TRELLO_DEFAULTS : ASANA_DEFAULTS}</p>
      {scope.tool === 'trello' && (
        <Field label={`To do ${noun}`} hint="Comma-separated names">
          <input type="text" value={todo} onChange={(event) => setTodo(event.target.value)} />
        </Field>
      )}
      <Field label={`In progress ${noun}`} hint="Comma-separated names">
        <input type="text" value={doing} onChange={(event) => setDoing(event.target.value)} />
      </Field>
      {scope.tool === 'trello' && (
        <Field label={`Done ${noun}`} hint="Comma-separated names">
          <input type="text" value={done} onChange={(event) => setDone(event.target.value)} />
        </Field>
      )}
      {error && (
        <p className="pl-form-error" role="alert">
          {error}
        </p>
      )}
      {saved && (
        <p className="pl-hint" role="status">
          Saved. The next load of this {scope.tool === 'trello' ? 'board' : 'project'} uses it.
        </p>
      )}
      <div className="pl-actions">
        <button type="submit" className="pl-button-secondary">
          Save status mapping
        </button>
      </div>
    </form>
  );
}
