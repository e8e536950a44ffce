import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { RPC_KIND } from '../messaging/kind';
import { onLocationChange } from './location-changes';
import { INLINE_STARTED_FLAG } from './sidebar-events';

/**
 * The whole job of the always-loaded content script: tell the background which page is open,
 * on load and after each in-app navigation, until the background has injected the sidebar
 * (which then follows navigation itself). It deliberately avoids React and zod so that every
 * tracker page pays almost nothing; the only value read back is checked by hand.
 */
export function announcePageVisits(ctx: ContentScriptContext): void {
  let sidebarInjected = false;
  const announce = async (url: string) => {
    if (sidebarInjected || ctx.isInvalid) return;
    try {
      const response: unknown = await browser.runtime.sendMessage({
        kind: RPC_KIND,
        method: 'page.visit',
        params: {
          url,
          inlineStarted:
            (window as unknown as Record<string, unknown>)[INLINE_STARTED_FLAG] === true,
        },
      });
      sidebarInjected = isSidebarInjected(response);
    } catch {
      // The extension was reloaded or is updating; the next navigation tries again.
    }
  };
  void announce(location.href);
  onLocationChange(ctx, (url) => void announce(url));
}

function isSidebarInjected(response: unknown): boolean {
  if (typeof response !== 'object' || response === null) return false;
  const { ok, result } = response as { ok?: unknown; result?: unknown };
  return (
    ok === true &&
    typeof result === 'object' &&
    result !== null &&
    (result as { sidebar?: unknown }).sidebar === true
  );
}
