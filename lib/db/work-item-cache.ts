import type { SkippedItem } from '../hosts/adapter';
import type { Tool } from '../model/host-context';
import { scopeLoadStateSchema, type ScopeLoadState } from '../model/scope-load';
import { cachedWorkItemSchema, type CachedWorkItem, type WorkItem } from '../model/work-item';
import type { PartnerLensDb } from './schema';

export interface ScopeRef {
  tool: Tool;
  site: string;
  scopeId: string;
}

export interface IngestBatch extends ScopeRef {
  items: WorkItem[];
  removedKeys: string[];
  skipped: SkippedItem[];
  /** Start time of the load this batch belongs to. */
  loadStartedAt: string;
  /** The last batch of a load that read everything it meant to. */
  complete: boolean;
  /** First batch of a full (not incremental) load: skipped items of earlier loads are forgotten. */
  startsFullLoad: boolean;
}

const MAX_SKIPPED = 500;

/**
 * The device-local cache of tracker items, per scope, for KPIs and the sidebar. Items are
 * validated again on the way in (they come from a content script) and on the way out.
 */
export function createWorkItemCache(db: PartnerLensDb, now: () => Date = () => new Date()) {
  async function loadState(ref: ScopeRef): Promise<ScopeLoadState> {
    const raw = await db.get('scopeLoads', [ref.tool, ref.site, ref.scopeId]);
    const parsed = scopeLoadStateSchema.safeParse(raw);
    return parsed.success ? parsed.data : { ...ref, itemCount: 0, skipped: [] };
  }

  return {
    loadState,

    async ingest(batch: IngestBatch): Promise<ScopeLoadState> {
      const cachedAt = now().toISOString();
      const tx = db.transaction(['workItems', 'scopeLoads'], 'readwrite');
      const items = tx.objectStore('workItems');
      for (const item of batch.items) {
        if (item.tool !== batch.tool || item.site !== batch.site) continue;
        await items.put({ ...item, cachedAt });
      }
      for (const key of batch.removedKeys) await items.delete([batch.tool, batch.site, key]);

      const loads = tx.objectStore('scopeLoads');
      const previous = scopeLoadStateSchema.safeParse(
        await loads.get([batch.tool, batch.site, batch.scopeId]),
      );
      const earlierSkipped = previous.success && !batch.startsFullLoad ? previous.data.skipped : [];
      const itemCount = await items
        .index('byProject')
        .count(IDBKeyRange.only([batch.tool, batch.site, batch.scopeId]));
      const state: ScopeLoadState = {
        tool: batch.tool,
        site: batch.site,
        scopeId: batch.scopeId,
        lastLoadedAt: batch.complete
          ? batch.loadStartedAt
          : previous.success
            ? previous.data.lastLoadedAt
            : undefined,
        itemCount,
        skipped: [...earlierSkipped, ...batch.skipped].slice(-MAX_SKIPPED),
      };
      await loads.put(state);
      await tx.done;
      return state;
    },

    async listByScope(ref: ScopeRef): Promise<CachedWorkItem[]> {
      const raw = await db.getAllFromIndex(
        'workItems',
        'byProject',
        IDBKeyRange.only([ref.tool, ref.site, ref.scopeId]),
      );
      return raw.flatMap((value) => {
        const parsed = cachedWorkItemSchema.safeParse(value);
        return parsed.success ? [parsed.data] : [];
      });
    },

    async getItem(tool: Tool, site: string, key: string): Promise<CachedWorkItem | undefined> {
      const parsed = cachedWorkItemSchema.safeParse(await db.get('workItems', [tool, site, key]));
      return parsed.success ? parsed.data : undefined;
    },
  };
}

export type WorkItemCache = ReturnType<typeof createWorkItemCache>;
