// Proves the browser-test harness: the stand-in serves Jira, Asana and Trello under their real
// host names through Chromium, its pages navigate in-app without reloads, its REST endpoints
// answer, and the built extension loads (service worker, options page, popup, profile reuse).

import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ASANA_SITE,
  expectNoSeriousA11yViolations,
  gotoStandIn,
  JIRA_SITE,
  launchExtensionBrowser,
  loadId,
  openPopupFor,
  pushStateNavigate,
  REPO_ROOT,
  runAxe,
  SAMPLE_URLS,
  screenshotOnFailure,
  startStandInServer,
  TRELLO_SITE,
  waitForStandInRender,
  type ChromeGlobal,
  type ExtensionBrowser,
  type StandInServer,
} from './support';

const manifest = JSON.parse(
  readFileSync(join(REPO_ROOT, '.output/chrome-mv3/manifest.json'), 'utf8'),
) as {
  options_ui?: { page: string };
  options_page?: string;
  action?: { default_popup?: string };
};
const optionsPage = manifest.options_ui?.page ?? manifest.options_page;
const popupPage = manifest.action?.default_popup;

let server: StandInServer;
let ext: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  server = await startStandInServer();
  ext = await launchExtensionBrowser({ port: server.port });
  page = await ext.context.newPage();
});

afterAll(async () => {
  await ext?.close();
  await ext?.removeProfile();
  await server?.close();
});

screenshotOnFailure(() => ext?.context.pages());

