import '@/lib/model/zod-jitless';
import { browser } from 'wxt/browser';
import { createHandlers } from '@/lib/background/handlers';
import { createPopupSnapshotStore } from '@/lib/background/popup-snapshots';
import {
  createDatabaseProvider,
  createRepositoryProvider,
  createWorkItemCacheProvider,
} from '@/lib/background/repository-provider';
import { createJiraSitesService } from '@/lib/background/jira-sites-service';
import { createKpiService } from '@/lib/background/kpi-service';
import {
  listenForNudgeNotificationClicks,
  notifyNudges,
  pendingSubjectsStore,
  setNudgeBadge,
} from '@/lib/background/nudge-browser';
import { createNudgeService } from '@/lib/background/nudge-service';
import { createFeedbackContextMenu } from '@/lib/background/feedback-context-menu';
import { optionsUrl } from '@/lib/background/options-url';
import { watchJiraSites } from '@/lib/hosts/jira-sites-store';
import { isSupportedHostUrl } from '@/lib/hosts/supported-host';
import { isRpcRequest } from '@/lib/messaging/envelope';
import { createRpcRouter } from '@/lib/messaging/router';
import { detectContext } from '@/lib/hosts/detect';
import {
  SIDEBAR_COMMAND_KIND,
  TOGGLE_SIDEBAR_COMMAND,
  type SidebarCommand,
} from '@/lib/overlay/sidebar-commands';
import { readSidebarOpen, writeSidebarOpen } from '@/lib/overlay/sidebar-open-state';
import { readSidebarWidth } from '@/lib/overlay/sidebar-width';
import { SHELL_MODE_GLOBAL } from '@/lib/overlay/shell-mode';

const SIDEBAR_SCRIPT = '/content-scripts/sidebar.js';
const INLINE_SCRIPT = '/content-scripts/inline.js';
const KPI_ALARM = 'kpis-daily';
/** Day boundaries and snoozes end without any data changing, so reminders are re-checked hourly. */
const NUDGE_ALARM = 'nudges';
const NUDGE_ALARM_MINUTES = 60;

