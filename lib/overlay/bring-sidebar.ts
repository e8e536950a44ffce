import { browser } from 'wxt/browser';
import { requestSidebar } from './inline/inline-rpc';
import { OPEN_SIDEBAR_EVENT, SIDEBAR_MOUNTED_FLAG, SIDEBAR_OPEN_KEY } from './sidebar-events';

type FlaggedWindow = Window & { [SIDEBAR_MOUNTED_FLAG]?: boolean };

/**
 * Opens the sidebar from a plain-DOM part of the page (a chip, the slim tab): the shared open
 * state is set first, so a sidebar injected now starts open; one already in the page opens
 * on the event.
 */
export async function bringSidebar(): Promise<void> {
  await browser.storage.local.set({ [SIDEBAR_OPEN_KEY]: true });
  window.dispatchEvent(new CustomEvent(OPEN_SIDEBAR_EVENT));
  if (!(window as FlaggedWindow)[SIDEBAR_MOUNTED_FLAG]) await requestSidebar();
}
