import { describe, expect, it, vi } from 'vitest';
import { createHandlers, type BackgroundDeps } from '@/lib/background/handlers';
import { createRepositories } from '@/lib/db/repositories';
import { createWorkItemCache } from '@/lib/db/work-item-cache';
import { createKpiService } from '@/lib/background/kpi-service';
import { RpcError } from '@/lib/messaging/errors';
import { partnerInputSchema } from '@/lib/model/partner';
import { scopeInputSchema } from '@/lib/model/scope';
import type { CallContext } from '@/lib/messaging/router';
import { freshDb, testStamper } from '../db/test-db';

const fromOptions: CallContext = {
  senderKind: 'extension',
  sender: { id: 'ext', url: 'chrome-extension://ext/options.html' },
};
const fromJiraTab = (url: string): CallContext => ({
  senderKind: 'content',
  sender: { id: 'ext', url, tab: { id: 3 }, frameId: 0 },
});

async function setup() {
  const db = await freshDb();
  const repos = createRepositories(db, testStamper().stamper);
  const cache = createWorkItemCache(db);
  const now = () => new Date('2026-02-10T12:00:00.000Z');
  const kpis = createKpiService({
    repositories: async () => repos,
    workItemCache: async () => cache,
    now,
    timeZone: () => 'Europe/Berlin',
  });
  const deps = {
    repositories: async () => repos,
    workItemCache: async () => cache,
    kpis,
    now,
    timeZone: () => 'Europe/Berlin',
    injectSidebar: vi.fn<BackgroundDeps['injectSidebar']>(async () => undefined),
    injectInline: vi.fn<BackgroundDeps['injectInline']>(async () => undefined),
    sidebarState: async () => ({ open: true, width: 340 }),
    openOptions: vi.fn<BackgroundDeps['openOptions']>(async () => undefined),
    tabUrl: vi.fn<BackgroundDeps['tabUrl']>(async () => 'https://acme.atlassian.net/browse/ACME-1'),
    jiraSites: {
      list: vi.fn(async () => [{ origin: 'https://jira.example.com', contextPath: '/jira' }]),
      add: vi.fn(async () => []),
      remove: vi.fn(async () => []),
    },
  };
  return { repos, cache, deps, handlers: createHandlers(deps) };
}