describe('the stand-in apps in Chromium', () => {
  it.each([
    {
      url: SAMPLE_URLS.jiraIssue,
      title: '[ACME-1] Checkout button unresponsive on Safari - Jira',
      selector: 'h1[data-testid="issue.views.issue-base.foundation.summary.heading"]',
      text: 'Checkout button unresponsive on Safari',
      host: 'acme.atlassian.net',
    },
    {
      url: SAMPLE_URLS.asanaTask,
      title: 'Redesign the pricing page - Asana',
      selector: '.TaskPane .TaskPaneTitle',
      text: 'Redesign the pricing page',
      host: 'app.asana.com',
    },
    {
      url: SAMPLE_URLS.trelloBoard,
      title: 'Hooli Sprint Board | Trello',
      selector: '[data-testid="board-name-display"]',
      text: 'Hooli Sprint Board',
      host: 'trello.com',
    },
  ])('serves $url under its real host name', async ({ url, title, selector, text, host }) => {
    const response = await page.goto(url);
    expect(response?.status()).toBe(200);
    expect(new URL(page.url()).host).toBe(host);
    await expect.poll(() => page.title()).toBe(title);
    await expect.poll(() => page.locator(selector).textContent()).toBe(text);
    expect(server.requests.some((r) => r.host === host && r.kind === 'page')).toBe(true);
  });

  it('Jira: the nav, a board, the preview panel and Back change the view without a reload', async () => {
    await gotoStandIn(page, SAMPLE_URLS.jiraIssue);
    const first = await loadId(page);
    const pageLoads = server.requests.filter((r) => r.kind === 'page').length;

    await page
      .getByRole('navigation', { name: 'Project navigation' })
      .getByRole('link', { name: /Globex Mobile/ })
      .click();
    await expect
      .poll(() => page.url())
      .toBe(`${JIRA_SITE}/jira/software/c/projects/GLOBEX/boards/2`);
    await waitForStandInRender(page);
    const cards = page.locator('[data-testid="platform-board-kit.ui.card.card"]');
    await expect.poll(() => cards.count()).toBe(4);
    expect(await page.title()).toBe('Globex Mobile - GLOBEX board - Board - Jira');

    await cards
      .filter({ hasText: 'Push notifications arrive twice on Android' })
      .getByRole('link')
      .click();
    await expect.poll(() => new URL(page.url()).searchParams.get('selectedIssue')).toBe('GLOBEX-1');
    await waitForStandInRender(page);
    const panel = page.locator('section[data-testid="preview-panels.preview-panel"]');
    await expect
      .poll(() =>
        panel
          .locator('[data-testid="issue.views.issue-base.foundation.summary.heading"]')
          .textContent(),
      )
      .toBe('Push notifications arrive twice on Android');

    await page.goBack();
    await waitForStandInRender(page);
    await expect.poll(() => panel.count()).toBe(0);

    await pushStateNavigate(page, '/jira/your-work');
    expect(await page.locator('h1').textContent()).toBe('Your work');

    expect(await loadId(page)).toBe(first);
    expect(server.requests.filter((r) => r.kind === 'page').length).toBe(pageLoads);
  });

  it('Asana: old and new URL forms, and the task pane', async () => {
    await gotoStandIn(page, SAMPLE_URLS.asanaProject);
    const first = await loadId(page);
    expect(await page.locator('.SpreadsheetRow').count()).toBe(4);

    await page.getByRole('link', { name: 'Fix broken links in the footer' }).click();
    await expect.poll(() => page.url()).toBe(`${ASANA_SITE}/0/1200000000000001/1300000000000002`);
    await waitForStandInRender(page);
    expect(await page.locator('.TaskPane .TaskPaneTitle').textContent()).toBe(
      'Fix broken links in the footer',
    );

    // The second project's link uses the new /1/ form; so do the task links inside it.
    await page
      .getByRole('navigation', { name: 'Sidebar' })
      .getByRole('link', { name: 'Umbrella Onboarding' })
      .click();
    await expect
      .poll(() => page.url())
      .toBe(`${ASANA_SITE}/1/1100000000000001/project/1200000000000002/list`);
    await waitForStandInRender(page);
    await page.getByRole('link', { name: 'Set up Umbrella SSO' }).click();
    await expect
      .poll(() => page.url())
      .toBe(`${ASANA_SITE}/1/1100000000000001/project/1200000000000002/task/1300000000000005`);
    await waitForStandInRender(page);
    expect(await page.locator('.TaskPaneTitle').textContent()).toBe('Set up Umbrella SSO');
    expect(await page.title()).toBe('Set up Umbrella SSO - Asana');
    expect(await loadId(page)).toBe(first);
  });

  it('Trello: board → card back → close, without a reload', async () => {
    await gotoStandIn(page, SAMPLE_URLS.trelloBoard);
    const first = await loadId(page);
    expect(await page.locator('[data-testid="list"]').count()).toBe(3);
    expect(await page.locator('[data-testid="trello-card"]').count()).toBe(4);

    await page.locator('[data-testid="card-name"]', { hasText: 'Onboarding flow copy' }).click();
    await expect.poll(() => page.url()).toBe(SAMPLE_URLS.trelloCard);
    await waitForStandInRender(page);
    expect(await page.locator('[data-testid="card-back-name"]').textContent()).toBe(
      'Onboarding flow copy',
    );
    expect(await page.title()).toBe('Onboarding flow copy on Hooli Sprint Board | Trello');

    await page.getByRole('link', { name: 'Close dialog' }).click();
    await expect.poll(() => page.url()).toBe(`${TRELLO_SITE}/b/AbCd1234/hooli-sprint-board`);
    await waitForStandInRender(page);
    expect(await page.locator('[data-testid="card-back-name"]').count()).toBe(0);

    await page
      .getByRole('navigation', { name: 'Workspace navigation' })
      .getByRole('link', { name: 'Team Internal' })
      .click();
    await expect.poll(() => page.url()).toBe(SAMPLE_URLS.trelloUnmappedBoard);
    await waitForStandInRender(page);
    expect(await page.locator('[data-testid="board-name-display"]').textContent()).toBe(
      'Team Internal',
    );
    expect(await loadId(page)).toBe(first);
  });

  it('a real reload gets a new load marker', async () => {
    await gotoStandIn(page, SAMPLE_URLS.jiraYourWork);
    const first = await loadId(page);
    await page.reload();
    await waitForStandInRender(page);
    expect(await loadId(page)).not.toBe(first);
  });

  it('answers same-origin REST requests in the official shapes and logs them', async () => {
    server.clearRequests();
    await gotoStandIn(page, SAMPLE_URLS.jiraIssue);
    const jira = await page.evaluate(async () => {
      const r = await fetch('/rest/api/3/issue/ACME-1?fields=summary,status,project');
      return { status: r.status, body: await r.json() };
    });
    expect(jira.status).toBe(200);
    expect(jira.body.key).toBe('ACME-1');
    expect(jira.body.fields.status.statusCategory.key).toBe('indeterminate');
    expect(jira.body.fields.project).toMatchObject({ key: 'ACME', name: 'Acme Checkout' });

    await gotoStandIn(page, SAMPLE_URLS.asanaTask);
    const asana = await page.evaluate(async () => {
      const r = await fetch('/api/1.0/tasks/1300000000000004', {
        headers: { 'X-Requested-With': 'XMLHttpRequest', 'X-Allow-Asana-Client': '1' },
      });
      return { status: r.status, body: await r.json() };
    });
    expect(asana.status).toBe(200);
    expect(
      asana.body.data.memberships.map((m: { project: { gid: string } }) => m.project.gid),
    ).toEqual(['1200000000000001', '1200000000000003']);

    await gotoStandIn(page, SAMPLE_URLS.trelloCard);
    const trello = await page.evaluate(async () => {
      const card = await fetch(
        '/1/cards/Qw3rTy12?fields=name,idBoard&board=true&board_fields=name,shortLink',
      );
      const missing = await fetch('/1/boards/Zz9Zz9Zz');
      return { status: card.status, body: await card.json(), missing: missing.status };
    });
    expect(trello.status).toBe(200);
    expect(trello.body.board).toEqual({
      id: '60a000000000000000000001',
      name: 'Hooli Sprint Board',
      shortLink: 'AbCd1234',
    });
    expect(trello.missing).toBe(404);

    const api = server.apiRequests().map((r) => `${r.method} ${r.host}${r.path.split('?')[0]}`);
    expect(api).toEqual([
      'GET acme.atlassian.net/rest/api/3/issue/ACME-1',
      'GET app.asana.com/api/1.0/tasks/1300000000000004',
      'GET trello.com/1/cards/Qw3rTy12',
      'GET trello.com/1/boards/Zz9Zz9Zz',
    ]);
    expect(server.apiRequests()[1]?.headers['x-allow-asana-client']).toBe('1');
    expect(() => server.assertOnlyReads()).not.toThrow();

    const put = await page.evaluate(
      async () => (await fetch('/1/cards/Qw3rTy12', { method: 'PUT' })).status,
    );
    expect(put).toBe(405);
    expect(() => server.assertOnlyReads()).toThrow(/PUT https:\/\/trello\.com\/1\/cards\/Qw3rTy12/);
    server.clearRequests();
  });

  it('answers 404 for unknown pages, ids and hosts', async () => {
    expect((await page.goto(`${JIRA_SITE}/browse/NOPE-1`))?.status()).toBe(404);
    await waitForStandInRender(page);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    expect((await page.goto(`${ASANA_SITE}/0/1299999999999999/list`))?.status()).toBe(404);
    expect((await page.goto(`${TRELLO_SITE}/b/Zz9Zz9Zz/nothing`))?.status()).toBe(404);
    expect((await page.goto('https://nobody.atlassian.net/browse/ACME-1'))?.status()).toBe(404);
  });

  it('lets a test replace an answer (e.g. a 429)', async () => {
    const remove = server.intercept((req) =>
      req.url.pathname.startsWith('/1/boards/')
        ? { status: 429, json: { error: 'API_TOKEN_LIMIT_EXCEEDED' } }
        : undefined,
    );
    await gotoStandIn(page, SAMPLE_URLS.trelloBoard);
    const status = async () =>
      page.evaluate(async () => (await fetch('/1/boards/AbCd1234')).status);
    expect(await status()).toBe(429);
    remove();
    expect(await status()).toBe(200);
  });

  it('serves pages without serious accessibility violations (so sidebar checks stay meaningful)', async () => {
    for (const url of [
      SAMPLE_URLS.jiraIssue,
      SAMPLE_URLS.jiraBoardSelected,
      SAMPLE_URLS.asanaTaskV1,
      SAMPLE_URLS.trelloCard,
    ]) {
      await gotoStandIn(page, url);
      await expectNoSeriousA11yViolations(page);
    }
  });

  it('the accessibility check reaches into an open shadow root', async () => {
    await gotoStandIn(page, SAMPLE_URLS.jiraYourWork);
    await page.evaluate(() => {
      const host = document.createElement('div');
      host.id = 'shadow-host';
      document.body.append(host);
      const root = host.attachShadow({ mode: 'open' });
      const panel = document.createElement('aside');
      panel.dataset.testid = 'fake-sidebar';
      panel.append(document.createElement('button')); // no accessible name: critical
      root.append(panel);
    });
    await expect(
      expectNoSeriousA11yViolations(page, { include: '[data-testid="fake-sidebar"]' }),
    ).rejects.toThrow(/button-name \(critical\)/);
    await expect(expectNoSeriousA11yViolations(page)).rejects.toThrow(/button-name/);
    await expect(
      expectNoSeriousA11yViolations(page, { include: 'main#content' }),
    ).resolves.toBeUndefined();
  });
});

