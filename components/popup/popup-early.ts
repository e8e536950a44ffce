import { browser } from 'wxt/browser';
import { detectContext } from '@/lib/hosts/detect';
import { itemKeyOf } from '@/lib/hosts/item-key';
import { needsEnrichment } from '@/lib/hosts/needs-enrichment';
import { FEEDBACK_DRAFTS_KEY } from '@/lib/feedback/draft-schema';
import { POPUP_SNAPSHOTS_KEY, snapshotEntryFor } from '@/lib/feedback/popup-snapshot-prefill';
import { RPC_KIND } from '@/lib/messaging/kind';
import type { HostContext } from '@/lib/model/host-context';
import type { JiraSite } from '@/lib/model/jira-site';

/**
 * The popup's first reads, started by the page's entry before React, zod and the components
 * are even loaded (evaluating those takes tens of milliseconds; the reads run meanwhile in the
 * browser and the background). Kept free of React and of zod's full build on purpose: this
 * module and its imports are all that runs before the reads start. Nothing here is trusted
 * yet: the RPC replies and the stored drafts are raw, and popup-boot.ts validates them.
 */

/** The storage key of `lib/hosts/jira-sites-store.ts`. */
const JIRA_SITES_KEY = 'jiraDataCenterSites';

/** The background's answers about a page: raw RPC replies, validated by popup-boot.ts. */
export interface BackgroundRead {
  context: HostContext;
  view: unknown;
  cached: unknown;
}

export type TabRead =
  | { found: false }
  | {
      found: true;
      tabId: number;
      tabUrl: string;
      tabTitle?: string;
      /** What the URL tells (before any tracker read). */
      detected: HostContext;
      /**
       * This tab's stored snapshot (raw, checked by its users) when it was taken for this very
       * URL; the background is then not asked unless it is unusable.
       */
      snapshot?: unknown;
      /** Asks the background (once); already under way when there is no snapshot. */
      fromBackground(): Promise<BackgroundRead>;
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

/** The partner and item behind a page, from the background (after a tracker read if needed). */
async function readFromBackground(detected: HostContext): Promise<BackgroundRead> {
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
  return { context, view, cached };
}

/**
 * The partner and item behind the popup's tab. The popup sees the tab's URL only on tracker
 * hosts (host permissions), which is exactly where a context can exist.
 */
async function readTab(
  stored: Promise<Record<string, unknown>>,
  snapshots: Promise<unknown>,
): Promise<TabRead> {
  const [tab, jiraDataCenter, taken] = await Promise.all([
    targetTab(),
    jiraSites(stored),
    snapshots,
  ]);
  const detected = tab?.url ? detectContext(tab.url, { jiraDataCenter }) : null;
  if (tab?.id === undefined || !tab.url || !detected) return { found: false };
  let background: Promise<BackgroundRead> | undefined;
  const fromBackground = () => (background ??= readFromBackground(detected));
  const snapshot = snapshotEntryFor(taken, tab.id, tab.url);
  if (snapshot === undefined) void fromBackground().catch(() => undefined);
  return {
    found: true,
    tabId: tab.id,
    tabUrl: tab.url,
    tabTitle: tab.title,
    detected,
    ...(snapshot !== undefined ? { snapshot } : {}),
    fromBackground,
  };
}

let early: EarlyReads | undefined;

/** Starts (once) the popup's reads. */
export function startEarlyReads(): EarlyReads {
  if (early) return early;
  const stored = browser.storage.local.get([FEEDBACK_DRAFTS_KEY, JIRA_SITES_KEY]);
  // What the background took for the tab's page when it was visited: one read, no round trip
  // through the background (whose answers reach a page that is still starting up late).
  const snapshots = browser.storage.session.get(POPUP_SNAPSHOTS_KEY).then(
    (values) => values[POPUP_SNAPSHOTS_KEY],
    () => undefined,
  );
  early = {
    tab: readTab(stored, snapshots),
    partners: send('partners.list', {}),
    drafts: stored.then((values) => values[FEEDBACK_DRAFTS_KEY]),
  };
  // Each is awaited later by popup-boot.ts; do not let one reject unobserved meanwhile.
  for (const read of Object.values(early)) void read.catch(() => undefined);
  return early;
}
