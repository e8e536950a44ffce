import { browser } from 'wxt/browser';
import { createHandlers } from '@/lib/background/handlers';
import {
  createDatabaseProvider,
  createRepositoryProvider,
  createWorkItemCacheProvider,
} from '@/lib/background/repository-provider';
import { isSupportedHostUrl } from '@/lib/hosts/supported-host';
import { isRpcRequest } from '@/lib/messaging/envelope';
import type { MappingPrefill } from '@/lib/messaging/methods';
import { createRpcRouter } from '@/lib/messaging/router';

const SIDEBAR_SCRIPT = '/content-scripts/sidebar.js';

function optionsUrl(prefill?: MappingPrefill): string {
  const base = browser.runtime.getURL('/options.html');
  if (!prefill) return base;
  const query = new URLSearchParams({ tool: prefill.tool, site: prefill.site, id: prefill.id });
  return `${base}#/map?${query.toString()}`;
}

export default defineBackground(() => {
  const database = createDatabaseProvider();
  const handlers = createHandlers({
    repositories: createRepositoryProvider(database),
    workItemCache: createWorkItemCacheProvider(database),
    injectSidebar: async (tabId, frameId) => {
      await browser.scripting.executeScript({
        target: { tabId, frameIds: [frameId] },
        files: [SIDEBAR_SCRIPT],
      });
    },
    openOptions: async (prefill) => {
      await browser.tabs.create({ url: optionsUrl(prefill) });
    },
    tabUrl: async (tabId) => (await browser.tabs.get(tabId)).url,
  });
  const route = createRpcRouter(handlers, {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/').replace(/\/$/, ''),
    isSupportedHostUrl,
  });

  browser.runtime.onMessage.addListener((message, sender) => {
    // Leave messages that are not ours unanswered so other listeners can reply.
    if (!isRpcRequest(message)) return undefined;
    return route(message, sender);
  });
});
