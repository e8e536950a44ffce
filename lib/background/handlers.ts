import { detectContext } from '../hosts/detect';
import { itemKeyOf } from '../hosts/item-key';
import { needsEnrichment } from '../hosts/needs-enrichment';
import { shellModeFor } from '../overlay/shell-mode';
import type { ShellMode } from '../overlay/sidebar-shell';
import { resolvePartner } from '../mapping/resolve-partner';
import { normalizeSite } from '../mapping/scope-key';
import { snapshotWithItem } from '../feedback/popup-snapshot';
import type { ContextView } from '../messaging/context-view';
import type { OptionsTarget } from '../messaging/methods';
import { RpcError } from '../messaging/errors';
import type { Handlers } from '../messaging/router';
import type { HostContext } from '../model/host-context';
import type { Scope } from '../model/scope';
import { parseJiraSiteInput, type JiraSite } from '../model/jira-site';
import type { Repositories } from '../db/repositories';
import type { WorkItemCache } from '../db/work-item-cache';
import type { CallContext } from '../messaging/router';
import { createEngagementHandlers } from './engagement-handlers';
import { createInlineHandlers } from './inline-handlers';
import { createKpiHandlers } from './kpi-handlers';
import { createNudgeHandlers } from './nudge-handlers';
import { createOverlayHandlers } from './overlay-handlers';
import type { PopupSnapshotStore, SnapshotTicket } from './popup-snapshots';
import type { KpiService } from './kpi-service';
import type { NudgeService } from './nudge-service';

export interface BackgroundDeps {
  repositories(): Promise<Repositories>;
  workItemCache(): Promise<WorkItemCache>;
  /** Injects the sidebar bundle into one frame of a tab (scripting.executeScript). */
  injectSidebar(tabId: number, frameId: number): Promise<void>;
  /**
   * Injects the inline script (no React) into one frame of a tab: chips, badges, and the
   * sidebar's plain-DOM shell in `shell`'s mode (none when null).
   */
  injectInline(tabId: number, frameId: number, shell: ShellMode | null): Promise<void>;
  /** The sidebar's shared open state and width (storage). */
  sidebarState(): Promise<{ open: boolean; width: number }>;
  openOptions(target: OptionsTarget): Promise<void>;
  tabUrl(tabId: number): Promise<string | undefined>;
  jiraSites: JiraSitesService;
  kpis: KpiService;
  /** What the popup opens with for a tab (`storage.session`); none are taken without it. */
  popupSnapshots?: PopupSnapshotStore;
  /** Pending reminders; `nudges.list` answers an empty list without it. */
  nudges?: NudgeService;
  /**
   * Called after stored data changed (a record saved or deleted, KPI values recorded), e.g.
   * to re-evaluate the nudges and the toolbar badge.
   */
  onDataChanged?(store: string): void;
  now(): Date;
  /** The user's IANA time zone, for calendar days (due dates, "next 14 days"). */
  timeZone(): string;
}

/** Self-hosted Jira sites: stored per device, each with a registered content script. */
export interface JiraSitesService {
  /** Sites whose host permission is granted (the ones that get the overlay). */
  list(): Promise<JiraSite[]>;
  add(site: JiraSite): Promise<JiraSite[]>;
  remove(site: JiraSite): Promise<JiraSite[]>;
}

function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** True when at least one live scope covers the tool and site of `context`. */
function siteHasScopes(scopes: readonly Scope[], context: HostContext): boolean {
  const site = normalizeSite(context.site);
  return scopes.some((scope) => scope.tool === context.tool && normalizeSite(scope.site) === site);
}

/** A content script may only read or write tracker data of the site it runs on. */
function assertOwnSite(call: CallContext, site: string) {
  if (call.senderKind === 'content' && originOf(call.sender.url) !== site) {
    throw new RpcError({ code: 'forbidden', message: 'A page may only use data of its own site.' });
  }
}

