// Tracker data in the sidebar, per tool: the open item read live from the tracker through the
// user's session, in-app navigation to another item of the same scope, the scope's items
// cached, and what a person sees when the tracker throttles, signs them out, or sends an item
// Partner Lens cannot read. Partners are seeded through the extension's real RPC.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ASANA_SITE,
  DEMO_PARTNERS,
  expectNoSeriousA11yViolations,
  expectShownItem,
  expectSidebarPartner,
  gotoStandIn,
  interceptMatching,
  launchExtensionBrowser,
  loadId,
  pushStateNavigate,
  rpc,
  SAMPLE_URLS,
  screenshotOnFailure,
  seedPartners,
  shownItem,
  startStandInServer,
  textOf,
  transformAnswers,
  TRELLO_SITE,
  unansweredApiRequests,
  waitForDataPhase,
  waitForStandInRender,
  type ExtensionBrowser,
  type InterceptRequest,
  type InterceptResponse,
  type ShownItem,
  type StandInServer,
} from './support';

const SIDEBAR = '[data-testid="pl-sidebar"]';
/** How long a poll waits for the page or the extension to catch up (vitest's default is 1 s). */
const WAIT = { timeout: 10_000 };

interface SkipCase {
  /** The partner whose scope is loaded for the first time in this test. */
  partner: string;
  url: string;
  /** The scope's list request, whose answer gets one invalid item. */
  listRequest(req: InterceptRequest): boolean;
  corrupt(json: unknown): void;
  skippedKey: string;
  reason: RegExp;
  cachedCount: number;
}

interface ToolCase {
  tool: 'Jira' | 'Asana' | 'Trello';
  host: string;
  partner: string;
  url: string;
  first: ShownItem;
  /** Who the first item is assigned to, by name (Trello: a member of the board). */
  firstAssignee: string;
  second: ShownItem;
  /** Moves to the second item as a person does, inside the host app. */
  goToSecond(page: Page): Promise<void>;
  /** Items of the scope, once loaded. */
  scopeCount: number;
  /** The adapter's read of the first item (not the context lookup that may precede it). */
  itemRequest(req: InterceptRequest): boolean;
  rateLimited: InterceptResponse;
  /** How the tracker answers a signed-out session (per request, e.g. a redirect). */
  signedOut(req: InterceptRequest): InterceptResponse | undefined;
  signedOutText: string;
  skip: SkipCase;
}

const SIGN_IN_PAGE = `<!doctype html><html lang="en"><head><title>Log in - Asana</title></head>
<body><main><h1>Log in to Asana</h1><form action="/-/login" method="post">
<label>Email address <input type="email" name="e"></label><button>Continue</button></form></main></body></html>`;

/** Rows of a Jira search page, an Asana list or Trello's cards, for corrupting one of them. */
const rowsOf = (json: unknown, key: 'issues' | 'data' | null) =>
  (key ? (json as Record<string, unknown>)[key] : json) as Record<string, unknown>[];

