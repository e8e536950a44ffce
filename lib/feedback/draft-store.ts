import { storage } from 'wxt/utils/storage';
import {
  FEEDBACK_DRAFTS_KEY,
  readValidDrafts,
  withDraft,
  type FeedbackDraft,
  type FeedbackDraftFields,
} from './draft-schema';

export {
  DRAFT_TTL_MS,
  feedbackDraftSchema,
  isEmptyDraft,
  MAX_DRAFTS,
  type FeedbackDraft,
  type FeedbackDraftFields,
} from './draft-schema';

/**
 * Drafts live in `storage.local`, not `storage.session`: they must outlive the popup (it
 * closes whenever it loses focus) and a browser restart is no reason to lose a written note.
 * They stay on this device (never synced), keyed by `draftKeyOf`.
 */
const draftsItem = storage.defineItem<unknown>(`local:${FEEDBACK_DRAFTS_KEY}`, { fallback: {} });

export interface DraftStore {
  /** Starts reading the drafts (the popup calls it before its first render). */
  preload(): Promise<void>;
  read(key: string): Promise<FeedbackDraft | null>;
  /**
   * The draft of `key` if the drafts are loaded already (`null`: there is none), else
   * `undefined`: lets the form show a preloaded draft in its first render.
   */
  peek(key: string): FeedbackDraft | null | undefined;
  /** Stores the draft of `key` (an empty one removes it), keeping the newest MAX_DRAFTS. */
  write(key: string, fields: FeedbackDraftFields): Promise<void>;
  clear(key: string): Promise<void>;
}

/**
 * The drafts, read once from storage and then served from memory: the popup is their only
 * writer while it is open, and reading them once lets it start before its first render.
 * `stored` is the raw stored value when the caller has started reading it already.
 */
export function createDraftStore(
  now: () => Date = () => new Date(),
  stored?: Promise<unknown>,
): DraftStore {
  let loaded: Promise<Map<string, FeedbackDraft>> | undefined;
  let current: Map<string, FeedbackDraft> | undefined;
  const load = () =>
    (loaded ??= (stored ?? draftsItem.getValue()).then((raw) => {
      current = readValidDrafts(raw, now());
      return current;
    }));
  const persist = (drafts: Map<string, FeedbackDraft>) =>
    draftsItem.setValue(Object.fromEntries(drafts));
  return {
    preload: async () => {
      await load();
    },
    read: async (key) => (await load()).get(key) ?? null,
    peek: (key) => (current ? (current.get(key) ?? null) : undefined),
    async write(key, fields) {
      const drafts = await load();
      // In place: a write that awaited the same load sees this one.
      const next = withDraft(drafts, key, fields, now());
      drafts.clear();
      for (const [draftKey, draft] of next) drafts.set(draftKey, draft);
      await persist(drafts);
    },
    async clear(key) {
      const drafts = await load();
      if (drafts.delete(key)) await persist(drafts);
    },
  };
}