describe('the extension', () => {
  it('starts its service worker', async () => {
    expect(ext.extensionId).toMatch(/^[a-p]{32}$/);
    const worker = await ext.getServiceWorker();
    expect(worker.url()).toBe(`chrome-extension://${ext.extensionId}/background.js`);
    expect(
      await worker.evaluate(() => typeof (globalThis as unknown as ChromeGlobal).chrome.runtime.id),
    ).toBe('string');
  });

  it('opens its options page', async () => {
    expect(optionsPage).toBe('options.html');
    const options = await ext.openExtensionPage('options.html');
    expect(options.url()).toBe(ext.extensionUrl('options.html'));
    await options.waitForLoadState('load');
    expect(await options.title()).not.toBe('');
    // axe runs on an extension page despite its CSP (injected through CDP, not a script tag).
    expect(Array.isArray(await runAxe(options))).toBe(true);
    await options.close();
  });

  it('opens the real popup over a tracker tab', async () => {
    expect(popupPage).toBe('popup.html');
    await gotoStandIn(page, SAMPLE_URLS.jiraIssue);
    const popup = await openPopupFor(page, ext);
    const activeUrl = await popup.evaluate(async () => {
      const { chrome } = globalThis as unknown as ChromeGlobal;
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.url;
    });
    expect(activeUrl).toBe(SAMPLE_URLS.jiraIssue);
    await popup.close();
  });

  it('keeps its storage when the browser restarts with the same profile', async () => {
    const worker = await ext.getServiceWorker();
    await worker.evaluate(() =>
      (globalThis as unknown as ChromeGlobal).chrome.storage.local.set({ harnessMarker: 'kept' }),
    );
    const { userDataDir } = ext;
    await ext.close();
    ext = await launchExtensionBrowser({ port: server.port, userDataDir });
    page = await ext.context.newPage();
    const again = await ext.getServiceWorker();
    expect(
      await again.evaluate(() =>
        (globalThis as unknown as ChromeGlobal).chrome.storage.local.get('harnessMarker'),
      ),
    ).toEqual({
      harnessMarker: 'kept',
    });
    expect(ext.userDataDir).toBe(userDataDir);
  });
});

describe('the harness itself', () => {
  it('has up-to-date .d.mts declarations for the stand-in modules', async () => {
    const run = promisify(execFile);
    const { stdout } = await run(process.execPath, [
      join(REPO_ROOT, 'test/e2e/server/generate-types.mjs'),
      '--check',
    ]);
    expect(stdout).toContain('up to date');
  });
});