const CASES: ToolCase[] = [
  {
    tool: 'Jira',
    host: 'acme.atlassian.net',
    partner: 'Acme Corp',
    url: SAMPLE_URLS.jiraIssue,
    first: {
      title: 'Checkout button unresponsive on Safari',
      status: 'In Progress',
      category: 'doing',
    },
    firstAssignee: 'Anna Schmidt',
    second: { title: 'Add Apple Pay to the payment step', status: 'To Do', category: 'todo' },
    async goToSecond(page) {
      // From Jira's own navigation (the sidebar sits over the page's right-hand column).
      await page
        .getByRole('navigation', { name: 'Project navigation' })
        .getByRole('link', { name: /^ACME-2 / })
        .click();
    },
    // ACME-6's 122 status changes exceed the 100 embedded: its history is paged separately.
    scopeCount: 6,
    itemRequest: (req) => req.url.pathname === '/rest/api/3/issue/ACME-1',
    rateLimited: {
      status: 429,
      headers: { 'Retry-After': '1' },
      json: { errorMessages: ['Rate limit exceeded.'], errors: {} },
    },
    signedOut: (req) =>
      req.url.pathname.startsWith('/rest/')
        ? {
            status: 401,
            json: {
              errorMessages: [
                'You are not authenticated. Authentication required to perform this operation.',
              ],
              errors: {},
            },
          }
        : undefined,
    signedOutText: 'Sign in to Jira to load data.',
    skip: {
      partner: 'Globex',
      url: SAMPLE_URLS.jiraGlobexIssue,
      listRequest: (req) => req.url.pathname === '/rest/api/3/search/jql',
      corrupt(json) {
        const issue = rowsOf(json, 'issues').find((i) => i.key === 'GLOBEX-3');
        if (issue) (issue.fields as Record<string, unknown>).created = 'last Tuesday';
      },
      skippedKey: 'GLOBEX-3',
      reason: /created/,
      cachedCount: 3,
    },
  },
  {
    tool: 'Asana',
    host: 'app.asana.com',
    partner: 'Initech',
    url: SAMPLE_URLS.asanaTask,
    first: { title: 'Redesign the pricing page', status: 'Doing', category: 'doing' },
    firstAssignee: 'Ian Novak',
    second: { title: 'Fix broken links in the footer', status: 'To do', category: 'todo' },
    async goToSecond(page) {
      await page.getByRole('link', { name: 'Fix broken links in the footer' }).click();
    },
    scopeCount: 4,
    itemRequest: (req) => req.url.pathname === '/api/1.0/tasks/1300000000000001',
    rateLimited: {
      status: 429,
      headers: { 'Retry-After': '1' },
      json: {
        errors: [{ message: 'You have made too many requests recently. Please, be chill.' }],
      },
    },
    // A signed-out session is redirected to the sign-in page: HTML where JSON was asked for.
    signedOut(req): InterceptResponse | undefined {
      if (req.url.pathname.startsWith('/api/')) {
        return { status: 302, headers: { Location: '/-/login?u=%2Fapi' }, body: '' };
      }
      if (req.url.pathname === '/-/login') {
        return {
          status: 200,
          headers: { 'Content-Type': 'text/html; charset=utf-8' },
          body: SIGN_IN_PAGE,
        };
      }
      return undefined;
    },
    signedOutText: 'Sign in to Asana to load data.',
    skip: {
      partner: 'Umbrella Corporation',
      url: `${ASANA_SITE}/1/1100000000000001/project/1200000000000002/task/1300000000000005`,
      listRequest: (req) => req.url.pathname === '/api/1.0/projects/1200000000000002/tasks',
      corrupt(json) {
        const task = rowsOf(json, 'data').find((t) => t.gid === '1300000000000006');
        if (task) task.created_at = 'yesterday';
      },
      skippedKey: '1300000000000006',
      reason: /created_at/,
      cachedCount: 2,
    },
  },
  {
    tool: 'Trello',
    host: 'trello.com',
    partner: 'Hooli Studio',
    url: SAMPLE_URLS.trelloCard,
    first: { title: 'Onboarding flow copy', status: 'Doing', category: 'doing' },
    firstAssignee: 'Hana Ito',
    second: { title: 'Fix avatar upload', status: 'To Do', category: 'todo' },
    async goToSecond(page) {
      // The card back covers the board (and the sidebar its close button): back to the board
      // from Trello's own navigation, then open the other card from its list.
      await page
        .getByRole('navigation', { name: 'Workspace navigation' })
        .getByRole('link', { name: 'Hooli Sprint Board' })
        .click();
      await waitForStandInRender(page);
      await expect.poll(() => shownItem(page), WAIT).toBeNull();
      await page.getByTestId('card-name').filter({ hasText: 'Fix avatar upload' }).click();
    },
    scopeCount: 4,
    // The card read with its history, not the lookup of the card's board.
    itemRequest: (req) =>
      req.url.pathname === '/1/cards/Qw3rTy12' && req.url.searchParams.has('actions'),
    // Trello's 429 has no Retry-After, only this body.
    rateLimited: { status: 429, json: { error: 'API_TOKEN_LIMIT_EXCEEDED' } },
    signedOut: (req) =>
      req.url.pathname.startsWith('/1/')
        ? {
            status: 401,
            headers: { 'Content-Type': 'text/plain; charset=utf-8' },
            body: 'unauthorized card permission requested',
          }
        : undefined,
    signedOutText: 'Sign in to Trello to load data.',
    skip: {
      partner: 'Vandelay Industries',
      url: `${TRELLO_SITE}/c/Po6iUy90/1-latex-shipment-delayed`,
      listRequest: (req) => req.url.pathname === '/1/boards/EfGh5678/cards',
      corrupt(json) {
        const card = rowsOf(json, null).find((c) => c.shortLink === 'Tr5eWq21');
        if (card) card.due = 'next Friday';
      },
      skippedKey: 'Tr5eWq21',
      reason: /due/,
      cachedCount: 1,
    },
  },
];

