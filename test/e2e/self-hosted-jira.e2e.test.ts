// Self-hosted Jira (Data Center) under a context path: the user adds its address in the options
// page, maps a project of it to a partner, and sees the sidebar with the live issue on its
// pages; removing the site stops the overlay on the next load.
//
// Chrome's permission prompt cannot be clicked in a test, so this runs the test build, whose
// manifest already grants the stand-in's origin (`permissions.request` resolves at once):
//   PARTNER_LENS_TEST_ORIGINS=https://jira.example.com npx wxt build -b chrome
// writes .output/chrome-mv3-test (`npm run test:e2e` builds it when missing).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectNoSeriousA11yViolations,
  expectShownItem,
  expectSidebarPartner,
  gotoStandIn,
  JIRA_DC_BASE_URL,
  JIRA_DC_HOST,
  JIRA_DC_SITE,
  launchExtensionBrowser,
  loadId,
  REPO_ROOT,
  SAMPLE_URLS,
  screenshotOnFailure,
  seedPartners,
  shownItem,
  startStandInServer,
  textOf,
  unansweredApiRequests,
  waitForDataPhase,
  waitForStandInRender,
  type ExtensionBrowser,
  type StandInServer,
} from './support';

const TEST_BUILD = '.output/chrome-mv3-test';
const SITE_LABEL = JIRA_DC_BASE_URL; // https://jira.example.com/jira
const PARTNER = 'Opsco Managed Services';
/** How long a poll waits for the page or the extension to catch up (vitest's default is 1 s). */
const WAIT = { timeout: 10_000 };

let server: StandInServer;
let ext: ExtensionBrowser;
const openPages: Page[] = [];
screenshotOnFailure(() => openPages);

async function newPage(): Promise<Page> {
  const page = await ext.context.newPage();
  openPages.push(page);
  return page;
}

async function openJiraSitesOptions(): Promise<Page> {
  // The options page's section for self-hosted Jira.
  const options = await ext.openExtensionPage('options.html#/jira-sites');
  openPages.push(options);
  await options.getByRole('form', { name: 'Self-hosted Jira' }).waitFor();
  return options;
}

/**
 * The extension contexts (isolated worlds) running in a page once it has loaded: content
 * scripts run at `document_idle`, at the latest right after the `load` event, so after `load`
 * and one more task an empty list means none was injected.
 */
async function extensionWorldsIn(page: Page): Promise<string[]> {
  await page.waitForLoadState('load');
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  const cdp = await page.context().newCDPSession(page);
  const worlds: string[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin.startsWith('chrome-extension://')) worlds.push(context.name);
  });
  // Enabling the domain reports every existing context before it answers.
  await cdp.send('Runtime.enable');
  await cdp.detach();
  return worlds;
}

beforeAll(async () => {
  if (!existsSync(join(REPO_ROOT, TEST_BUILD, 'manifest.json'))) {
    throw new Error(
      `No test build at ${TEST_BUILD}. Run \`PARTNER_LENS_TEST_ORIGINS=${JIRA_DC_SITE} npx wxt build -b chrome\` (or \`npm run test:e2e\`).`,
    );
  }
  server = await startStandInServer();
  ext = await launchExtensionBrowser({ port: server.port, extensionDir: TEST_BUILD });
});

afterAll(async () => {
  await ext?.close();
  await ext?.removeProfile();
  await server?.close();
});