export default defineBackground(() => {
  const database = createDatabaseProvider();
  const jiraSites = createJiraSitesService({
    getRegisteredContentScripts: (filter) => browser.scripting.getRegisteredContentScripts(filter),
    registerContentScripts: (scripts) => browser.scripting.registerContentScripts(scripts),
    unregisterContentScripts: (filter) => browser.scripting.unregisterContentScripts(filter),
    hasOriginPermission: (pattern) => browser.permissions.contains({ origins: [pattern] }),
  });
  // Registrations persist, but a permission revoked in the browser's settings must end them.
  void jiraSites.resync();

  // "Give feedback on this item" on tracker pages (menus persist, so they are made on
  // install and start-up, and again when the self-hosted Jira sites change).
  const feedbackMenu = createFeedbackContextMenu({
    removeAll: () => browser.contextMenus.removeAll(),
    create: (properties) =>
      new Promise((resolve, reject) => {
        browser.contextMenus.create(properties, () => {
          const error = browser.runtime.lastError;
          if (error) reject(new Error(error.message));
          else resolve();
        });
      }),
    manifestHostPatterns: () => browser.runtime.getManifest().host_permissions ?? [],
    jiraSites: () => jiraSites.list(),
    openPopup: () => browser.action.openPopup(),
    openWindow: async ({ url, width, height }) => {
      await browser.windows.create({ url, type: 'popup', width, height });
    },
    extensionUrl: (path) => browser.runtime.getURL(path as '/popup.html'),
  });
  const ensureMenu = () => void feedbackMenu.ensure().catch(() => undefined);
  browser.runtime.onInstalled.addListener(ensureMenu);
  browser.runtime.onStartup.addListener(ensureMenu);
  watchJiraSites(ensureMenu);
  browser.permissions.onRemoved.addListener(() => {
    void jiraSites.resync();
    ensureMenu();
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    void feedbackMenu.onClicked(info, tab).catch(() => undefined);
  });
  const repositories = createRepositoryProvider(database);
  const workItemCache = createWorkItemCacheProvider(database);
  const now = () => new Date();
  const timeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
  const kpis = createKpiService({ repositories, workItemCache, now, timeZone });
  const nudges = createNudgeService({
    repositories,
    now,
    timeZone,
    setBadge: setNudgeBadge,
    notify: notifyNudges,
    pendingSubjects: pendingSubjectsStore,
  });
  // The badge is not kept by the browser across restarts: set it as the worker starts.
  nudges.changed();
  listenForNudgeNotificationClicks(async (subject) =>
    (await nudges.refresh()).find((nudge) => nudge.subject === subject),
  );
  // KPIs are recorded at least daily, besides whenever new tracker data arrives.
  void browser.alarms.create(KPI_ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 1 });
  // Created once: re-creating it on every worker start would push its first run back each time.
  void browser.alarms.get(NUDGE_ALARM).then((alarm) => {
    if (!alarm) void browser.alarms.create(NUDGE_ALARM, { periodInMinutes: NUDGE_ALARM_MINUTES });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === KPI_ALARM) {
      void kpis.recordAll().then(nudges.changed, () => undefined);
    }
    if (alarm.name === NUDGE_ALARM) nudges.changed();
  });
  const handlers = createHandlers({
    repositories,
    workItemCache,
    kpis,
    nudges,
    onDataChanged: nudges.changed,
    popupSnapshots: createPopupSnapshotStore(),
    now,
    timeZone,
    injectSidebar: async (tabId, frameId) => {
      await browser.scripting.executeScript({
        target: { tabId, frameIds: [frameId] },
        files: [SIDEBAR_SCRIPT],
      });
    },
    injectInline: async (tabId, frameId, shell) => {
      const target = { tabId, frameIds: [frameId] };
      // The shell's mode first, into the same isolated world, where the script reads it at
      // once. Both are sent without waiting in between: the tab runs them in order.
      await Promise.all([
        browser.scripting.executeScript({
          target,
          func: (key: string, mode: unknown) => {
            (window as unknown as Record<string, unknown>)[key] = mode;
          },
          args: [SHELL_MODE_GLOBAL, shell],
        }),
        browser.scripting.executeScript({ target, files: [INLINE_SCRIPT] }),
      ]);
    },
    sidebarState: async () => {
      const [open, width] = await Promise.all([readSidebarOpen(), readSidebarWidth()]);
      return { open, width };
    },
    openOptions: async (target) => {
      await browser.tabs.create({
        url: optionsUrl(browser.runtime.getURL('/options.html'), target),
      });
    },
    tabUrl: async (tabId) => (await browser.tabs.get(tabId)).url,
    jiraSites,
  });
  const route = createRpcRouter(handlers, {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/').replace(/\/$/, ''),
    isSupportedHostUrl: async (url) =>
      isSupportedHostUrl(url) ||
      (await jiraSites.list()).some((site) => url.startsWith(`${site.origin}/`)),
  });

  // The keyboard shortcut: toggle the sidebar that is there, or bring it in open.
  browser.commands.onCommand.addListener((command) => {
    if (command !== TOGGLE_SIDEBAR_COMMAND) return;
    void (async () => {
      const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
      if (tab?.id === undefined || !tab.url) return;
      const jiraDataCenter = await jiraSites.list();
      if (!detectContext(tab.url, { jiraDataCenter }) && !isSupportedHostUrl(tab.url)) return;
      const toggle: SidebarCommand = { kind: SIDEBAR_COMMAND_KIND, command: 'toggle' };
      try {
        await browser.tabs.sendMessage(tab.id, toggle);
      } catch {
        // No sidebar in the page yet: open it there.
        await writeSidebarOpen(true);
        await browser.scripting.executeScript({
          target: { tabId: tab.id },
          files: [SIDEBAR_SCRIPT],
        });
      }
    })();
  });

  browser.runtime.onMessage.addListener((message, sender) => {
    // Leave messages that are not ours unanswered so other listeners can reply.
    if (!isRpcRequest(message)) return undefined;
    return route(message, sender);
  });
});
