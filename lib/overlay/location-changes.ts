import type { ContentScriptContext } from 'wxt/utils/content-script-context';

interface NavigationLike extends EventTarget {
  addEventListener(
    type: 'navigatesuccess',
    listener: () => void,
    options?: AddEventListenerOptions,
  ): void;
}

/**
 * Calls `listener` with the new URL after every in-app navigation (`history.pushState`,
 * `replaceState`, back/forward). None of the trackers fires its own event, so this uses the
 * Navigation API's `navigatesuccess` (fires after the URL changed; `navigate` fires before)
 * and falls back to WXT's `wxt:locationchange` where the API is missing (older Firefox).
 * Listeners are removed when the content script context is invalidated.
 */
export function onLocationChange(ctx: ContentScriptContext, listener: (url: string) => void): void {
  let lastUrl = location.href;
  const notify = () => {
    if (location.href === lastUrl) return;
    lastUrl = location.href;
    listener(lastUrl);
  };
  const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
  if (navigation && typeof navigation.addEventListener === 'function') {
    navigation.addEventListener('navigatesuccess', notify, { signal: ctx.signal });
  } else {
    ctx.addEventListener(window, 'wxt:locationchange', notify);
  }
}