let server: StandInServer;
let ext: ExtensionBrowser;
const openPages: Page[] = [];
screenshotOnFailure(() => openPages);

async function newPage(): Promise<Page> {
  const page = await ext.context.newPage();
  openPages.push(page);
  return page;
}

/** Closes the pages of earlier tests, so that only the page under test talks to the trackers. */
async function closeOpenPages(): Promise<void> {
  for (const page of openPages.splice(0)) await page.close().catch(() => undefined);
}

const axeSidebar = (page: Page) => expectNoSeriousA11yViolations(page, { include: SIDEBAR });

beforeAll(async () => {
  server = await startStandInServer();
  // Small search pages, so the Jira scope load pages with `nextPageToken` and asks for the
  // approximate count (a read-only POST).
  server.data.jira['acme.atlassian.net']!.searchPageLimit = 2;
  ext = await launchExtensionBrowser({ port: server.port });
  const options = await ext.openExtensionPage('options.html');
  const ids = await seedPartners(options, [
    ...DEMO_PARTNERS,
    {
      partner: {
        name: 'Umbrella Corporation',
        status: 'active',
        emailDomains: ['umbrella.example'],
      },
      scopes: [
        {
          tool: 'asana',
          site: ASANA_SITE,
          ids: ['1200000000000002'],
          label: 'Umbrella Onboarding',
        },
      ],
    },
  ]);
  // The candidate partner gets its first board.
  await rpc(options, 'scopes.save', {
    partnerId: ids['Vandelay Industries'],
    tool: 'trello',
    site: TRELLO_SITE,
    ids: ['EfGh5678'],
    label: 'Vandelay Support',
  });
  await options.close();
});

afterAll(async () => {
  await ext?.close();
  await ext?.removeProfile();
  await server?.close();
});

