import { bringSidebar } from '@/lib/overlay/bring-sidebar';
import { SIDEBAR_MOUNTED_FLAG } from '@/lib/overlay/sidebar-events';
import { mountSlimTab } from '@/lib/overlay/slim-tab';
import css from '@/lib/overlay/slim-tab.css?inline';

const SLIM_TAB_FLAG = '__partnerLensSlimTab';
type FlaggedWindow = Window & { [SLIM_TAB_FLAG]?: boolean; [SIDEBAR_MOUNTED_FLAG]?: boolean };

/**
 * The slim tab of board and project pages (plain DOM, no React, no zod), injected by the
 * background instead of the sidebar bundle where no item is open; the sidebar loads when
 * the tab is used, or when the user opens an item.
 */
export default defineContentScript({
  matches: ['https://*.atlassian.net/*', 'https://app.asana.com/*', 'https://trello.com/*'],
  registration: 'runtime',
  main(ctx) {
    const flagged = window as FlaggedWindow;
    if (flagged[SLIM_TAB_FLAG] || flagged[SIDEBAR_MOUNTED_FLAG]) return;
    flagged[SLIM_TAB_FLAG] = true;
    ctx.onInvalidated(() => {
      flagged[SLIM_TAB_FLAG] = false;
    });
    mountSlimTab(document, window, { css, open: bringSidebar, signal: ctx.signal });
  },
});
