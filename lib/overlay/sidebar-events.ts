/**
 * Signals between the inline script and the sidebar bundle, which the background injects into
 * the same isolated world. Kept free of zod: the inline script imports it.
 */

/**
 * Set on the isolated world's `window` once the inline script runs in the page: the announce
 * script tells the background, which then need not inject it again on in-app navigation.
 */
export const INLINE_STARTED_FLAG = '__partnerLensInlineStarted';

/** Set on the isolated world's `window` while the sidebar bundle is mounted in the page. */
export const SIDEBAR_MOUNTED_FLAG = '__partnerLensSidebarMounted';

/**
 * Dispatched on `window` (cancelable) as the sidebar bundle mounts: the plain-DOM shell
 * (sidebar-shell.ts: the slim tab, or the loading frame) steps aside for it, and cancels the
 * event when it had the focus, so the sidebar takes it over.
 */
export const SIDEBAR_MOUNTED_EVENT = 'partner-lens:sidebar-mounted';

/** The shadow host of the plain-DOM shell: the slim tab, or the loading panel, before the sidebar. */
export const SIDEBAR_SHELL_TAG = 'partner-lens-shell';

/** The storage key (`local:` area) of the shared open state (sidebar-open-state.ts). */
export const SIDEBAR_OPEN_KEY = 'sidebar.open';

/** Said beside a chip or the slim tab when the sidebar could not be brought in. */
export const SIDEBAR_OPEN_FAILED =
  'Partner Lens could not open here. Reload the page and try again.';
