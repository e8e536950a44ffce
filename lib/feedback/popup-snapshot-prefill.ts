import * as z from 'zod/mini';

/** The `storage.session` key of the popup's per-tab snapshots (`popup-snapshot.ts`). */
export const POPUP_SNAPSHOTS_KEY = 'popupSnapshots';

/**
 * The part of a snapshot the popup's first frame shows: the partner's id and name (none on an
 * unmapped page) and the cached item's title. On zod's small build, so that the first frame
 * can check it before React and full zod load; the React popup then checks the whole snapshot.
 */
const prefillSchema = z.object({
  view: z.object({
    match: z.nullable(z.object({ partner: z.object({ id: z.string(), name: z.string() }) })),
  }),
  item: z.nullable(z.object({ title: z.string(), url: z.string() })),
});

export interface SnapshotPrefill {
  /** The page's partner; null on a page that no mapping covers. */
  partner: { id: string; name: string } | null;
  item: { title: string; url: string } | null;
}

/**
 * The raw snapshot of `tabId` in the stored snapshots, when it was taken for exactly `url`
 * (unchecked otherwise: `snapshotPrefill` and `parseSnapshot` check what they use of it).
 */
export function snapshotEntryFor(raw: unknown, tabId: number, url: string): unknown {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const entry: unknown = (raw as Record<string, unknown>)[String(tabId)];
  const takenFor =
    typeof entry === 'object' && entry !== null ? (entry as { url?: unknown }).url : undefined;
  return takenFor === url ? entry : undefined;
}

/** The partner (if any) and cached item of a snapshot entry; null when it is malformed. */
export function snapshotPrefill(entry: unknown): SnapshotPrefill | null {
  const parsed = prefillSchema.safeParse(entry);
  if (!parsed.success) return null;
  return { partner: parsed.data.view.match?.partner ?? null, item: parsed.data.item };
}
