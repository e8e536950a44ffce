import { browser } from 'wxt/browser';
import { detectContext } from '@/lib/hosts/detect';
import { itemKeyOf } from '@/lib/hosts/item-key';
import { RPC_KIND } from '@/lib/messaging/kind';
import type { HostContext } from '@/lib/model/host-context';
import type { JiraSite } from '@/lib/model/jira-site';

/**
 * The popup's first reads, started by the page's entry before React, zod and the components
 * are even loaded (evaluating those takes tens of milliseconds; the reads run meanwhile in the
 * browser and the background). Kept free of zod and React on purpose: this module and its
 * imports are all that runs before the reads start. Nothing here is trusted yet: the RPC
 * replies and the stored drafts are raw, and popup-boot.ts validates them.
 */

/** The storage keys of `lib/feedback/draft-store.ts` and `lib/hosts/jira-sites-store.ts`. */
const DRAFTS_KEY = 'feedbackDrafts';
const JIRA_SITES_KEY = 'jiraDataCenterSites';

export type TabRead =
  | { found: false }
  | {
      found: true;
      tabId: number;
      tabUrl?: string;
      tabTitle?: string;
      context: HostContext;
      /** Raw RPC replies, validated by popup-boot.ts. */
      view: unknown;
      cached: unknown;
    };

export interface EarlyReads {
  tab: Promise<TabRead>;
  partners: Promise<unknown>;
  drafts: Promise<unknown>;
}

/** A background call whose reply is read later (`readRpcResponse`). */
function send(method: string, params: unknown): Promise<unknown> {
  return browser.runtime.sendMessage({ kind: RPC_KIND, method, params });
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

/** Self-hosted Jira sites are rare: validating them (zod) is loaded only when there are some. */
async function jiraSites(stored: Promise<Record<string, unknown>>): Promise<JiraSite[]> {
  const raw = (await stored)[JIRA_SITES_KEY];
  if (!Array.isArray(raw) || raw.length === 0) return [];
  const { readJiraSites } = await import('@/lib/hosts/jira-sites-store');
  return readJiraSites();
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
async function readTab(stored: Promise<Record<string, unknown>>): Promise<TabRead> {
  const [tab, jiraDataCenter] = await Promise.all([targetTab(), jiraSites(stored)]);
  const detected = tab?.url ? detectContext(tab.url, { jiraDataCenter }) : null;
  if (tab?.id === undefined || !detected) return { found: false };
  let context = detected;
  if (needsEnrichment(detected)) {
    // Loaded only when needed: it brings the tracker clients along.
    const { enrichContext } = await import('@/lib/hosts/enrich-context');
    context = await enrichContext(detected, new AbortController().signal).catch(() => detected);
  }
  const key = itemKeyOf(context);
  const [view, cached] = await Promise.all([
    send('context.resolve', { context }),
    key
      ? send('workItems.get', { tool: context.tool, site: context.site, key }).catch(() => null)
      : null,
  ]);
  return {
    found: true,
    tabId: tab.id,
    tabUrl: tab.url,
    tabTitle: tab.title,
    context,
    view,
    cached,
  };
}

let early: EarlyReads | undefined;

/** Starts (once) the popup's reads. */
export function startEarlyReads(): EarlyReads {
  if (early) return early;
  const stored = browser.storage.local.get([DRAFTS_KEY, JIRA_SITES_KEY]);
  early = {
    tab: readTab(stored),
    partners: send('partners.list', {}),
    drafts: stored.then((values) => values[DRAFTS_KEY]),
  };
  // Each is awaited later by popup-boot.ts; do not let one reject unobserved meanwhile.
  for (const read of Object.values(early)) void read.catch(() => undefined);
  return early;
}
