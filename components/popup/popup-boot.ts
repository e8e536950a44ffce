import { createDraftStore, type DraftStore } from '@/lib/feedback/draft-store';
import type { ItemRef } from '@/lib/feedback/feedback-target';
import { itemRefFor } from '@/lib/feedback/item-prefill';
import { parseSnapshot } from '@/lib/feedback/popup-snapshot';
import { readRpcReply } from '@/lib/messaging/client';
import type { ContextView } from '@/lib/messaging/context-view';
import type { Partner } from '@/lib/model/partner';
import { startEarlyReads } from './popup-early';

export { requestedTabId } from './popup-early';

export type ActiveTabState =
  | { status: 'loading' }
  | { status: 'no-context' }
  | { status: 'ready'; tabId: number; view: ContextView; item?: ItemRef }
  | { status: 'error'; message: string };

export type PartnersState = { partners: Partner[]; error: string | null };

/** What the popup reads before it can be used; started before React's first render. */
export interface PopupBoot {
  /** Settles once the drafts are loaded too, so the form can show the item's draft at once. */
  tab: Promise<Exclude<ActiveTabState, { status: 'loading' }>>;
  partners: Promise<PartnersState>;
  drafts: DraftStore;
  /**
   * What has arrived so far: when the reads finish before React's first render (they are
   * started before React loads), the popup renders them in its first frame.
   */
  settled?: {
    tab?: Exclude<ActiveTabState, { status: 'loading' }>;
    partners?: PartnersState;
  };
}

/** The early reads of the tab (popup-early.ts), their replies validated. */
async function resolveTab(): Promise<Exclude<ActiveTabState, { status: 'loading' }>> {
  try {
    const read = await startEarlyReads().tab;
    if (!read.found) return { status: 'no-context' };
    const sources = { tabUrl: read.tabUrl, tabTitle: read.tabTitle };
    const snapshot = read.snapshot === undefined ? null : parseSnapshot(read.snapshot);
    if (snapshot) {
      const { view, item } = snapshot;
      const ref = itemRefFor(view.context, { ...sources, cached: item });
      return { status: 'ready', tabId: read.tabId, view, item: ref };
    }
    const answer = await read.fromBackground();
    const [view, cached] = await Promise.all([
      readRpcReply<'context.resolve'>(Promise.resolve(answer.view)),
      answer.cached === null
        ? null
        : readRpcReply<'workItems.get'>(Promise.resolve(answer.cached)).catch(() => null),
    ]);
    const item = itemRefFor(answer.context, { ...sources, cached });
    return { status: 'ready', tabId: read.tabId, view, item };
  } catch (error) {
    return {
      status: 'error',
      message: error instanceof Error ? error.message : 'Could not read the current tab.',
    };
  }
}

let boot: PopupBoot | undefined;

/** Starts (once) everything the popup reads; the reads run while React renders. */
export function startPopupBoot(): PopupBoot {
  if (boot) return boot;
  const early = startEarlyReads();
  const drafts = createDraftStore(undefined, early.drafts);
  const draftsLoaded = drafts.preload().catch(() => undefined);
  const settled: NonNullable<PopupBoot['settled']> = {};
  boot = {
    tab: Promise.all([resolveTab(), draftsLoaded]).then(([tab]) => (settled.tab = tab)),
    partners: readRpcReply<'partners.list'>(early.partners).then(
      (partners) => (settled.partners = { partners, error: null }),
      (reason: unknown) =>
        (settled.partners = {
          partners: [],
          error: reason instanceof Error ? reason.message : 'Partners could not be loaded.',
        }),
    ),
    drafts,
    settled,
  };
  return boot;
}
