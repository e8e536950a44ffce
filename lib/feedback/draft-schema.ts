import * as z from 'zod/mini';
import { FEEDBACK_CATEGORIES, FEEDBACK_KINDS } from '../model/feedback-values';

/**
 * A stored feedback draft: what the user typed into the quick entry and has not saved yet.
 * Lenient on purpose: it may be half filled (no rating yet); the form validates the full
 * record on save. On zod's small build (`zod/mini`) and plain values (not
 * `model/feedback.ts`): the popup's first frame, drawn before React and full zod load,
 * validates the drafts it restores with this very schema.
 */
export const feedbackDraftSchema = z.object({
  /** The partner chosen in the picker (only where the page does not fix the partner). */
  partnerId: z.optional(z.uuid()),
  rating: z.optional(z.int().check(z.minimum(1), z.maximum(5))),
  kind: z.optional(z.enum(FEEDBACK_KINDS)),
  categories: z._default(z.array(z.enum(FEEDBACK_CATEGORIES)).check(z.maxLength(10)), []),
  note: z._default(z.string().check(z.maxLength(10_000)), ''),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type FeedbackDraft = z.infer<typeof feedbackDraftSchema>;
export type FeedbackDraftFields = Omit<FeedbackDraft, 'updatedAt'>;

/** The `storage.local` key of the drafts (this device only, never synced). */
export const FEEDBACK_DRAFTS_KEY = 'feedbackDrafts';

/** How long a draft is kept: enough for a couple of weeks of interrupted entries. */
export const DRAFT_TTL_MS = 14 * 24 * 60 * 60 * 1000;

/** Drafts kept at most. */
export const MAX_DRAFTS = 20;

/** How long after the last change an entry is kept as a draft (at once when the popup closes). */
export const DRAFT_DEBOUNCE_MS = 150;

/** The stored draft of `key` if it validates and is recent enough; else undefined. */
export function validDraftOf(raw: unknown, key: string, now: Date): FeedbackDraft | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  if (!Object.hasOwn(raw, key)) return undefined;
  // A draft that no longer validates (or is too old) is dropped, not shown half-broken.
  const parsed = feedbackDraftSchema.safeParse((raw as Record<string, unknown>)[key]);
  if (!parsed.success) return undefined;
  if (now.getTime() - Date.parse(parsed.data.updatedAt) > DRAFT_TTL_MS) return undefined;
  return parsed.data;
}

/** The stored drafts that validate and are recent enough, by key. */
export function readValidDrafts(raw: unknown, now: Date): Map<string, FeedbackDraft> {
  const drafts = new Map<string, FeedbackDraft>();
  const stored = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : {};
  for (const key of Object.keys(stored)) {
    const draft = validDraftOf(stored, key, now);
    if (draft) drafts.set(key, draft);
  }
  return drafts;
}

/** True when the fields hold nothing worth keeping. */
export function isEmptyDraft(fields: FeedbackDraftFields): boolean {
  return (
    fields.rating === undefined &&
    fields.kind === undefined &&
    fields.categories.length === 0 &&
    fields.note.trim() === '' &&
    fields.partnerId === undefined
  );
}

/**
 * The drafts once `key` holds `fields` (empty fields remove it): the newest MAX_DRAFTS.
 * Shared by the draft store and the popup's first frame, which writes before the store loads.
 */
export function withDraft(
  drafts: ReadonlyMap<string, FeedbackDraft>,
  key: string,
  fields: FeedbackDraftFields,
  now: Date,
): Map<string, FeedbackDraft> {
  const next = new Map(drafts);
  next.delete(key);
  if (!isEmptyDraft(fields)) {
    next.set(key, feedbackDraftSchema.parse({ ...fields, updatedAt: now.toISOString() }));
  }
  const newest = [...next].sort(([, a], [, b]) => b.updatedAt.localeCompare(a.updatedAt));
  return new Map(newest.slice(0, MAX_DRAFTS));
}