/**
 * How to find the partner behind page contexts, with the rule that matched, from the scopes
 * and partners as they are now (`scopes`: read already).
 */
async function partnerResolver(repos: Repositories, scopes?: readonly Scope[]) {
  const [listed, partners] = await Promise.all([
    scopes ?? repos.scopes.list(),
    repos.partners.list(),
  ]);
  return (context: HostContext): ContextView => ({
    context,
    match: resolvePartner(context, listed, partners),
  });
}

/** The partner behind a page context, with the rule that matched (`scopes`: read already). */
async function resolveView(repos: Repositories, context: HostContext, scopes?: readonly Scope[]) {
  return (await partnerResolver(repos, scopes))(context);
}

/**
 * The tab and address of a content script's top frame when `context` is that page's item
 * completed by a tracker read (a Trello card's board, an Asana task's project): `page.visit`
 * takes no popup snapshot for such an address, the page's own `context.resolve` does. Null
 * for any other caller, or when the page has moved on to another item meanwhile.
 */
function enrichedPageOf(call: CallContext, context: HostContext) {
  const tabId = call.sender.tab?.id;
  const url = call.sender.url;
  if (call.senderKind !== 'content' || tabId === undefined || !url) return null;
  if ((call.sender.frameId ?? 0) !== 0 || needsEnrichment(context)) return null;
  const detected = detectContext(url);
  if (!detected || !needsEnrichment(detected) || detected.tool !== context.tool) return null;
  return itemKeyOf(detected) === itemKeyOf(context) ? { tabId, url } : null;
}

/**
 * Methods after which the partner behind a page may differ: the popup's snapshots are
 * resolved again from the new data, so that the popup stays quick on pages already open.
 */
const CHANGES_PAGE_PARTNERS = [
  'partners.save',
  'partners.delete',
  'scopes.save',
  'scopes.delete',
  'overlay.mapHere',
] as const satisfies readonly (keyof Handlers)[];

/** Methods after which an address may mean another page (self-hosted Jira): snapshots go. */
const CHANGES_PAGE_CONTEXTS = [
  'jiraSites.add',
  'jiraSites.remove',
] as const satisfies readonly (keyof Handlers)[];

/** `handlers` with `after` run once each of `methods` has run, also after a failure. */
function runningAfter(
  handlers: Handlers,
  methods: readonly (keyof Handlers)[],
  after: () => Promise<void>,
): Handlers {
  const wrapped: Partial<Record<keyof Handlers, unknown>> = {};
  for (const name of methods) {
    const handler = handlers[name] as (...args: unknown[]) => Promise<unknown>;
    wrapped[name] = async (...args: unknown[]) => {
      try {
        return await handler(...args);
      } finally {
        // Also after a failure: part of the change may have been written.
        await after().catch(() => undefined);
      }
    };
  }
  return { ...handlers, ...wrapped } as Handlers;
}

/** `handlers` where the methods above refresh or drop the popup's snapshots once they have run. */
function keepingSnapshots(handlers: Handlers, deps: BackgroundDeps): Handlers {
  const store = deps.popupSnapshots;
  if (!store) return handlers;
  const refreshing = runningAfter(handlers, CHANGES_PAGE_PARTNERS, () =>
    store.refresh(async () => partnerResolver(await deps.repositories())),
  );
  return runningAfter(refreshing, CHANGES_PAGE_CONTEXTS, () => store.clear());
}

export function createHandlers(deps: BackgroundDeps): Handlers {
  return keepingSnapshots(createAllHandlers(deps), deps);
}

