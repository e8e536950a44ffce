import { z } from 'zod';
import { itemKeyOf } from '../hosts/item-key';
import { contextViewSchema } from '../messaging/context-view';
import type { WorkItem } from '../model/work-item';
import { snapshotEntryFor } from './popup-snapshot-prefill';

export { POPUP_SNAPSHOTS_KEY } from './popup-snapshot-prefill';

/** Snapshots kept at most: one per recently visited tab. */
export const MAX_POPUP_SNAPSHOTS = 20;

/**
 * What the background resolved for a tab's tracker page when the page announced itself:
 * the partner behind it and the cached copy of its item. The popup opens prefilled from it
 * with one storage read, instead of waiting for the background's answers. It is only used
 * for the very URL it was taken for, and all of them are dropped when partners or mappings
 * change.
 */
export const popupSnapshotSchema = z.object({
  url: z.string().min(1).max(4096),
  view: contextViewSchema,
  item: z.object({ title: z.string(), url: z.string() }).nullable(),
  takenAt: z.number().int().nonnegative(),
});
export type PopupSnapshot = z.infer<typeof popupSnapshotSchema>;

/** Snapshots by tab id, as stored under `POPUP_SNAPSHOTS_KEY`. */
export type PopupSnapshots = Record<string, PopupSnapshot>;

/**
 * `snapshots` with `tab`'s replaced by `snapshot`, keeping the most recent
 * `MAX_POPUP_SNAPSHOTS` (closed tabs are never told of; they age out).
 */
export function withSnapshot(
  snapshots: PopupSnapshots,
  tabId: number,
  snapshot: PopupSnapshot,
): PopupSnapshots {
  const entries = Object.entries({ ...snapshots, [String(tabId)]: snapshot });
  entries.sort(([, a], [, b]) => b.takenAt - a.takenAt);
  return Object.fromEntries(entries.slice(0, MAX_POPUP_SNAPSHOTS));
}

/** A snapshot entry if it is well formed; else null. */
export function parseSnapshot(entry: unknown): PopupSnapshot | null {
  const parsed = popupSnapshotSchema.safeParse(entry);
  return parsed.success ? parsed.data : null;
}

/** The snapshot of `tabId` if it was taken for `url` and is well formed; else null. */
export function snapshotFor(raw: unknown, tabId: number, url: string): PopupSnapshot | null {
  return parseSnapshot(snapshotEntryFor(raw, tabId, url));
}

/**
 * `snapshot` with the cached copy of its page's item taken from `items` (the page's item is
 * usually cached only after the page announced itself); null when `items` hold no copy of it
 * or the snapshot has it already.
 */
export function snapshotWithItem(
  snapshot: PopupSnapshot,
  items: readonly Pick<WorkItem, 'tool' | 'site' | 'key' | 'title' | 'url'>[],
): PopupSnapshot | null {
  const { context } = snapshot.view;
  const key = itemKeyOf(context);
  if (!key) return null;
  const found = items.find(
    (item) => item.key === key && item.tool === context.tool && item.site === context.site,
  );
  if (!found) return null;
  if (snapshot.item?.title === found.title && snapshot.item.url === found.url) return null;
  return { ...snapshot, item: { title: found.title, url: found.url } };
}
