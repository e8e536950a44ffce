import { describe, expect, it, vi } from 'vitest';
import { createHandlers, type BackgroundDeps } from '@/lib/background/handlers';
import { createPopupSnapshotStore } from '@/lib/background/popup-snapshots';
import { createKpiService } from '@/lib/background/kpi-service';
import { createRepositories } from '@/lib/db/repositories';
import { createWorkItemCache } from '@/lib/db/work-item-cache';
import { snapshotFor } from '@/lib/feedback/popup-snapshot';
import { jiraSiteSchema } from '@/lib/model/jira-site';
import { partnerInputSchema } from '@/lib/model/partner';
import { scopeInputSchema } from '@/lib/model/scope';
import type { CallContext, Handlers } from '@/lib/messaging/router';
import { freshDb, testStamper } from '../db/test-db';

const ISSUE = 'https://acme.atlassian.net/browse/ACME-1';
const TAKEN_AT = new Date('2026-02-10T12:00:00.000Z');

const fromOptions: CallContext = {
  senderKind: 'extension',
  sender: { id: 'ext', url: 'chrome-extension://ext/options.html' },
};
const fromTab = (url: string, frameId = 0): CallContext => ({
  senderKind: 'content',
  sender: { id: 'ext', url, tab: { id: 7 }, frameId },
});

type SessionArea = NonNullable<Parameters<typeof createPopupSnapshotStore>[0]>;

/** `storage.session` in memory. */
function fakeArea() {
  const data: Record<string, unknown> = {};
  const api = {
    get: vi.fn(async (key: string) => (key in data ? { [key]: structuredClone(data[key]) } : {})),
    set: vi.fn(async (items: Record<string, unknown>) => {
      Object.assign(data, structuredClone(items));
    }),
    remove: vi.fn(async (key: string) => {
      delete data[key];
    }),
  };
  return { data, ...api, area: api as unknown as SessionArea };
}

