// `npm run demo`: builds the Chrome extension, starts the local stand-in for Jira, Asana and
// Trello, opens Chromium with the extension, seeds demo partners through the extension's own
// RPC, visits mapped and unmapped pages and writes screenshots to demo-output/.
//
// Headed when DISPLAY is set and HEADLESS isn't 1 (the browser stays open until Ctrl+C);
// headless otherwise (exits after writing the screenshots).
//
//   npm run demo
//   HEADLESS=1 npm run demo
//   DEMO_SKIP_BUILD=1 npm run demo     reuse .output/chrome-mv3
//   DEMO_FRESH=1 npm run demo          start from an empty browser profile

import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, relative } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../test/e2e/server/chromium-options.mjs';
import { demoEngagement } from '../test/e2e/server/demo-engagement.mjs';
import { DEMO_PARTNERS, SAMPLE_URLS } from '../test/e2e/server/sample-data.mjs';
import { startStandInServer } from '../test/e2e/server/stand-in-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'demo-output');
const profileDir = join(outDir, 'chromium-profile');
/** `DEMO_DOCS=1` also copies the sidebar screenshots the README shows into docs/screenshots/. */
const docsDir = process.env.DEMO_DOCS === '1' ? join(root, 'docs', 'screenshots') : null;
const DOC_SCREENSHOTS = {
  'jira-issue.png': 'sidebar-jira.png',
  'asana-task.png': 'sidebar-asana.png',
  'trello-card.png': 'sidebar-trello.png',
};
const extensionDir = join(root, '.output', 'chrome-mv3');
const headless = !(process.env.DISPLAY && process.env.HEADLESS !== '1');
const RPC_KIND = 'partner-lens/rpc';

/** @typedef {import('playwright-core').Page} Page */
/** @typedef {import('playwright-core').BrowserContext} BrowserContext */
/** @typedef {import('playwright-core').Worker} Worker */

/** @param {string} message */
const log = (message) => console.log(`[demo] ${message}`);

/** @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function build() {
  if (process.env.DEMO_SKIP_BUILD === '1' && existsSync(join(extensionDir, 'manifest.json'))) {
    log('DEMO_SKIP_BUILD=1: using the existing .output/chrome-mv3');
    return;
  }
  log('Building the Chrome extension (npx wxt build -b chrome)…');
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  const result = spawnSync(npx, ['wxt', 'build', '-b', 'chrome'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('[demo] The build failed; see the output above.');
    process.exit(result.status ?? 1);
  }
}

/**
 * Calls the extension's RPC from one of its pages, as the options page itself does.
 * @param {Page} page
 * @param {string} method
 * @param {unknown} params
 * @returns {Promise<any>}
 */
async function rpc(page, method, params) {
  /** @type {any} */
  const response = await page.evaluate(
    (request) => /** @type {any} */ (globalThis).chrome.runtime.sendMessage(request),
    { kind: RPC_KIND, method, params },
  );
  if (!response || typeof response !== 'object' || !('ok' in response)) {
    throw new Error(`${method}: no answer from the extension (${JSON.stringify(response)})`);
  }
  if (!response.ok) {
    throw new Error(`${method} failed: ${response.error?.code}: ${response.error?.message}`);
  }
  return response.result;
}

/**
 * Saves DEMO_PARTNERS and their scopes; partners whose name exists are kept, and only their
 * missing scopes are added.
 * @param {Page} page  the options page
 */
async function seed(page) {
  /** @type {{ id: string, name: string }[]} */
  const existing = await rpc(page, 'partners.list', {});
  const byName = new Map(existing.map((p) => [p.name, p.id]));
  for (const { partner, scopes } of DEMO_PARTNERS) {
    let id = byName.get(partner.name);
    /** @type {{ tool: string, site: string, ids: string[] }[]} */
    let current = [];
    if (id) {
      current = await rpc(page, 'scopes.list', { partnerId: id }).catch(() => []);
      log(`Partner “${partner.name}” exists`);
    } else {
      id = /** @type {string} */ ((await rpc(page, 'partners.save', partner)).id);
      log(`Saved partner “${partner.name}”`);
    }
    // Every demo partner with tracker work gets a starting KPI set, once.
    const kpis = await rpc(page, 'kpis.list', { partnerId: id });
    if (kpis.length === 0 && scopes.length > 0) {
      const templateId = scopes.some((scope) => scope.tool === 'trello')
        ? 'support-vendor'
        : 'delivery-basics';
      await rpc(page, 'kpis.applyTemplate', { partnerId: id, templateId });
      log(`  applied the KPI template ${templateId}`);
    }
    for (const scope of scopes) {
      const same = current.some(
        (s) => s.tool === scope.tool && s.site === scope.site && s.ids.join() === scope.ids.join(),
      );
      if (same) continue;
      await rpc(page, 'scopes.save', { partnerId: id, ...scope });
      log(`  mapped ${scope.tool} ${scope.site} ${scope.ids.join(', ')}`);
    }
    byName.set(partner.name, id);
  }
  // RACI, risks, plan, meetings and feedback, once (a profile that has RACI tags has them all).
  if ((await rpc(page, 'raci.list', {})).length === 0) {
    const records = demoEngagement(Object.fromEntries(byName), new Date());
    for (const [method, params] of records) await rpc(page, method, params);
    log(`Saved ${records.length} RACI tags, risks, milestones, meetings and feedback entries`);
  }
}