describe('self-hosted Jira', () => {
  it('is added in the options page by its address, with readable errors for wrong ones', async () => {
    const options = await openJiraSitesOptions();
    const form = options.getByRole('form', { name: 'Self-hosted Jira' });
    const address = form.getByLabel('Jira address');
    const add = form.getByRole('button', { name: 'Add self-hosted Jira' });
    expect(await textOf(options.locator('.pl-jira-sites'))).toContain('No self-hosted Jira added');

    await address.fill(`http://${JIRA_DC_HOST}/jira`);
    await add.click();
    await expect.poll(() => textOf(form), WAIT).toContain('over https only');
    await address.fill('https://acme.atlassian.net');
    await add.click();
    await expect.poll(() => textOf(form), WAIT).toContain('already supported without setup');
    expect(await options.getByTestId('pl-jira-site').count()).toBe(0);
    await expectNoSeriousA11yViolations(options);

    await address.fill(SITE_LABEL);
    await add.click();
    await expect
      .poll(() => textOf(options.getByRole('status').filter({ hasText: 'Added' })), WAIT)
      .toContain(`Added ${SITE_LABEL}.`);
    const site = options.getByTestId('pl-jira-site');
    await expect.poll(() => site.count(), WAIT).toBe(1);
    expect(await textOf(site)).toContain(SITE_LABEL);
    expect(await site.getByRole('button', { name: `Remove ${SITE_LABEL}` }).textContent()).toBe(
      'Remove',
    );
    expect(await address.inputValue()).toBe('');
    await expectNoSeriousA11yViolations(options);
  });

  it('shows the partner, the site and the live issue on an issue page of a mapped project', async () => {
    const options = openPages.at(-1)!;
    await seedPartners(options, [
      {
        partner: {
          name: PARTNER,
          status: 'active',
          contacts: [
            {
              name: 'Omar Haddad',
              role: 'Operations lead',
              email: 'omar.haddad@opsco.example',
              phone: '',
            },
          ],
          emailDomains: ['opsco.example'],
        },
        scopes: [{ tool: 'jira', site: JIRA_DC_SITE, ids: ['OPS'], label: 'Operations Portal' }],
      },
    ]);

    const page = await newPage();
    await gotoStandIn(page, SAMPLE_URLS.jiraDcIssue);
    await expectSidebarPartner(page, PARTNER);
    const context = await textOf(page.getByTestId('pl-context'));
    for (const part of ['Jira', JIRA_DC_HOST, 'OPS', 'OPS-1']) expect(context).toContain(part);
    await expectShownItem(page, {
      title: 'Nightly backup job fails on the reporting database',
      status: 'In Progress',
      category: 'doing',
    });
    // Read from the instance's REST v2 under its context path.
    expect(
      server
        .apiRequests()
        .some((r) => r.host === JIRA_DC_HOST && r.path.startsWith('/jira/rest/api/2/issue/OPS-1?')),
    ).toBe(true);
    expect(await waitForDataPhase(page, 'ready')).toContain('3 items cached');
    await expectNoSeriousA11yViolations(page, { include: '[data-testid="pl-sidebar"]' });
    // The partner chip beside the issue's summary (`#summary-val`).
    const chip = page
      .locator('#issue-content')
      .getByRole('button', { name: `Partner Lens: ${PARTNER}. Open the sidebar`, exact: true });
    await expect.poll(() => chip.count(), WAIT).toBe(1);
  });

  it('follows in-app navigation to the agile board and the issue opened on it', async () => {
    const page = openPages.at(-1)!;
    const loaded = await loadId(page);
    await page.getByRole('link', { name: 'Boards', exact: true }).click();
    await waitForStandInRender(page);
    await expect.poll(() => shownItem(page), WAIT).toBeNull();
    await expectSidebarPartner(page, PARTNER);
    // Each card of the mapped project carries the partner badge.
    const cards = page.locator('#ghx-pool .ghx-issue');
    await expect
      .poll(
        () =>
          cards.evaluateAll((els) =>
            els.map((el) => el.querySelector('[data-testid="pl-badge"]')?.textContent ?? ''),
          ),
        WAIT,
      )
      .toEqual([PARTNER, PARTNER, PARTNER]);

    await page.locator('#ghx-pool .ghx-issue[data-issue-key="OPS-2"] a').click();
    await waitForStandInRender(page);
    await expectShownItem(page, {
      title: 'Add a status page for the VPN',
      status: 'Open',
      category: 'todo',
    });
    expect(await loadId(page)).toBe(loaded);
    await expectNoSeriousA11yViolations(page, { include: '[data-testid="pl-sidebar"]' });
    await expectNoSeriousA11yViolations(page, { include: 'main#content' });
  });

  it('says no partner is mapped on a project of the site nobody mapped', async () => {
    const page = await newPage();
    await gotoStandIn(page, SAMPLE_URLS.jiraDcUnmappedIssue);
    const sidebar = page.getByTestId('pl-sidebar');
    await expect
      .poll(() => textOf(sidebar.getByTestId('pl-no-partner')), { timeout: 15_000 })
      .toContain('No partner mapped');
    expect(await textOf(sidebar.getByTestId('pl-context'))).toContain('INFRA');
  });

  it('read the instance only with GETs, each answered', async () => {
    const dc = server.apiRequests().filter((r) => r.host === JIRA_DC_HOST);
    expect(dc.length).toBeGreaterThan(0);
    expect(dc.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(dc.every((r) => r.path.startsWith('/jira/rest/api/2/'))).toBe(true);
    expect(unansweredApiRequests(server)).toEqual([]);
  });

  it('stops the overlay on a fresh load once the site is removed', async () => {
    // Before: the extension runs on the site's pages.
    const before = await newPage();
    await gotoStandIn(before, SAMPLE_URLS.jiraDcIssue);
    await expectSidebarPartner(before, PARTNER);
    expect(await extensionWorldsIn(before)).not.toEqual([]);

    const options = await openJiraSitesOptions();
    await options.getByRole('button', { name: `Remove ${SITE_LABEL}` }).click();
    await expect
      .poll(() => textOf(options.locator('.pl-jira-sites')), WAIT)
      .toContain(`Removed ${SITE_LABEL}.`);
    await expect.poll(() => options.getByTestId('pl-jira-site').count(), WAIT).toBe(0);
    expect(await textOf(options.locator('.pl-jira-sites'))).toContain('No self-hosted Jira added');

    const after = await newPage();
    await gotoStandIn(after, SAMPLE_URLS.jiraDcIssue);
    expect(await extensionWorldsIn(after)).toEqual([]);
    expect(await after.getByTestId('pl-sidebar').count()).toBe(0);
    // The page itself is the instance's, untouched (and the stand-in's markup accessible, so
    // the sidebar checks above stay meaningful).
    expect(await after.locator('#summary-val').textContent()).toBe(
      'Nightly backup job fails on the reporting database',
    );
    await expectNoSeriousA11yViolations(after);
  });
});
