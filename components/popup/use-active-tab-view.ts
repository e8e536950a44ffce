import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { detectContext } from '@/lib/hosts/detect';
import { readJiraSites } from '@/lib/hosts/jira-sites-store';
import { enrichContext } from '@/lib/hosts/enrich-context';
import { callBackground } from '@/lib/messaging/client';
import type { ContextView } from '@/lib/messaging/methods';

export type ActiveTabState =
  | { status: 'loading' }
  | { status: 'no-context' }
  | { status: 'ready'; tabId: number; view: ContextView }
  | { status: 'error'; message: string };

/**
 * The partner behind the active tab. The popup sees the tab's URL only on tracker hosts
 * (host permissions), which is exactly where a context can exist.
 */
export function useActiveTabView(): ActiveTabState {
  const [state, setState] = useState<ActiveTabState>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    void (async () => {
      try {
        const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
        const jiraDataCenter = await readJiraSites();
        const detected = tab?.url ? detectContext(tab.url, { jiraDataCenter }) : null;
        if (!tab?.id || !detected) return setState({ status: 'no-context' });
        const context = await enrichContext(detected, controller.signal).catch(() => detected);
        const view = await callBackground('context.resolve', { context });
        if (!controller.signal.aborted) setState({ status: 'ready', tabId: tab.id, view });
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
