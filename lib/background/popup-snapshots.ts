import { browser } from 'wxt/browser';
import type { ContextView } from '../messaging/context-view';
import type { HostContext } from '../model/host-context';
import {
  POPUP_SNAPSHOTS_KEY,
  withSnapshot,
  type PopupSnapshot,
  type PopupSnapshots,
} from '../feedback/popup-snapshot';

type SessionArea = Pick<typeof browser.storage.session, 'get' | 'set' | 'remove'>;

/** A snapshot under way: taken from reads that started at one generation of the data. */
export interface SnapshotTicket {
  readonly generation: number;
}

/**
 * The popup's per-tab snapshots (`lib/feedback/popup-snapshot.ts`) in `storage.session`:
 * gone when the browser closes, and out of reach of content scripts.
 */
export interface PopupSnapshotStore {
  /** Call before reading what a snapshot holds. */
  begin(): SnapshotTicket;
  /** Stores the snapshot unless the data changed since `ticket` (then it may be stale). */
  remember(ticket: SnapshotTicket, tabId: number, snapshot: PopupSnapshot): Promise<void>;
  /** Replaces `tabId`'s snapshot by what `change` makes of it (null: leaves it as it is). */
  update(tabId: number, change: (snapshot: PopupSnapshot) => PopupSnapshot | null): Promise<void>;
  /**
   * Gives every snapshot its partner again from data read after this call (partners or
   * mappings changed): `resolver` reads the data once and returns how to resolve a page's
   * context. Snapshots still being taken from older reads are not written.
   */
  refresh(resolver: () => Promise<(context: HostContext) => ContextView>): Promise<void>;
  /** Drops every snapshot: what a page's address means may have changed. */
  clear(): Promise<void>;
}

export function createPopupSnapshotStore(
  area: SessionArea = browser.storage.session,
): PopupSnapshotStore {
  let generation = 0;
  // One read-modify-write at a time, so two tabs' snapshots cannot overwrite each other.
  let queue: Promise<unknown> = Promise.resolve();
  const enqueue = (step: () => Promise<void>) => {
    const next = queue.then(step, step);
    queue = next.catch(() => undefined);
    return next;
  };
  const read = async (): Promise<PopupSnapshots> => {
    const stored = (await area.get(POPUP_SNAPSHOTS_KEY))[POPUP_SNAPSHOTS_KEY];
    // Only this store writes the key; anything else there is dropped, not merged.
    return typeof stored === 'object' && stored !== null ? (stored as PopupSnapshots) : {};
  };
  return {
    begin: () => ({ generation }),
    remember: (ticket, tabId, snapshot) =>
      enqueue(async () => {
        if (ticket.generation !== generation) return;
        const current = await read();
        if (ticket.generation !== generation) return;
        await area.set({ [POPUP_SNAPSHOTS_KEY]: withSnapshot(current, tabId, snapshot) });
      }),
    update: (tabId, change) =>
      enqueue(async () => {
        const current = await read();
        const snapshot = current[String(tabId)];
        const changed = snapshot ? change(snapshot) : null;
        if (!changed) return;
        await area.set({ [POPUP_SNAPSHOTS_KEY]: { ...current, [String(tabId)]: changed } });
      }),
    refresh: (resolver) => {
      // Snapshots under way were resolved from older data; a later change queues after this.
      generation += 1;
      return enqueue(async () => {
        const current = await read();
        if (Object.keys(current).length === 0) return;
        try {
          const resolve = await resolver();
          const refreshed: PopupSnapshots = {};
          for (const [tabId, snapshot] of Object.entries(current)) {
            refreshed[tabId] = { ...snapshot, view: resolve(snapshot.view.context) };
          }
          await area.set({ [POPUP_SNAPSHOTS_KEY]: refreshed });
        } catch (error) {
          // Never leave a partner that may be wrong now: without them the popup asks.
          await area.remove(POPUP_SNAPSHOTS_KEY);
          throw error;
        }
      });
    },
    clear: () => {
      generation += 1;
      return enqueue(() => area.remove(POPUP_SNAPSHOTS_KEY));
    },
  };
}
