import { browser } from 'wxt/browser';
import { createDraftStore, type DraftStore } from '@/lib/feedback/draft-store';
import type { ItemRef } from '@/lib/feedback/feedback-target';
import { itemRefFor } from '@/lib/feedback/item-prefill';
import { detectContext } from '@/lib/hosts/detect';
import { itemKeyOf } from '@/lib/hosts/item-key';
import { readJiraSites } from '@/lib/hosts/jira-sites-store';
import { callFromPopup } from './popup-rpc';
import type { ContextView } from '@/lib/messaging/context-view';
import type { HostContext } from '@/lib/model/host-context';
import type { Partner } from '@/lib/model/partner';

export type ActiveTabState =
  | { status: 'loading' }
  | { status: 'no-context' }
  | { status: 'ready'; tabId: number; view: ContextView; item?: ItemRef }
  | { status: 'error'; message: string };

export type PartnersState = { partners: Partner[]; error: string | null };

/** What the popup reads before it can be used; started before React's first render. */
export interface PopupBoot {
  tab: Promise<Exclude<ActiveTabState, { status: 'loading' }>>;
  partners: Promise<PartnersState>;
  drafts: DraftStore;
}

/**
 * The tab the popup is about: `popup.html?tab=<id>` (opened from the context menu in a
 * window of its own, where the active tab is the popup itself), else the active tab.
 */
export function requestedTabId(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (!raw || !/^\d{1,10}$/.test(raw)) return null;
  return Number(raw);
}

async function targetTab() {
  const requested = requestedTabId(location.search);
  if (requested !== null) return browser.tabs.get(requested).catch(() => undefined);
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab;
}

/** A Trello card or an Asana task URL without its board/project needs one tracker read. */
function needsEnrichment(context: HostContext): boolean {
  return (
    (context.tool === 'trello' && !!context.cardShortLink && !context.boardShortLink) ||
    (context.tool === 'asana' && !!context.taskGid && !context.projectGid)
  );
}

/**
 * The partner and item behind the popup's tab. The popup sees the tab's URL only on tracker
 * hosts (host permissions), which is exactly where a context can exist.
 */
async function resolveTab(): Promise<Exclude<ActiveTabState, { status: 'loading' }>> {
  try {
    const [tab, jiraDataCenter] = await Promise.all([targetTab(), readJiraSites()]);
    const detected = tab?.url ? detectContext(tab.url, { jiraDataCenter }) : null;
    if (tab?.id === undefined || !detected) return { status: 'no-context' };
    let context = detected;
    if (needsEnrichment(detected)) {
      // Loaded only when needed: it brings the tracker clients along.
      const { enrichContext } = await import('@/lib/hosts/enrich-context');
      context = await enrichContext(detected, new AbortController().signal).catch(() => detected);
    }
    const key = itemKeyOf(context);
    const [view, cached] = await Promise.all([
      callFromPopup('context.resolve', { context }),
      key
        ? callFromPopup('workItems.get', { tool: context.tool, site: context.site, key }).catch(
            () => null,
          )
        : null,
    ]);
    const item = itemRefFor(context, { tabUrl: tab.url, tabTitle: tab.title, cached });
    return { status: 'ready', tabId: tab.id, view, item };
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
  const drafts = createDraftStore();
  void drafts.preload().catch(() => undefined);
  boot = {
    tab: resolveTab(),
    partners: callFromPopup('partners.list', {}).then(
      (partners) => ({ partners, error: null }),
      (reason: unknown) => ({
        partners: [],
        error: reason instanceof Error ? reason.message : 'Partners could not be loaded.',
      }),
    ),
    drafts,
  };
  return boot;
}