function createAllHandlers(deps: BackgroundDeps): Handlers {
  /**
   * Keeps what the popup will show for this tab's page: the partner `view` resolved from reads
   * that began after `ticket` was taken, and the item's cached copy.
   */
  const snapshotForPopup = async (
    tabId: number,
    url: string,
    ticket: SnapshotTicket,
    view: ContextView,
  ) => {
    const store = deps.popupSnapshots;
    if (!store) return;
    const { context } = view;
    const key = itemKeyOf(context);
    const cached = key
      ? await deps.workItemCache().then((cache) => cache.getItem(context.tool, context.site, key))
      : undefined;
    await store.remember(ticket, tabId, {
      url,
      view,
      item: cached ? { title: cached.title, url: cached.url } : null,
      takenAt: deps.now().getTime(),
    });
  };

  const partnerMappedOn = async (partnerId: string, senderUrl: string | undefined) => {
    const origin = normalizeSite(originOf(senderUrl) ?? '');
    const scopes = await (await deps.repositories()).scopes.listByPartner(partnerId);
    return scopes.some((scope) => normalizeSite(scope.site) === origin);
  };
  const changed = (store: string) => deps.onDataChanged?.(store);
  return {
    ...createKpiHandlers({
      repositories: deps.repositories,
      kpis: deps.kpis,
      partnerMappedOn,
      onChange: changed,
      now: deps.now,
    }),
    ...createEngagementHandlers({
      repositories: deps.repositories,
      partnerMappedOn,
      onChange: changed,
      now: deps.now,
    }),
    ...createNudgeHandlers({ nudges: deps.nudges }),
    ...createOverlayHandlers({
      repositories: deps.repositories,
      partnerMappedOn,
      now: deps.now,
      timeZone: deps.timeZone,
    }),
    ...createInlineHandlers({
      repositories: deps.repositories,
      injectSidebar: deps.injectSidebar,
    }),
    'partners.list': async () => {
      const repos = await deps.repositories();
      const partners = await repos.partners.list();
      return partners.sort((a, b) => a.name.localeCompare(b.name));
    },
    'partners.save': async (input) => {
      const saved = await (await deps.repositories()).partners.put(input);
      changed('partners');
      return saved;
    },
    'partners.delete': async ({ id }) => {
      const deleted = await (await deps.repositories()).deletePartnerCascade(id);
      if (deleted) changed('partners');
      return { deleted };
    },
    'scopes.list': async ({ partnerId }) => {
      const repos = await deps.repositories();
      return partnerId ? repos.scopes.listByPartner(partnerId) : repos.scopes.list();
    },
    'scopes.save': async (input) => {
      const repos = await deps.repositories();
      const partner = await repos.partners.get(input.partnerId);
      if (!partner) {
        throw new RpcError({
          code: 'not-found',
          message: 'That partner no longer exists. Reload the page and choose another partner.',
        });
      }
      return repos.scopes.put(input);
    },
    'scopes.delete': async ({ id }) => ({
      deleted: await (await deps.repositories()).scopes.delete(id),
    }),
    'context.resolve': async ({ context }, call) => {
      // A content script may only ask about the site it runs on.
      if (call.senderKind === 'content' && originOf(call.sender.url) !== context.site) {
        throw new RpcError({
          code: 'forbidden',
          message: 'A page may only ask about its own site.',
        });
      }
      const ticket = deps.popupSnapshots?.begin();
      const view = await resolveView(await deps.repositories(), context);
      const page = enrichedPageOf(call, context);
      if (ticket && page) {
        // Not awaited, as on `page.visit`: the page's answer comes first.
        void snapshotForPopup(page.tabId, page.url, ticket, view).catch(() => undefined);
      }
      return view;
    },
    'page.visit': async ({ url, inlineStarted }, call) => {
      // Read in parallel: this is on the way to the sidebar's first frame.
      const [jiraDataCenter, repos] = await Promise.all([
        deps.jiraSites.list(),
        deps.repositories(),
      ]);
      const context = detectContext(url, { jiraDataCenter });
      const tabId = call.sender.tab?.id;
      if (!context || tabId === undefined || originOf(url) !== originOf(call.sender.url)) {
        return { sidebar: false };
      }
      // Taken before the scopes are read: the popup's snapshot is resolved from them.
      const ticket = deps.popupSnapshots?.begin();
      const scopes = await repos.scopes.list();
      if (!siteHasScopes(scopes, context)) return { sidebar: false };
      const frameId = call.sender.frameId ?? 0;
      const done = (sidebar: boolean) => {
        // Not awaited: the page's sidebar comes first; the popup is opened later if at all.
        // Where the address needs a tracker read first, the page's `context.resolve` takes it.
        if (ticket && frameId === 0 && !needsEnrichment(context)) {
          void resolveView(repos, context, scopes)
            .then((view) => snapshotForPopup(tabId, url, ticket, view))
            .catch(() => undefined);
        }
        return { sidebar };
      };
      // The small inline script first (chips, badges, the sidebar's shell), and the sidebar
      // bundle once it has run: the page gets to paint the panel's loading frame before it is
      // busy evaluating the bundle. After an in-app navigation it runs already (it follows
      // navigation itself): no state to read, nothing to inject again.
      if (!inlineStarted) {
        await deps.injectInline(tabId, frameId, shellModeFor(context, await deps.sidebarState()));
      }
      // A board or project page: no React until the slim tab is used; the page keeps
      // announcing, so opening an item brings the sidebar.
      if (!itemKeyOf(context)) return done(false);
      await deps.injectSidebar(tabId, frameId);
      return done(true);
    },
    'sidebar.show': async ({ tabId }) => {
      const url = await deps.tabUrl(tabId);
      if (!url || !detectContext(url, { jiraDataCenter: await deps.jiraSites.list() })) {
        return { shown: false };
      }
      await deps.injectSidebar(tabId, 0);
      return { shown: true };
    },
    'workItems.loadState': async (ref, call) => {
      assertOwnSite(call, ref.site);
      return (await deps.workItemCache()).loadState(ref);
    },
    'workItems.ingest': async (batch, call) => {
      assertOwnSite(call, batch.site);
      const state = await (await deps.workItemCache()).ingest(batch);
      const tabId = call.sender.tab?.id;
      if (deps.popupSnapshots && tabId !== undefined && batch.items.length > 0) {
        // The page's item is usually cached after the page announced itself: the popup
        // should show its cached title, as it did when it asked the background each time.
        void deps.popupSnapshots
          .update(tabId, (snapshot) => snapshotWithItem(snapshot, batch.items))
          .catch(() => undefined);
      }
      if (batch.complete) {
        // New tracker data: recompute the KPIs of the partners mapped to this scope.
        const scopes = await (await deps.repositories()).scopes.list();
        const partners = new Set(
          scopes
            .filter((scope) => scope.tool === batch.tool && scope.ids.includes(batch.scopeId))
            .map((scope) => scope.partnerId),
        );
        for (const partnerId of partners) {
          void deps.kpis.record(partnerId).then(
            (written) => written > 0 && changed('kpiMeasurements'),
            () => undefined,
          );
        }
      }
      return state;
    },
    'workItems.get': async ({ tool, site, key }, call) => {
      assertOwnSite(call, site);
      return (await (await deps.workItemCache()).getItem(tool, site, key)) ?? null;
    },
    'jiraSites.list': () => deps.jiraSites.list(),
    'jiraSites.add': async ({ address }) => {
      const parsed = parseJiraSiteInput(address);
      if (!parsed.ok) {
        throw new RpcError({
          code: 'validation',
          message: parsed.message,
          issues: [{ path: 'address', message: parsed.message }],
        });
      }
      const sites = await deps.jiraSites.add(parsed.site);
      if (!sites.some((site) => site.origin === parsed.site.origin)) {
        await deps.jiraSites.remove(parsed.site);
        throw new RpcError({
          code: 'forbidden',
          message: `Partner Lens was not allowed to read ${parsed.site.origin}. Add it again and choose Allow.`,
        });
      }
      return sites;
    },
    'jiraSites.remove': (site) => deps.jiraSites.remove(site),
    'options.open': async ({ prefill, partnerId, route }) => {
      await deps.openOptions({ prefill, partnerId, route });
      return { opened: true };
    },
  };
}
