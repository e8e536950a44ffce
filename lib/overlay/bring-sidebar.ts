import { browser } from 'wxt/browser';
import { requestSidebar } from './inline/inline-rpc';
import { SIDEBAR_MOUNTED_FLAG, SIDEBAR_OPEN_KEY } from './sidebar-events';

type FlaggedWindow = Window & { [SIDEBAR_MOUNTED_FLAG]?: boolean };

/**
 * Opens the sidebar from a plain-DOM part of the page (a chip, the slim tab) by setting the
 * shared open state: a sidebar injected now starts open, and one already in the page follows
 * the state (`watchSidebarOpen`).
 */
export async function bringSidebar(): Promise<void> {
  await browser.storage.local.set({ [SIDEBAR_OPEN_KEY]: true });
  if (!(window as FlaggedWindow)[SIDEBAR_MOUNTED_FLAG]) await requestSidebar();
}
