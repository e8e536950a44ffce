import { describe, expect, it, vi } from 'vitest';
import type { HostAdapter, ScopeLoadRequest } from '@/lib/hosts/adapter';
import { TrackerError } from '@/lib/hosts/http/tracker-error';
import type { IngestBatch } from '@/lib/db/work-item-cache';
import { loadScope, type ScopeDataView } from '@/lib/overlay/scope-loader';

const ref = { tool: 'trello' as const, site: 'https://trello.com', scopeId: 'AbCd1234' };
const emptyState = { ...ref, itemCount: 0, skipped: [] };

function deps(lastLoadedAt?: string) {
  const batches: IngestBatch[] = [];
  return {
    batches,
    deps: {
      loadState: vi.fn(async () => ({ ...emptyState, lastLoadedAt })),
      ingest: vi.fn(async (batch: IngestBatch) => {
        batches.push(batch);
        return {
          ...emptyState,
          itemCount: batch.items.length,
          lastLoadedAt: batch.complete ? batch.loadStartedAt : undefined,
        };
      }),
      now: () => new Date('2026-02-10T12:00:00.000Z'),
    },
  };
}

describe('loadScope', () => {
  it('asks only for changes since the last complete load and ends ready', async () => {
    const { deps: d, batches } = deps('2026-02-09T12:00:00.000Z');
    let seen: ScopeLoadRequest | undefined;
    const adapter: HostAdapter = {
      loadScope: async (request) => {
        seen = request;
        request.onProgress?.({ loaded: 1 });
        return { items: [], skipped: [], removedKeys: [] };
      },
      loadItem: async () => ({ item: null }),
    };
    const views: ScopeDataView[] = [];
    await loadScope(adapter, ref, d, new AbortController().signal, (view) => views.push(view));
    expect(seen?.since).toBe('2026-02-09T12:00:00.000Z');
    expect(batches).toEqual([expect.objectContaining({ complete: true, startsFullLoad: false })]);
    expect(views.map((view) => view.phase)).toEqual(['loading', 'loading', 'ready']);
  });

  it('stays in the error state when a request finishing late reports progress', async () => {
    const { deps: d } = deps();
    let lateProgress: (() => void) | undefined;
    const adapter: HostAdapter = {
      loadScope: async (request) => {
        lateProgress = () => request.onProgress?.({ loaded: 3 });
        throw new TrackerError('not-found', 'Trello could not find this.', 404);
      },
      loadItem: async () => ({ item: null }),
    };
    const views: ScopeDataView[] = [];
    await loadScope(adapter, ref, d, new AbortController().signal, (view) => views.push(view));
    lateProgress?.();
    expect(views.at(-1)).toMatchObject({ phase: 'error', kind: 'not-found' });
  });
});
