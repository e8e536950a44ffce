import { ASANA_SELECTORS } from '@/lib/hosts/asana/selectors';
import { JIRA_SELECTORS } from '@/lib/hosts/jira/selectors';
import { TRELLO_SELECTORS } from '@/lib/hosts/trello/selectors';
import type { PageScope } from '@/lib/overlay/inline/anchors';
import { bringSidebar } from '@/lib/overlay/bring-sidebar';
import { fetchInlineTags } from '@/lib/overlay/inline/inline-rpc';
import { startInlineTags } from '@/lib/overlay/inline/inline-tags';
import { jiraDataCenterOf, readPageScope } from '@/lib/overlay/inline/page-scope';
import { onLocationChange } from '@/lib/overlay/location-changes';
import { SIDEBAR_MOUNTED_FLAG } from '@/lib/overlay/sidebar-events';
import { mountSlimTab } from '@/lib/overlay/slim-tab';
import slimTabCss from '@/lib/overlay/slim-tab.css?inline';
import { detectContext } from '@/lib/hosts/detect';
import { itemKeyOf } from '@/lib/hosts/item-key';

const INLINE_FLAG = '__partnerLensInlineStarted';
type FlaggedWindow = Window & { [INLINE_FLAG]?: boolean; [SIDEBAR_MOUNTED_FLAG]?: boolean };

const SELECTORS = { jira: JIRA_SELECTORS, asana: ASANA_SELECTORS, trello: TRELLO_SELECTORS };

/**
 * Chips beside item titles and badges on board cards (plain DOM, no React, no zod). The
 * background injects it only on sites where something is mapped, so elsewhere no observer
 * ever runs. Best effort: a page whose markup matches no anchor simply shows none.
 *
 * On a board or project page (no item open) it also shows the sidebar's slim tab: the
 * background injects the React sidebar there only when the tab is used or an item opens.
 */
export default defineContentScript({
  matches: ['https://*.atlassian.net/*', 'https://app.asana.com/*', 'https://trello.com/*'],
  registration: 'runtime',
  main(ctx) {
    const flagged = window as FlaggedWindow;
    if (flagged[INLINE_FLAG]) return;
    flagged[INLINE_FLAG] = true;
    ctx.onInvalidated(() => {
      flagged[INLINE_FLAG] = false;
    });

    let page: PageScope | null = null;
    let navigation: AbortController | null = null;
    let refresh: (() => void) | null = null;

    const openSidebar = () => void bringSidebar().catch(() => undefined);

    const context = detectContext(location.href, {
      jiraDataCenter: jiraDataCenterOf(document, location.origin),
    });
    if (context && !itemKeyOf(context) && !flagged[SIDEBAR_MOUNTED_FLAG]) {
      mountSlimTab(document, window, { css: slimTabCss, open: bringSidebar, signal: ctx.signal });
    }

    const follow = async (href: string) => {
      navigation?.abort();
      const current = new AbortController();
      navigation = current;
      ctx.signal.addEventListener('abort', () => current.abort(), { once: true });
      page = null;
      const next = await readPageScope(href, document, current.signal);
      if (current.signal.aborted) return;
      page = next;
      if (!page) return;
      if (!refresh) {
        refresh = startInlineTags({
          root: document,
          selectors: SELECTORS[page.context.tool],
          page: () => page,
          fetchTags: (scope, items) =>
            fetchInlineTags(scope.context.tool, scope.context.site, items),
          onOpenSidebar: openSidebar,
          signal: ctx.signal,
        });
      } else {
        refresh();
      }
    };

    void follow(location.href);
    onLocationChange(ctx, (url) => void follow(url));
    ctx.addEventListener(document, 'visibilitychange', () => {
      if (document.visibilityState === 'visible') refresh?.();
    });
  },
});
