import type { HostAdapter, LoadProgress, SkippedItem } from '../hosts/adapter';
import { TrackerError, isAbort, type TrackerErrorKind } from '../hosts/http/tracker-error';
import type { IngestBatch, ScopeRef } from '../db/work-item-cache';
import type { ScopeLoadState } from '../model/scope-load';

/** What the sidebar shows about the partner's tracker data for the current scope. */
export type ScopeDataView =
  | { phase: 'loading'; progress: LoadProgress; cached: ScopeLoadState | null }
  | { phase: 'ready'; state: ScopeLoadState }
  | {
      phase: 'error';
      kind: TrackerErrorKind | 'unknown';
      message: string;
      cached: ScopeLoadState | null;
    };

export interface ScopeLoaderDeps {
  loadState(ref: ScopeRef): Promise<ScopeLoadState>;
  ingest(batch: IngestBatch): Promise<ScopeLoadState>;
  now(): Date;
}

/** Items per message to the background: keeps each message well under a few MB. */
const BATCH_SIZE = 500;

/**
 * Reads one scope from the tracker into the background's cache: everything the first time,
 * only what changed since the last complete load afterwards. Reports progress as it goes and
 * ends in `ready` or `error` (with the cached state, so the sidebar can show data and its age).
 */
export async function loadScope(
  adapter: HostAdapter,
  ref: ScopeRef,
  deps: ScopeLoaderDeps,
  signal: AbortSignal,
  onView: (view: ScopeDataView) => void,
): Promise<void> {
  let cached: ScopeLoadState | null = null;
  // A tool may report progress from requests still finishing after the load failed;
  // once the load has ended, late reports must not turn the view back to "loading".
  let ended = false;
  const report = (view: ScopeDataView) => {
    if (!ended) onView(view);
  };
  try {
    cached = await deps.loadState(ref);
    const since = cached.lastLoadedAt;
    const loadStartedAt = deps.now().toISOString();
    report({ phase: 'loading', progress: { loaded: 0 }, cached });
    const result = await adapter.loadScope({
      scopeId: ref.scopeId,
      since,
      signal,
      onProgress: (progress) => report({ phase: 'loading', progress, cached }),
    });
    const batches = chunk(result.items, BATCH_SIZE);
    let state = cached;
    for (let index = 0; index < batches.length; index++) {
      const last = index === batches.length - 1;
      state = await deps.ingest({
        ...ref,
        items: batches[index]!,
        removedKeys: index === 0 ? result.removedKeys : [],
        skipped: index === 0 ? result.skipped.slice(0, 500) : ([] as SkippedItem[]),
        loadStartedAt,
        complete: last,
        startsFullLoad: index === 0 && !since,
      });
    }
    ended = true;
    onView({ phase: 'ready', state });
  } catch (error) {
    ended = true;
    if (signal.aborted || isAbort(error)) return;
    onView({
      phase: 'error',
      kind: error instanceof TrackerError ? error.kind : 'unknown',
      message:
        error instanceof Error ? error.message : 'The tracker data could not be loaded. Try again.',
      cached,
    });
  }
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  if (items.length === 0) return [[]];
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size)
    chunks.push(items.slice(start, start + size));
  return chunks;
}
