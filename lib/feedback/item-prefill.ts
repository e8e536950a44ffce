import { itemKeyOf } from '../hosts/item-key';
import { itemTitleFromTab } from '../hosts/item-title-from-tab';
import type { HostContext } from '../model/host-context';
import type { ItemRef } from './feedback-target';

/** What the popup knows of the tab and of the cached copy of its item. */
export interface ItemSources {
  tabUrl?: string;
  tabTitle?: string;
  cached?: { title: string; url: string } | null;
}

function httpsUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The item a page shows, for the feedback prefill: key and tool from the URL, title and
 * link from the cached item when the sidebar has read it, else from the tab.
 */
export function itemRefFor(context: HostContext, sources: ItemSources): ItemRef | undefined {
  const key = itemKeyOf(context);
  if (!key) return undefined;
  const title = sources.cached?.title.trim() || itemTitleFromTab(context, sources.tabTitle);
  const url = httpsUrl(sources.cached?.url) ?? httpsUrl(sources.tabUrl);
  return {
    tool: context.tool,
    site: context.site,
    key,
    ...(url ? { url } : {}),
    ...(title ? { title: title.slice(0, 500) } : {}),
  };
}
