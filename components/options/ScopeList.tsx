import { useState } from 'react';
import { callBackground } from '@/lib/messaging/client';
import { TOOL_LABELS } from '@/lib/model/host-context';
import type { Scope } from '@/lib/model/scope';
import { StatusMappingEditor } from './StatusMappingEditor';

interface Props {
  scopes: Scope[];
  onChanged(): void;
}

export function ScopeList({ scopes, onChanged }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [mappingOpen, setMappingOpen] = useState<string | null>(null);
  if (scopes.length === 0) {
    return (
      <p className="pl-empty" data-testid="pl-scopes-empty">
        No projects or boards mapped yet. Add one below so Partner Lens recognises this partner’s
        work in Jira, Asana or Trello.
      </p>
    );
  }
  const remove = async (scope: Scope) => {
    setError(null);
    try {
      await callBackground('scopes.delete', { id: scope.id });
      onChanged();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'The scope could not be removed.');
    }
  };
  return (
    <>
      {error && (
        <p className="pl-form-error" role="alert">
          {error}
        </p>
      )}
      <ul className="pl-scope-list" aria-label="Mapped projects and boards">
        {scopes.map((scope) => {
          const description = `${TOOL_LABELS[scope.tool]} · ${new URL(scope.site).host} · ${scope.ids.join(', ')}`;
          return (
            <li key={scope.id} data-testid="pl-scope">
              <span>
                {scope.label && <strong>{scope.label}: </strong>}
                {description}
              </span>
              {scope.tool !== 'jira' && (
                <button
                  type="button"
                  className="pl-button-quiet"
                  aria-expanded={mappingOpen === scope.id}
                  aria-label={`Status mapping of ${description}`}
                  onClick={() => setMappingOpen(mappingOpen === scope.id ? null : scope.id)}
                >
                  Status mapping
                </button>
              )}
              <button
                type="button"
                className="pl-button-quiet"
                aria-label={`Remove ${description}`}
                onClick={() => void remove(scope)}
              >
                Remove
              </button>
              {mappingOpen === scope.id && (
                <StatusMappingEditor scope={scope} onSaved={onChanged} />
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
