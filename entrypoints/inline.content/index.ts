import { ASANA_SELECTORS } from '@/lib/hosts/asana/selectors';
import { JIRA_SELECTORS } from '@/lib/hosts/jira/selectors';
import { TRELLO_SELECTORS } from '@/lib/hosts/trello/selectors';
import type { PageScope } from '@/lib/overlay/inline/anchors';
import { bringSidebar } from '@/lib/overlay/bring-sidebar';
import { fetchInlineTags } from '@/lib/overlay/inline/inline-rpc';
import { startInlineTags } from '@/lib/overlay/inline/inline-tags';
import { readPageScope } from '@/lib/overlay/inline/page-scope';
import { onLocationChange } from '@/lib/overlay/location-changes';
import { readShellMode } from '@/lib/overlay/shell-mode';
import { INLINE_STARTED_FLAG, SIDEBAR_MOUNTED_FLAG } from '@/lib/overlay/sidebar-events';
import { mountSidebarShell } from '@/lib/overlay/sidebar-shell';
import frameCss from '@/lib/overlay/sidebar-frame.css?inline';

const INLINE_FLAG = INLINE_STARTED_FLAG;
type FlaggedWindow = Window & { [INLINE_FLAG]?: boolean; [SIDEBAR_MOUNTED_FLAG]?: boolean };

const SELECTORS = { jira: JIRA_SELECTORS, asana: ASANA_SELECTORS, trello: TRELLO_SELECTORS };

/**
 * Chips beside item titles and badges on board cards (plain DOM, no React, no zod). The
 * background injects it only on sites where something is mapped, so elsewhere no observer
 * ever runs. Best effort: a page whose markup matches no anchor simply shows none.
 *
 * It also draws the sidebar's plain-DOM shell: the slim tab on a board or project page (the
 * background injects the React sidebar there only when the tab is used or an item opens), the
 * loading panel on an item page while the sidebar bundle is evaluated.
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

    // The sidebar before React: what the background chose (shell-mode.ts), unless it is here.
    const shell = readShellMode(window);
    if (shell && !flagged[SIDEBAR_MOUNTED_FLAG]) {
      mountSidebarShell(document, window, {
        mode: shell,
        css: frameCss,
        open: bringSidebar,
        signal: ctx.signal,
      });
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
          onOpenSidebar: bringSidebar,
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