describe.each(CASES)('$tool', (c) => {
  it('shows the open item from the tracker, follows in-app navigation to another item, and caches the scope', async () => {
    await closeOpenPages();
    const page = await newPage();
    await gotoStandIn(page, c.url);
    await expectSidebarPartner(page, c.partner);
    await expectShownItem(page, c.first);
    expect(await textOf(page.getByTestId('pl-item'))).toContain(`Assignee: ${c.firstAssignee}`);
    const loaded = await loadId(page);

    await c.goToSecond(page);
    await waitForStandInRender(page);
    await expectShownItem(page, c.second);
    expect(await loadId(page)).toBe(loaded);
    await expectSidebarPartner(page, c.partner);

    const text = await waitForDataPhase(page, 'ready');
    expect(text).toContain(`${c.scopeCount} items cached`);
    expect(text).toMatch(/updated (just now|\d+ minutes? ago)/);
    expect(await page.getByTestId('pl-diagnostics').count()).toBe(0);
    await axeSidebar(page);
  });

  it('recovers by itself when the tracker throttles the item read (429)', async () => {
    await closeOpenPages();
    const throttle = interceptMatching(server, c.itemRequest, c.rateLimited, { times: 1 });
    try {
      const page = await newPage();
      await gotoStandIn(page, c.url);
      await expectShownItem(page, c.first);
      // Read again after the wait, live: no error and no fallback to the cached copy.
      expect(throttle.hits()).toBe(2);
      const item = page.getByTestId('pl-item');
      expect(await item.getByRole('alert').count()).toBe(0);
      expect(await textOf(item)).not.toContain('Showing the copy saved');
      await axeSidebar(page);
    } finally {
      throttle.remove();
    }
  });

  it('says to sign in when the session is signed out, and loads after signing in again', async () => {
    await closeOpenPages();
    const signedOut = interceptMatching(
      server,
      (req) => req.host === c.host && c.signedOut(req) !== undefined,
      (req) => c.signedOut(req),
    );
    const page = await newPage();
    try {
      await gotoStandIn(page, c.url);
      const item = page.getByTestId('pl-item');
      await expect
        .poll(() => textOf(item.getByTestId('pl-signed-out')), { timeout: 15_000 })
        .toBe(c.signedOutText);
      expect(await item.getByTestId('pl-item-title').count()).toBe(0);
      // The host page itself is untouched.
      expect(await page.locator('main#content').innerText()).toContain(c.first.title);
      await axeSidebar(page);
    } finally {
      signedOut.remove();
    }
    // Signed in again (the stand-in answers normally): "Try again" loads the item.
    await page.getByTestId('pl-item').getByRole('button', { name: 'Try again' }).click();
    await expectShownItem(page, c.first);
  });

  it('lists an item the tracker sent in an unreadable shape as skipped, with the reason', async () => {
    await closeOpenPages();
    const remove = transformAnswers(server, c.skip.listRequest, c.skip.corrupt);
    try {
      const page = await newPage();
      await gotoStandIn(page, c.skip.url);
      await expectSidebarPartner(page, c.skip.partner);
      const text = await waitForDataPhase(page, 'ready');
      expect(text).toContain(
        `${c.skip.cachedCount} ${c.skip.cachedCount === 1 ? 'item' : 'items'} cached`,
      );

      const diagnostics = page.getByTestId('pl-diagnostics');
      expect(await textOf(diagnostics.locator('summary'))).toBe('1 item was skipped');
      await diagnostics.locator('summary').click();
      await expect.poll(() => diagnostics.getAttribute('open'), WAIT).not.toBeNull();
      const entry = await textOf(diagnostics.getByRole('listitem'));
      expect(entry).toContain(c.skip.skippedKey);
      expect(entry).toMatch(c.skip.reason);
      await axeSidebar(page);
    } finally {
      remove();
    }
  });
});

describe('Jira board', () => {
  // The board opens an issue in its preview panel (`?selectedIssue=`) through the app's own
  // `history.pushState`, without a click.
  it('shows the issue of the preview panel opened in-app, without a reload', async () => {
    await closeOpenPages();
    const page = await newPage();
    await gotoStandIn(page, SAMPLE_URLS.jiraBoard);
    await expectSidebarPartner(page, 'Acme Corp');
    expect(await shownItem(page)).toBeNull();
    const loaded = await loadId(page);
    await pushStateNavigate(page, '/jira/software/projects/ACME/boards/1?selectedIssue=ACME-4');
    await expectShownItem(page, {
      title: 'Migrate the cart service to the new pricing API',
      status: 'In Review',
      category: 'doing',
    });
    expect(await loadId(page)).toBe(loaded);
  });
});

describe('requests to the trackers', () => {
  it('were reads only (Jira’s search and count POSTs read too), each answered by the stand-in', async () => {
    await closeOpenPages();
    const api = server.apiRequests();
    for (const c of CASES) expect(api.some((r) => r.host === c.host)).toBe(true);
    // Jira's scope load paged (small pages) and asked for the approximate count.
    expect(
      api.some((r) => r.method === 'POST' && r.path === '/rest/api/3/search/approximate-count'),
    ).toBe(true);
    // The rest of a changelog longer than the 100 histories embedded in the search.
    expect(api.some((r) => r.path.startsWith('/rest/api/3/issue/ACME-6/changelog?'))).toBe(true);
    expect(() => server.assertOnlyReads({ allowReadOnlyPosts: true })).not.toThrow();
    expect(unansweredApiRequests(server)).toEqual([]);
    // Asana's session requests carry the headers Asana's own extension example sends.
    for (const r of api.filter((x) => x.host === 'app.asana.com')) {
      expect(r.headers['x-allow-asana-client']).toBe('1');
    }
  });
});
