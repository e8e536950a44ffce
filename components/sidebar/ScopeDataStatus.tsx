import type { ScopeDataView } from '@/lib/overlay/scope-loader';
import { timeAgo } from '@/lib/overlay/relative-time';
import type { ScopeLoadState } from '@/lib/model/scope-load';

/**
 * The state of the partner's tracker data for this scope: first-load progress, how many
 * items are cached and how fresh they are, why loading failed, and what was skipped.
 */
export function ScopeDataStatus({ view, onRetry }: { view: ScopeDataView; onRetry(): void }) {
  return (
    <section
      className="pl-data"
      data-testid="pl-data-status"
      data-phase={view.phase}
      aria-label="Tracker data"
    >
      {view.phase === 'loading' && (
        <p role="status">
          {view.progress.loaded === 0
            ? 'Loading items from the tracker…'
            : `Loading items: ${view.progress.loaded}${view.progress.total !== undefined ? ` of about ${view.progress.total}` : ''}`}
        </p>
      )}
      {view.phase === 'ready' && <p>{summary(view.state)}</p>}
      {view.phase === 'error' && (
        <>
          <p
            className={view.kind === 'signed-out' ? 'pl-notice' : 'pl-error'}
            role="alert"
            data-testid={view.kind === 'signed-out' ? 'pl-signed-out' : undefined}
          >
            {view.message}
          </p>
          {view.cached && view.cached.itemCount > 0 && (
            <p className="pl-meta">Showing cached data: {summary(view.cached)}</p>
          )}
          <button type="button" className="pl-link-button" onClick={onRetry}>
            Try again
          </button>
        </>
      )}
      <Diagnostics state={view.phase === 'ready' ? view.state : view.cached} />
    </section>
  );
}

function summary(state: ScopeLoadState): string {
  const count = `${state.itemCount} ${state.itemCount === 1 ? 'item' : 'items'} cached`;
  return state.lastLoadedAt ? `${count} · updated ${timeAgo(state.lastLoadedAt)}` : count;
}

function Diagnostics({ state }: { state: ScopeLoadState | null }) {
  if (!state || state.skipped.length === 0) return null;
  return (
    <details className="pl-diagnostics" data-testid="pl-diagnostics">
      <summary>
        {state.skipped.length} {state.skipped.length === 1 ? 'item was' : 'items were'} skipped
      </summary>
      <ul>
        {state.skipped.map((skipped, index) => (
          <li key={`${skipped.key ?? 'unknown'}-${index}`}>
            <strong>{skipped.key ?? 'Unknown item'}</strong>: {skipped.reason}
          </li>
        ))}
      </ul>
    </details>
  );
}
