/**
 * Signals between the inline script and the sidebar bundle, which the background injects into
 * the same isolated world. Kept free of zod: the inline script imports it.
 */

/**
 * Dispatched on `window` by an inline chip: the sidebar opens its panel. The shared open state
 * is set too, so a sidebar injected afterwards opens as well.
 */
export const OPEN_SIDEBAR_EVENT = 'partner-lens:open-sidebar';

/** Set on the isolated world's `window` while the sidebar bundle is mounted in the page. */
export const SIDEBAR_MOUNTED_FLAG = '__partnerLensSidebarMounted';

/**
 * Dispatched on `window` once the sidebar bundle has mounted: the plain-DOM slim tab of board
 * pages (slim-tab.ts) steps aside for it.
 */
export const SIDEBAR_MOUNTED_EVENT = 'partner-lens:sidebar-mounted';

/** The shadow host of the plain-DOM slim tab (board and project pages, before the sidebar). */
export const SLIM_TAB_TAG = 'partner-lens-tab';
