import { useEffect, useState } from 'react';
import { adapterFor } from '@/lib/hosts/create-adapter';
import { callBackground } from '@/lib/messaging/client';
import type { HostContext } from '@/lib/model/host-context';
import { loadScope, type ScopeDataView } from '@/lib/overlay/scope-loader';

/** A scope read in the last few minutes is not read again when the user moves between its items. */
const FRESH_MS = 5 * 60_000;
const lastReady = new Map<string, { view: ScopeDataView; at: number }>();

/**
 * Keeps the cache of the current scope up to date while the sidebar shows it. Moving to
 * another scope aborts the read in flight; `attempt` forces a new read (retry).
 */
export function useScopeData(
  context: HostContext,
  scopeId: string | null,
  attempt: number,
): ScopeDataView | null {
  const key = scopeId ? `${context.tool} ${context.site} ${scopeId}` : null;
  const [view, setView] = useState<{ key: string | null; view: ScopeDataView | null }>({
    key: null,
    view: null,
  });

  useEffect(() => {
    if (!key || !scopeId) return;
    const recent = lastReady.get(key);
    if (recent && attempt === 0 && Date.now() - recent.at < FRESH_MS) {
      setView({ key, view: recent.view });
      return;
    }
    const controller = new AbortController();
    void loadScope(
      adapterFor(context),
      { tool: context.tool, site: context.site, scopeId },
      {
        loadState: (ref) => callBackground('workItems.loadState', ref),
        ingest: (batch) => callBackground('workItems.ingest', batch),
        now: () => new Date(),
      },
      controller.signal,
      (next) => {
        if (controller.signal.aborted) return;
        if (next.phase === 'ready') lastReady.set(key, { view: next, at: Date.now() });
        setView({ key, view: next });
      },
    );
    return () => controller.abort();
    // The context object changes on every navigation; the scope key is what matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, attempt]);

  return view.key === key ? view.view : null;
}
