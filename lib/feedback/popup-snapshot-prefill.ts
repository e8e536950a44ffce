import * as z from 'zod/mini';

/** The `storage.session` key of the popup's per-tab snapshots (`popup-snapshot.ts`). */
export const POPUP_SNAPSHOTS_KEY = 'popupSnapshots';

/**
 * The part of a snapshot the popup's first frame shows: the partner's id and name and the
 * cached item's title. On zod's small build, so that the first frame can check it before
 * React and full zod load; the React popup then checks the whole snapshot.
 */
const prefillSchema = z.object({
  url: z.string(),
  view: z.object({
    match: z.nullable(z.object({ partner: z.object({ id: z.string(), name: z.string() }) })),
  }),
  item: z.nullable(z.object({ title: z.string(), url: z.string() })),
});

export interface SnapshotPrefill {
  partnerId: string;
  partnerName: string;
  item: { title: string; url: string } | null;
}

/**
 * The partner and cached item of `tabId`'s snapshot when it was taken for `url` and names a
 * partner; else null (the popup then asks the background).
 */
export function snapshotPrefill(raw: unknown, tabId: number, url: string): SnapshotPrefill | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const parsed = prefillSchema.safeParse((raw as Record<string, unknown>)[String(tabId)]);
  if (!parsed.success || parsed.data.url !== url || !parsed.data.view.match) return null;
  const { partner } = parsed.data.view.match;
  return { partnerId: partner.id, partnerName: partner.name, item: parsed.data.item };
}
