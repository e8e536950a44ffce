import type { WorkItem } from '../model/work-item';

/** An item the tracker returned that failed validation: skipped, counted and explained. */
export interface SkippedItem {
  /** The tracker's key or id of the item, when it could be read. */
  key?: string;
  reason: string;
}

export interface LoadProgress {
  loaded: number;
  /** About how many items there are, when the tracker tells (Jira's approximate count, page counts). */
  total?: number;
}

export interface ScopeLoadRequest {
  /** Jira project key, Asana project gid or Trello board short link. */
  scopeId: string;
  /** ISO instant of the last successful load: only items changed since then are fetched. */
  since?: string;
  signal?: AbortSignal;
  onProgress?(progress: LoadProgress): void;
}

export interface ScopeLoadResult {
  items: WorkItem[];
  skipped: SkippedItem[];
  /**
   * Keys of items the tracker reports as removed or moved out of the scope since `since`,
   * where the tool can tell (Trello closed cards); the cache drops them.
   */
  removedKeys: string[];
}

export interface ItemLoadResult {
  item: WorkItem | null;
  skipped?: SkippedItem;
}

/** What every tool's read-only API client offers the overlay and the KPI engine. */
export interface HostAdapter {
  loadScope(request: ScopeLoadRequest): Promise<ScopeLoadResult>;
  loadItem(key: string, signal?: AbortSignal): Promise<ItemLoadResult>;
}