/**
 * @param {BrowserContext} context
 * @returns {Promise<Worker>}
 */
async function serviceWorker(context) {
  const isOurs = (/** @type {Worker} */ w) => w.url().startsWith('chrome-extension://');
  return (
    context.serviceWorkers().find(isOurs) ??
    context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 })
  );
}

/**
 * Waits until the stand-in page has rendered its current URL.
 * @param {Page} page
 */
async function waitForRender(page) {
  await page.waitForFunction(
    // eslint-disable-next-line no-undef -- runs in the page
    () => document.body?.dataset.renderedUrl === location.pathname + location.search,
    undefined,
    { timeout: 10_000 },
  );
}

/**
 * Opens the real toolbar popup over `page` (see /work/shared/TESTING.md).
 * @param {Page} page
 * @param {BrowserContext} context
 * @param {number} debuggingPort
 */
async function openPopup(page, context, debuggingPort) {
  await page.bringToFront();
  const worker = await serviceWorker(context);
  await worker.evaluate(() => /** @type {any} */ (globalThis).chrome.action.openPopup());
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    // A CDP connection only sees a popup that was open when it connected.
    const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${debuggingPort}`);
    const popup = cdp
      .contexts()
      .flatMap((c) => c.pages())
      .find((p) => p.url().endsWith('/popup.html'));
    if (popup) return { popup, cdp };
    await cdp.close();
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('The popup did not open');
}

async function main() {
  build();
  await mkdir(outDir, { recursive: true });
  if (process.env.DEMO_FRESH === '1') await rm(profileDir, { recursive: true, force: true });

  const server = await startStandInServer({ port: Number(process.env.DEMO_PORT ?? 0) });
  log(`Stand-in for Jira, Asana and Trello on https://127.0.0.1:${server.port}`);
  const debuggingPort = await freePort();
  /** @type {BrowserContext} */
  let context;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      ...chromiumLaunchOptions({ extensionDir, port: server.port, debuggingPort, headless }),
      viewport: headless ? { width: 1440, height: 900 } : null,
    });
  } catch (error) {
    await server.close();
    console.error(
      `[demo] Chromium did not start (${String(error).split('\n')[0]}). Is another demo still open?` +
        ` Close it, or run with DEMO_FRESH=1.`,
    );
    process.exit(1);
  }
  log(`Chromium ${headless ? 'headless' : 'with a window'}, profile ${relative(root, profileDir)}`);

  /** @type {string[]} */
  const written = [];
  /** @type {string[]} */
  const problems = [];
  let closing = false;
  const shutdown = async (/** @type {number} */ code) => {
    if (closing) return;
    closing = true;
    await context.close().catch(() => undefined);
    await server.close();
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(problems.length ? 1 : 0));
  process.on('SIGTERM', () => void shutdown(problems.length ? 1 : 0));

  /**
   * @param {Page} page
   * @param {string} name
   */
  const shoot = async (page, name) => {
    const path = join(outDir, name);
    await page.screenshot({ path });
    written.push(path);
    const docName = DOC_SCREENSHOTS[/** @type {keyof typeof DOC_SCREENSHOTS} */ (name)];
    if (docsDir && docName) {
      await mkdir(docsDir, { recursive: true });
      await copyFile(path, join(docsDir, docName));
      written.push(join(docsDir, docName));
    }
  };

  try {
    const worker = await serviceWorker(context);
    const extensionId = new URL(worker.url()).host;
    log(`Extension ${extensionId} loaded`);

    const optionsUrl = `chrome-extension://${extensionId}/options.html`;
    const options = context.pages()[0] ?? (await context.newPage());
    await options.goto(optionsUrl);
    await seed(options);

    /** @type {{ name: string, url: string, mapped: boolean }[]} */
    const visits = [
      { name: 'jira-issue.png', url: SAMPLE_URLS.jiraIssue, mapped: true },
      { name: 'jira-board.png', url: SAMPLE_URLS.jiraBoardSelected, mapped: true },
      { name: 'asana-task.png', url: SAMPLE_URLS.asanaTask, mapped: true },
      { name: 'trello-board.png', url: SAMPLE_URLS.trelloBoard, mapped: true },
      { name: 'trello-card.png', url: SAMPLE_URLS.trelloCard, mapped: true },
      { name: 'unmapped.png', url: SAMPLE_URLS.jiraUnmappedBoard, mapped: false },
    ];
    const page = await context.newPage();
    // The README's screenshots show the whole sidebar, so give them a tall window.
    if (docsDir && headless) await page.setViewportSize({ width: 1440, height: 1800 });
    for (const visit of visits) {
      await page.goto(visit.url);
      await waitForRender(page);
      try {
        const sidebar = page.locator('[data-testid="pl-sidebar"]').first();
        const tab = page.locator('[data-testid="pl-slim-tab"] [data-testid="pl-sidebar-toggle"]');
        await sidebar.or(tab).first().waitFor({ timeout: 15_000 });
        // A board page shows the slim tab until asked: open the sidebar as a person would.
        if ((await sidebar.count()) === 0) await tab.click().catch(() => undefined);
        await sidebar.waitFor({ timeout: 15_000 });
        if (visit.mapped) {
          await page
            .locator('[data-testid="pl-partner-name"]')
            .first()
            .waitFor({ timeout: 10_000 });
          // The engagement sections (RACI, risks, plan, feedback) load after the partner.
          await page
            .locator('[data-testid="pl-relationship"]')
            .first()
            .waitFor({ timeout: 10_000 });
        }
        const name = visit.mapped
          ? await page.locator('[data-testid="pl-partner-name"]').first().textContent()
          : null;
        log(`${visit.url}: sidebar shown${name ? ` for “${name.trim()}”` : ''}`);
      } catch {
        const what = visit.mapped ? 'the sidebar with a partner name' : 'the sidebar';
        problems.push(`${visit.url}: ${what} did not appear`);
        log(`${visit.url}: ${what} did not appear (screenshot taken anyway)`);
      }
      // Let transitions settle so the screenshot shows the final state.
      await page.waitForTimeout(300);
      await shoot(page, visit.name);
    }

    await options.reload();
    await options.waitForLoadState('load');
    // Show a partner's details when the options page lists partners as links.
    await options
      .locator('[data-testid="pl-partner-link"]', { hasText: 'Acme Corp' })
      .first()
      .click({ timeout: 5_000 })
      .catch(() => log('options: no “Acme Corp” link to open; showing the list'));
    await options.waitForTimeout(300);
    await shoot(options, 'options.png');
    // The partner's KPI table (the section the sidebar's "Set up KPIs" opens).
    await options.evaluate(() => {
      const { location } = globalThis;
      if (/^#\/partners\/[^/]+$/.test(location.hash)) location.hash = `${location.hash}/kpis`;
    });
    await options
      .locator('[data-testid="pl-kpi-row"]')
      .first()
      .waitFor({ timeout: 10_000 })
      .catch(() => log('options: no KPI rows to show'));
    await shoot(options, 'options-kpis.png');

    await page.goto(SAMPLE_URLS.jiraIssue);
    await waitForRender(page);
    try {
      const { popup, cdp } = await openPopup(page, context, debuggingPort);
      await popup.waitForLoadState('load');
      await popup
        .locator('[data-testid="pl-partner-name"]')
        .first()
        .waitFor({ timeout: 10_000 })
        .catch(() => problems.push('popup: no partner name shown'));
      await shoot(popup, 'popup.png');
      if (headless) await cdp.close();
    } catch (error) {
      problems.push(`popup: ${String(error)}`);
    }
  } catch (error) {
    problems.push(String(error instanceof Error ? error.message : error));
  }

  console.log('\nWrote:');
  for (const path of written) {
    console.log(`  ${relative(root, path)}  (${Math.round(statSync(path).size / 1024)} KB)`);
  }
  if (problems.length > 0) {
    console.log('\nProblems:');
    for (const problem of problems) console.log(`  - ${problem}`);
  }
  const nonGet = server.nonGetRequests();
  console.log(
    `\nRequests to the trackers: ${server.requests.length} (${server.apiRequests().length} REST, ` +
      `${nonGet.length} not GET)`,
  );

  if (headless) {
    await shutdown(problems.length > 0 ? 1 : 0);
  } else {
    log('The browser stays open: try the pages, the sidebar and the popup. Ctrl+C to quit.');
    context.on('close', () => void shutdown(problems.length > 0 ? 1 : 0));
  }
}

await main();