describe('background handlers', () => {
  it('saves a partner and a scope, and resolves a page to that partner with a reason', async () => {
    const { handlers } = await setup();
    const partner = await handlers['partners.save'](
      partnerInputSchema.parse({ name: 'Acme Corp' }),
      fromOptions,
    );
    await handlers['scopes.save'](
      scopeInputSchema.parse({
        partnerId: partner.id,
        tool: 'jira',
        site: 'https://acme.atlassian.net',
        ids: ['ACME'],
      }),
      fromOptions,
    );
    const view = await handlers['context.resolve'](
      {
        context: {
          tool: 'jira',
          site: 'https://acme.atlassian.net',
          deployment: 'cloud',
          contextPath: '',
          page: 'issue',
          projectKey: 'ACME',
          issueKey: 'ACME-1',
        },
      },
      fromJiraTab('https://acme.atlassian.net/browse/ACME-1'),
    );
    expect(view.match?.partner.name).toBe('Acme Corp');
    expect(view.match?.reason).toContain('ACME');
  });

  it('refuses a scope for a partner that does not exist', async () => {
    const { handlers } = await setup();
    await expect(
      handlers['scopes.save'](
        scopeInputSchema.parse({
          partnerId: '0b6f1c9e-4a53-4a0e-9d2c-3f1e2d4c5b6a',
          tool: 'trello',
          site: 'https://trello.com',
          ids: ['AbCd1234'],
        }),
        fromOptions,
      ),
    ).rejects.toMatchObject({ code: 'not-found' } satisfies Partial<RpcError>);
  });

  it('lets a content script ask only about its own site', async () => {
    const { handlers } = await setup();
    await expect(
      handlers['context.resolve'](
        {
          context: {
            tool: 'trello',
            site: 'https://trello.com',
            page: 'board',
            boardShortLink: 'AbCd1234',
          },
        },
        fromJiraTab('https://acme.atlassian.net/browse/ACME-1'),
      ),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('injects the sidebar only on sites with a mapped project, into the sending frame', async () => {
    const { handlers, deps } = await setup();
    const url = 'https://acme.atlassian.net/browse/INT-1';
    expect(await handlers['page.visit']({ url }, fromJiraTab(url))).toEqual({ sidebar: false });
    expect(deps.injectSidebar).not.toHaveBeenCalled();

    const partner = await handlers['partners.save'](
      partnerInputSchema.parse({ name: 'Acme Corp' }),
      fromOptions,
    );
    await handlers['scopes.save'](
      scopeInputSchema.parse({
        partnerId: partner.id,
        tool: 'jira',
        site: 'https://acme.atlassian.net',
        ids: ['ACME'],
      }),
      fromOptions,
    );
    // Another project on the same site: the sidebar comes to say "No partner mapped".
    expect(await handlers['page.visit']({ url }, fromJiraTab(url))).toEqual({ sidebar: true });
    expect(deps.injectSidebar).toHaveBeenCalledWith(3, 0);

    const other = 'https://globex.atlassian.net/browse/GLX-1';
    expect(await handlers['page.visit']({ url: other }, fromJiraTab(other))).toEqual({
      sidebar: false,
    });
  });

  it('gives a board page of a mapped site the inline script (badges, slim tab), not the sidebar', async () => {
    const { handlers, deps } = await setup();
    const partner = await handlers['partners.save'](
      partnerInputSchema.parse({ name: 'Acme Corp' }),
      fromOptions,
    );
    await handlers['scopes.save'](
      scopeInputSchema.parse({
        partnerId: partner.id,
        tool: 'jira',
        site: 'https://acme.atlassian.net',
        ids: ['ACME'],
      }),
      fromOptions,
    );
    const board = 'https://acme.atlassian.net/jira/software/projects/ACME/boards/1';
    // Not "injected": the page keeps announcing, so opening an item brings the sidebar.
    expect(await handlers['page.visit']({ url: board }, fromJiraTab(board))).toEqual({
      sidebar: false,
    });
    expect(deps.injectInline).toHaveBeenCalledWith(3, 0, { kind: 'tab' });
    expect(deps.injectSidebar).not.toHaveBeenCalled();

    const preview = `${board}?selectedIssue=ACME-4`;
    expect(await handlers['page.visit']({ url: preview }, fromJiraTab(preview))).toEqual({
      sidebar: true,
    });
    // The inline script comes first, to draw the panel's loading frame meanwhile.
    expect(deps.injectInline).toHaveBeenLastCalledWith(3, 0, { kind: 'loading', width: 340 });
    expect(deps.injectSidebar).toHaveBeenCalledWith(3, 0);
    expect(deps.injectInline.mock.invocationCallOrder.at(-1)).toBeLessThan(
      deps.injectSidebar.mock.invocationCallOrder.at(-1)!,
    );

    // In-app navigation on a page whose inline script runs already: nothing injected again.
    deps.injectInline.mockClear();
    deps.injectSidebar.mockClear();
    expect(
      await handlers['page.visit']({ url: board, inlineStarted: true }, fromJiraTab(board)),
    ).toEqual({ sidebar: false });
    expect(
      await handlers['page.visit']({ url: preview, inlineStarted: true }, fromJiraTab(preview)),
    ).toEqual({ sidebar: true });
    expect(deps.injectInline).not.toHaveBeenCalled();
    expect(deps.injectSidebar).toHaveBeenCalledTimes(1);
  });

  it('ignores a visit whose URL is not the sender’s own page', async () => {
    const { handlers, deps } = await setup();
    const partner = await handlers['partners.save'](
      partnerInputSchema.parse({ name: 'Hooli' }),
      fromOptions,
    );
    await handlers['scopes.save'](
      scopeInputSchema.parse({
        partnerId: partner.id,
        tool: 'trello',
        site: 'https://trello.com',
        ids: ['AbCd1234'],
      }),
      fromOptions,
    );
    const result = await handlers['page.visit'](
      { url: 'https://trello.com/b/AbCd1234/x' },
      fromJiraTab('https://acme.atlassian.net/browse/ACME-1'),
    );
    expect(result).toEqual({ sidebar: false });
    expect(deps.injectSidebar).not.toHaveBeenCalled();
  });

  it('deletes a partner with its scopes (as tombstones) so pages stop matching', async () => {
    const { handlers, repos } = await setup();
    const partner = await handlers['partners.save'](
      partnerInputSchema.parse({ name: 'Acme Corp' }),
      fromOptions,
    );
    const scope = await handlers['scopes.save'](
      scopeInputSchema.parse({
        partnerId: partner.id,
        tool: 'jira',
        site: 'https://acme.atlassian.net',
        ids: ['ACME'],
      }),
      fromOptions,
    );
    expect(await handlers['partners.delete']({ id: partner.id }, fromOptions)).toEqual({
      deleted: true,
    });
    expect(await handlers['partners.list']({}, fromOptions)).toEqual([]);
    expect(await handlers['scopes.list']({}, fromOptions)).toEqual([]);
    expect((await repos.scopes.getIncludingDeleted(scope.id))?.deleted).toBe(true);
  });

  it('shows the sidebar from the popup only on a tracker tab', async () => {
    const { handlers, deps } = await setup();
    expect(await handlers['sidebar.show']({ tabId: 9 }, fromOptions)).toEqual({ shown: true });
    expect(deps.injectSidebar).toHaveBeenCalledWith(9, 0);
    deps.tabUrl.mockResolvedValueOnce('https://example.com/');
    expect(await handlers['sidebar.show']({ tabId: 10 }, fromOptions)).toEqual({ shown: false });
  });

  it('caches items a content script sends for its own site, and refuses another site', async () => {
    const { handlers } = await setup();
    const item = {
      tool: 'jira' as const,
      site: 'https://acme.atlassian.net',
      key: 'ACME-1',
      title: 'Checkout',
      url: 'https://acme.atlassian.net/browse/ACME-1',
      statusName: 'Done',
      statusCategory: 'done' as const,
      created: '2026-01-01T00:00:00.000Z',
      assignee: null,
      labels: [],
      components: [],
      project: { id: 'ACME' },
      transitions: [],
    };
    const call = fromJiraTab('https://acme.atlassian.net/browse/ACME-1');
    const batch = {
      tool: 'jira' as const,
      site: 'https://acme.atlassian.net',
      scopeId: 'ACME',
      items: [item],
      removedKeys: [],
      skipped: [{ key: 'ACME-9', reason: 'Unknown status category “x”' }],
      loadStartedAt: '2026-02-01T10:00:00.000Z',
      complete: true,
      startsFullLoad: true,
    };
    const state = await handlers['workItems.ingest'](batch, call);
    expect(state).toMatchObject({ itemCount: 1, lastLoadedAt: '2026-02-01T10:00:00.000Z' });
    expect(state.skipped).toHaveLength(1);
    expect(
      await handlers['workItems.get']({ tool: 'jira', site: item.site, key: 'ACME-1' }, call),
    ).toMatchObject({ title: 'Checkout' });
    await expect(
      handlers['workItems.ingest']({ ...batch, site: 'https://globex.atlassian.net' }, call),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('recognises pages of an added self-hosted Jira', async () => {
    const { handlers, deps } = await setup();
    const partner = await handlers['partners.save'](
      partnerInputSchema.parse({ name: 'Ops Vendor' }),
      fromOptions,
    );
    await handlers['scopes.save'](
      scopeInputSchema.parse({
        partnerId: partner.id,
        tool: 'jira',
        site: 'https://jira.example.com',
        ids: ['OPS'],
      }),
      fromOptions,
    );
    const url = 'https://jira.example.com/jira/browse/OPS-1';
    expect(await handlers['page.visit']({ url }, fromJiraTab(url))).toEqual({ sidebar: true });
    expect(deps.injectSidebar).toHaveBeenCalledWith(3, 0);
  });

  it('explains an unusable self-hosted Jira address and a refused permission', async () => {
    const { handlers, deps } = await setup();
    await expect(
      handlers['jiraSites.add']({ address: 'http://jira.example.com' }, fromOptions),
    ).rejects.toMatchObject({ code: 'validation', message: expect.stringContaining('https') });
    // The permission was not granted: the site is stored but not active.
    await expect(
      handlers['jiraSites.add']({ address: 'https://jira.other.example' }, fromOptions),
    ).rejects.toMatchObject({ code: 'forbidden', message: expect.stringContaining('Allow') });
    expect(deps.jiraSites.add).toHaveBeenCalledWith({
      origin: 'https://jira.other.example',
      contextPath: '',
    });
  });
});