/** Lets the handler's unawaited snapshot run to its end, if it was started. */
async function settle() {
  for (let turn = 0; turn < 10; turn += 1) {
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** `cacheReady`: the work-item cache is handed out once it resolves (default: at once). */
async function setup(cacheReady: Promise<void> = Promise.resolve()) {
  const db = await freshDb();
  const repos = createRepositories(db, testStamper().stamper);
  const cache = createWorkItemCache(db);
  const now = () => TAKEN_AT;
  const kpis = createKpiService({
    repositories: async () => repos,
    workItemCache: async () => cache,
    now,
    timeZone: () => 'Europe/Berlin',
  });
  const session = fakeArea();
  const deps: BackgroundDeps = {
    repositories: async () => repos,
    workItemCache: async () => {
      await cacheReady;
      return cache;
    },
    kpis,
    popupSnapshots: createPopupSnapshotStore(session.area),
    now,
    timeZone: () => 'Europe/Berlin',
    injectSidebar: vi.fn<BackgroundDeps['injectSidebar']>(async () => undefined),
    injectInline: vi.fn<BackgroundDeps['injectInline']>(async () => undefined),
    sidebarState: async () => ({ open: true, width: 340 }),
    openOptions: vi.fn<BackgroundDeps['openOptions']>(async () => undefined),
    tabUrl: vi.fn<BackgroundDeps['tabUrl']>(async () => ISSUE),
    jiraSites: {
      list: vi.fn(async () => []),
      add: vi.fn(async () => []),
      remove: vi.fn(async () => []),
    },
  };
  const handlers = createHandlers(deps);
  const partner = await handlers['partners.save'](
    partnerInputSchema.parse({ name: 'Acme Corp' }),
    fromOptions,
  );
  const scopeFor = (tool: 'jira' | 'trello', site: string, ids: string[]) =>
    handlers['scopes.save'](
      scopeInputSchema.parse({ partnerId: partner.id, tool, site, ids }),
      fromOptions,
    );
  const acmeScope = await scopeFor('jira', 'https://acme.atlassian.net', ['ACME']);
  return { session, handlers, partner, scopeFor, acmeScope, repos };
}

/** The page's sidebar caches ACME-1 (titled "Checkout") from the tracker. */
function ingestIssue(handlers: Handlers, call: CallContext) {
  return handlers['workItems.ingest'](
    {
      tool: 'jira',
      site: 'https://acme.atlassian.net',
      scopeId: 'ACME',
      items: [
        {
          tool: 'jira',
          site: 'https://acme.atlassian.net',
          key: 'ACME-1',
          title: 'Checkout',
          url: ISSUE,
          statusName: 'Done',
          statusCategory: 'done',
          created: '2026-01-01T00:00:00.000Z',
          assignee: null,
          labels: [],
          components: [],
          project: { id: 'ACME' },
          transitions: [],
        },
      ],
      removedKeys: [],
      skipped: [],
      loadStartedAt: '2026-02-01T10:00:00.000Z',
      complete: false,
      startsFullLoad: true,
    },
    call,
  );
}

const snapshotsOf = (session: ReturnType<typeof fakeArea>) => session.data.popupSnapshots;

describe('popup snapshots taken by the background', () => {
  it('keeps the partner of a visited item page for the tab, renamed when the partner is', async () => {
    const { session, handlers, partner } = await setup();
    expect(await handlers['page.visit']({ url: ISSUE }, fromTab(ISSUE))).toEqual({
      sidebar: true,
    });
    await vi.waitFor(() => expect(snapshotsOf(session)).toBeDefined());
    const stored = snapshotsOf(session) as Record<string, unknown>;
    expect(Object.keys(stored)).toEqual(['7']);
    const snapshot = snapshotFor(stored, 7, ISSUE);
    expect(snapshot).toMatchObject({
      url: ISSUE,
      item: null,
      takenAt: TAKEN_AT.getTime(),
      view: {
        context: { tool: 'jira', issueKey: 'ACME-1' },
        match: { partner: { id: partner.id, name: 'Acme Corp' }, matchedId: 'ACME' },
      },
    });

    await handlers['partners.save'](
      partnerInputSchema.parse({ id: partner.id, name: 'Acme Group' }),
      fromOptions,
    );
    // Resolved again from the new data, so the popup of a page already open stays quick.
    expect(snapshotFor(snapshotsOf(session), 7, ISSUE)).toMatchObject({
      url: ISSUE,
      view: { match: { partner: { id: partner.id, name: 'Acme Group' } } },
    });
    expect(session.remove).not.toHaveBeenCalled();
  });

  it('reads the scopes once for both the page and its snapshot', async () => {
    const { session, handlers, repos } = await setup();
    const list = vi.spyOn(repos.scopes, 'list');
    await handlers['page.visit']({ url: ISSUE }, fromTab(ISSUE));
    await vi.waitFor(() => expect(snapshotsOf(session)).toBeDefined());
    expect(list).toHaveBeenCalledTimes(1);
  });

  it('keeps a snapshot in step with the scopes: unmapped, then mapped again', async () => {
    const { session, handlers, acmeScope, scopeFor, partner } = await setup();
    await handlers['page.visit']({ url: ISSUE }, fromTab(ISSUE));
    await vi.waitFor(() => expect(snapshotsOf(session)).toBeDefined());
    await handlers['scopes.delete']({ id: acmeScope.id }, fromOptions);
    expect(snapshotFor(snapshotsOf(session), 7, ISSUE)?.view.match).toBeNull();
    await scopeFor('jira', 'https://acme.atlassian.net', ['OTHER', 'ACME']);
    expect(snapshotFor(snapshotsOf(session), 7, ISSUE)?.view.match).toMatchObject({
      partner: { id: partner.id },
      matchedId: 'ACME',
    });
  });

  it('drops the snapshots when a self-hosted Jira site is removed', async () => {
    const { session, handlers } = await setup();
    await handlers['page.visit']({ url: ISSUE }, fromTab(ISSUE));
    await vi.waitFor(() => expect(snapshotsOf(session)).toBeDefined());
    await handlers['jiraSites.remove'](
      jiraSiteSchema.parse({ origin: 'https://jira.example.com', contextPath: '' }),
      fromOptions,
    );
    expect(snapshotsOf(session)).toBeUndefined();
    expect(session.remove).toHaveBeenCalledWith('popupSnapshots');
  });

  it('includes the cached copy of the item', async () => {
    const { session, handlers } = await setup();
    const call = fromTab(ISSUE);
    await ingestIssue(handlers, call);
    await handlers['page.visit']({ url: ISSUE }, call);
    await vi.waitFor(() => expect(snapshotsOf(session)).toBeDefined());
    expect(snapshotFor(snapshotsOf(session), 7, ISSUE)?.item).toEqual({
      title: 'Checkout',
      url: ISSUE,
    });
  });

  it('fills the cached copy in when the page caches its item after announcing itself', async () => {
    const { session, handlers } = await setup();
    const call = fromTab(ISSUE);
    await handlers['page.visit']({ url: ISSUE }, call);
    await vi.waitFor(() => expect(snapshotsOf(session)).toBeDefined());
    expect(snapshotFor(snapshotsOf(session), 7, ISSUE)?.item).toBeNull();
    await ingestIssue(handlers, call);
    await vi.waitFor(() =>
      expect(snapshotFor(snapshotsOf(session), 7, ISSUE)?.item).toEqual({
        title: 'Checkout',
        url: ISSUE,
      }),
    );
  });

  it('takes none for a Trello card URL that needs its board first', async () => {
    const { session, handlers, scopeFor } = await setup();
    await scopeFor('trello', 'https://trello.com', ['AbCd1234']);
    const card = 'https://trello.com/c/WxYz5678';
    // The site is mapped, so the page gets the sidebar: only the snapshot is left out.
    expect(await handlers['page.visit']({ url: card }, fromTab(card))).toEqual({ sidebar: true });
    await settle();
    expect(session.set).not.toHaveBeenCalled();
    expect(snapshotsOf(session)).toBeUndefined();

    // A board page of the same site does get one (the wait above was long enough).
    const board = 'https://trello.com/b/AbCd1234/roadmap';
    await handlers['page.visit']({ url: board }, fromTab(board));
    await settle();
    expect(snapshotFor(snapshotsOf(session), 7, board)).not.toBeNull();
  });

  it('takes none for a frame other than the top one', async () => {
    const { session, handlers } = await setup();
    expect(await handlers['page.visit']({ url: ISSUE }, fromTab(ISSUE, 3))).toEqual({
      sidebar: true,
    });
    await settle();
    expect(session.set).not.toHaveBeenCalled();
    expect(snapshotsOf(session)).toBeUndefined();

    // The top frame of the same tab does get one (the wait above was long enough).
    await handlers['page.visit']({ url: ISSUE }, fromTab(ISSUE));
    await settle();
    expect(snapshotFor(snapshotsOf(session), 7, ISSUE)).not.toBeNull();
  });

  describe('on a page whose address needs a tracker read first', () => {
    const CARD = 'https://trello.com/c/WxYz5678/12-checkout';
    /** What the page's sidebar asks once it has read the card's board from Trello. */
    const cardOnBoard = (cardShortLink = 'WxYz5678') => ({
      tool: 'trello' as const,
      site: 'https://trello.com',
      page: 'card' as const,
      cardShortLink,
      boardShortLink: 'AbCd1234',
    });

    it("takes it from the page's own answer, with the board the page read", async () => {
      const { session, handlers, partner, scopeFor } = await setup();
      await scopeFor('trello', 'https://trello.com', ['AbCd1234']);
      const view = await handlers['context.resolve']({ context: cardOnBoard() }, fromTab(CARD));
      expect(view.match?.partner.id).toBe(partner.id);
      await vi.waitFor(() => expect(snapshotsOf(session)).toBeDefined());
      expect(snapshotFor(snapshotsOf(session), 7, CARD)).toEqual({
        url: CARD,
        view,
        item: null,
        takenAt: TAKEN_AT.getTime(),
      });
    });

    it('takes none when the page has moved on to another card, or for another caller', async () => {
      const { session, handlers, scopeFor } = await setup();
      await scopeFor('trello', 'https://trello.com', ['AbCd1234']);
      // The answer for card QrSt9012 arrives while the tab shows WxYz5678.
      await handlers['context.resolve']({ context: cardOnBoard('QrSt9012') }, fromTab(CARD));
      await handlers['context.resolve']({ context: cardOnBoard() }, fromTab(CARD, 2));
      await handlers['context.resolve']({ context: cardOnBoard() }, fromOptions);
      // An address that names its board is page.visit's to take.
      const board = 'https://trello.com/b/AbCd1234/roadmap';
      await handlers['context.resolve'](
        {
          context: {
            tool: 'trello',
            site: 'https://trello.com',
            page: 'board',
            boardShortLink: 'AbCd1234',
          },
        },
        fromTab(board),
      );
      await settle();
      expect(session.set).not.toHaveBeenCalled();

      // The same card's answer from its top frame does (the wait above was long enough).
      await handlers['context.resolve']({ context: cardOnBoard() }, fromTab(CARD));
      await settle();
      expect(snapshotFor(snapshotsOf(session), 7, CARD)).not.toBeNull();
    });

    it('keeps none resolved before a mapping changed', async () => {
      let release = () => {};
      const { session, handlers, scopeFor } = await setup(
        new Promise<void>((resolve) => (release = resolve)),
      );
      await scopeFor('trello', 'https://trello.com', ['AbCd1234']);
      // Answered from the old mappings; the snapshot waits for the item cache meanwhile.
      const view = await handlers['context.resolve']({ context: cardOnBoard() }, fromTab(CARD));
      expect(view.match).not.toBeNull();
      await scopeFor('trello', 'https://trello.com', ['ZzZz0000']);
      release();
      await settle();
      expect(session.set).not.toHaveBeenCalled();
    });
  });
});
