import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { detectContext } from '@/lib/hosts/detect';
import { readJiraSites } from '@/lib/hosts/jira-sites-store';
import { enrichContext } from '@/lib/hosts/enrich-context';
import { itemKeyOf } from '@/lib/hosts/item-key';
import type { ItemRef } from '@/lib/feedback/feedback-target';
import { itemRefFor } from '@/lib/feedback/item-prefill';
import { callBackground } from '@/lib/messaging/client';
import type { ContextView } from '@/lib/messaging/methods';

export type ActiveTabState =
  | { status: 'loading' }
  | { status: 'no-context' }
  | { status: 'ready'; tabId: number; view: ContextView; item?: ItemRef }
  | { status: 'error'; message: string };

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

/**
 * The partner and item behind the popup's tab. The popup sees the tab's URL only on tracker
 * hosts (host permissions), which is exactly where a context can exist.
 */
export function useActiveTabView(): ActiveTabState {
  const [state, setState] = useState<ActiveTabState>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    void (async () => {
      try {
        const [tab, jiraDataCenter] = await Promise.all([targetTab(), readJiraSites()]);
        const detected = tab?.url ? detectContext(tab.url, { jiraDataCenter }) : null;
        if (tab?.id === undefined || !detected) return setState({ status: 'no-context' });
        const context = await enrichContext(detected, controller.signal).catch(() => detected);
        const key = itemKeyOf(context);
        const [view, cached] = await Promise.all([
          callBackground('context.resolve', { context }),
          key
            ? callBackground('workItems.get', {
                tool: context.tool,
                site: context.site,
                key,
              }).catch(() => null)
            : null,
        ]);
        if (controller.signal.aborted) return;
        const item = itemRefFor(context, { tabUrl: tab.url, tabTitle: tab.title, cached });
        setState({ status: 'ready', tabId: tab.id, view, item });
      } catch (error) {
        if (controller.signal.aborted) return;
        setState({
          status: 'error',
          message: error instanceof Error ? error.message : 'Could not read the current tab.',
        });
      }
    })();
    return () => controller.abort();
  }, []);
  return state;
}
