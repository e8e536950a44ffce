// The foundation's end-to-end slice, per tool: a partner and a scope created through the
// options page, the sidebar on a matching page, in-app navigation to an unmapped project,
// and the data surviving a browser restart on the same profile.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectNoSeriousA11yViolations,
  gotoStandIn,
  launchExtensionBrowser,
  loadId,
  openPopupFor,
  SAMPLE_URLS,
  pushStateNavigate,
  screenshotOnFailure,
  sidebarOf,
  slimTabOf,
  startStandInServer,
  waitForStandInRender,
  type ExtensionBrowser,
  type StandInServer,
} from './support';

interface ToolCase {
  tool: 'Jira' | 'Asana' | 'Trello';
  partner: string;
  contactEmail: string;
  site?: string;
  ids: string;
  /** How the saved scope lists its ids (Jira keys are upper-cased). */
  scopeText: string;
  idsLabel: 'Projects' | 'Boards';
  mappedUrl: string;
  expectedContext: string[];
  /** The host app's own navigation link to a project/board nobody mapped. */
  unmappedLink: { nav: string; name: RegExp };
  unmappedContext: string;
}

const CASES: ToolCase[] = [
  {
    tool: 'Jira',
    partner: 'Acme Corp',
    contactEmail: 'dana@acme.example',
    site: 'https://acme.atlassian.net',
    ids: 'acme',
    scopeText: 'ACME',
    idsLabel: 'Projects',
    mappedUrl: SAMPLE_URLS.jiraIssue,
    expectedContext: ['Jira', 'acme.atlassian.net', 'ACME', 'ACME-1'],
    unmappedLink: { nav: 'Project navigation', name: /Internal Tools/ },
    unmappedContext: 'INT',
  },
  {
    tool: 'Asana',
    partner: 'Initech',
    contactEmail: 'peter@initech.example',
    ids: '1200000000000001',
    scopeText: '1200000000000001',
    idsLabel: 'Projects',
    mappedUrl: SAMPLE_URLS.asanaTaskV1,
    expectedContext: ['Asana', 'app.asana.com', '1200000000000001', '1300000000000001'],
    unmappedLink: { nav: 'Sidebar', name: /Marketing Internal/ },
    unmappedContext: '1200000000000003',
  },
  {
    tool: 'Trello',
    partner: 'Hooli Studio',
    contactEmail: 'gavin@hooli.example',
    ids: 'AbCd1234',
    scopeText: 'AbCd1234',
    idsLabel: 'Boards',
    mappedUrl: SAMPLE_URLS.trelloBoard,
    expectedContext: ['Trello', 'trello.com', 'AbCd1234'],
    unmappedLink: { nav: 'Workspace navigation', name: /Team Internal/ },
    unmappedContext: 'IjKl9012',
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

async function textOf(locator: Locator): Promise<string> {
  return (await locator.innerText({ timeout: 10_000 })).trim();
}

async function expectSidebarPartner(page: Page, name: string) {
  // On a board page (Trello's case) this opens the sidebar from its slim tab.
  const sidebar = await sidebarOf(page);
  await expect
    .poll(() => textOf(sidebar.getByTestId('pl-partner-name')), { timeout: 10_000 })
    .toBe(name);
}

beforeAll(async () => {
  server = await startStandInServer({ port: 0 });
  ext = await launchExtensionBrowser({ port: server.port });
});

afterAll(async () => {
  await ext?.close();
  await ext?.removeProfile();
  await server?.close();
});

describe('options page', () => {
  it('starts with an empty state that says what to do first, and is accessible', async () => {
    const options = await ext.openExtensionPage('options.html');
    openPages.push(options);
    const empty = options.getByTestId('pl-options-empty');
    await expect.poll(() => textOf(empty)).toContain('Start by adding a partner');
    await expectNoSeriousA11yViolations(options);

    // The header leads to the other section and back.
    const sections = options.getByRole('navigation', { name: 'Settings sections' });
    await sections.getByRole('link', { name: 'Self-hosted Jira' }).click();
    await options.getByRole('heading', { name: 'Self-hosted Jira', level: 2 }).waitFor();
    expect(await options.getByLabel('Jira address').count()).toBe(1);
    await sections.getByRole('link', { name: 'Partners' }).click();
    await expect.poll(() => textOf(empty)).toContain('Start by adding a partner');
  });

  it('shows readable inline errors and saves nothing on bad input', async () => {
    const options = openPages.at(-1)!;
    await options.getByRole('link', { name: 'Add your first partner' }).click();
    await options.getByRole('button', { name: 'Add contact' }).click();
    await options.getByLabel('E-mail', { exact: true }).fill('not-an-address');
    await options.getByLabel('Contract start').fill('2026-05-01');
    await options.getByLabel('Contract end').fill('2026-01-01');
    await options.getByRole('button', { name: 'Create partner' }).click();

    const alerts = options.getByRole('alert');
    await expect
      .poll(async () => (await alerts.allInnerTexts()).join(' | '))
      .toContain('Enter the partner’s name');
    const text = (await alerts.allInnerTexts()).join(' | ');
    expect(text).toContain('Enter a valid e-mail address');
    expect(text).toContain('The contract end date must be on or after its start date');
    await expect
      .poll(() => options.getByLabel('Name', { exact: true }).getAttribute('aria-invalid'))
      .toBe('true');
    await expectNoSeriousA11yViolations(options);
    await options.getByRole('button', { name: 'Cancel' }).click();
    expect(await options.getByTestId('pl-partner-link').count()).toBe(0);
  });
});

describe.each(CASES)('$tool', (c) => {
  it('creates the partner and its scope through the options page', async () => {
    const options = await ext.openExtensionPage('options.html');
    openPages.push(options);
    await options
      .getByRole('link', { name: /^Add (your first )?partner$/ })
      .first()
      .click();
    await options.getByLabel('Name', { exact: true }).fill(c.partner);
    await options.getByLabel('Status').selectOption('active');
    await options.getByRole('button', { name: 'Add contact' }).click();
    await options.getByLabel('Contact name').fill('Main contact');
    await options.getByLabel('E-mail', { exact: true }).fill(c.contactEmail);
    await options.getByRole('button', { name: 'Create partner' }).click();

    await expect.poll(() => textOf(options.getByTestId('pl-partner-name'))).toBe(c.partner);
    await options.getByLabel('Tool', { exact: true }).selectOption({ label: c.tool });
    if (c.site) await options.getByLabel('Site', { exact: true }).fill(c.site);
    // A wrong id is rejected in words before anything is saved.
    await options.getByLabel(c.idsLabel, { exact: true }).fill('not valid!');
    await options.getByRole('button', { name: 'Add scope' }).click();
    await expect
      .poll(async () => (await options.getByRole('alert').allInnerTexts()).join(' '))
      .toContain('is not valid here');
    expect(await options.getByTestId('pl-scope').count()).toBe(0);

    await options.getByLabel(c.idsLabel, { exact: true }).fill(c.ids);
    await options.getByRole('button', { name: 'Add scope' }).click();
    await expect.poll(() => textOf(options.getByTestId('pl-scope'))).toContain(c.scopeText);
    await expectNoSeriousA11yViolations(options);
    await options.close();
  });

  it('shows the partner in the sidebar on a matching page', async () => {
    const page = await newPage();
    await gotoStandIn(page, c.mappedUrl);
    await expectSidebarPartner(page, c.partner);
    const context = await textOf(page.getByTestId('pl-context'));
    for (const part of c.expectedContext) expect(context).toContain(part);
    const sidebar = page.getByTestId('pl-sidebar');
    expect(await sidebar.getByRole('link', { name: c.contactEmail }).getAttribute('href')).toBe(
      `mailto:${c.contactEmail}`,
    );
    await expectNoSeriousA11yViolations(page, { include: '[data-testid="pl-sidebar"]' });
  });

  it('follows in-app navigation to an unmapped project without a reload', async () => {
    const page = openPages.at(-1)!;
    const before = await loadId(page);
    await page
      .getByRole('navigation', { name: c.unmappedLink.nav })
      .getByRole('link', { name: c.unmappedLink.name })
      .click();
    await waitForStandInRender(page);
    const sidebar = page.getByTestId('pl-sidebar');
    await expect
      .poll(() => textOf(sidebar.getByTestId('pl-no-partner')))
      .toContain('No partner mapped');
    expect(await sidebar.getByTestId('pl-partner-name').count()).toBe(0);
    expect(await textOf(sidebar.getByTestId('pl-context'))).toContain(c.unmappedContext);
    expect(await loadId(page)).toBe(before);
    await expectNoSeriousA11yViolations(page, { include: '[data-testid="pl-sidebar"]' });

    // And back: the browser's back button is in-app navigation too.
    await page.goBack();
    await waitForStandInRender(page);
    await expectSidebarPartner(page, c.partner);
    expect(await loadId(page)).toBe(before);
  });
});

describe('sidebar', () => {
  it('collapses and expands from its toggle, with Esc, and remembers the state', async () => {
    const page = await newPage();
    await gotoStandIn(page, SAMPLE_URLS.jiraIssue);
    await expectSidebarPartner(page, 'Acme Corp');
    // The loading frame drawn before the sidebar bundle has stepped aside for it.
    expect(await page.locator('partner-lens-shell').count()).toBe(0);
    const toggle = page.getByTestId('pl-sidebar-toggle');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');

    await page
      .getByTestId('pl-sidebar')
      .getByRole('button', { name: 'Collapse Partner Lens sidebar', exact: true })
      .focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByTestId('pl-partner-name').isVisible()).toBe(false);

    await page.reload();
    await waitForStandInRender(page);
    await page.getByTestId('pl-sidebar-toggle').waitFor();
    await expect
      .poll(() => page.getByTestId('pl-sidebar-toggle').getAttribute('aria-expanded'))
      .toBe('false');

    await page.getByTestId('pl-sidebar-toggle').press('Enter');
    await expect
      .poll(() => page.getByTestId('pl-sidebar-toggle').getAttribute('aria-expanded'))
      .toBe('true');
    await expectSidebarPartner(page, 'Acme Corp');
  });

  it('toggles on the keyboard shortcut', async () => {
    const page = await newPage();
    await gotoStandIn(page, SAMPLE_URLS.jiraIssue);
    await page.bringToFront();
    await expectSidebarPartner(page, 'Acme Corp');
    const toggle = page.getByTestId('pl-sidebar-toggle');
    // The browser turns the shortcut into a command; the background relays it to the tab.
    const sendCommand = async () => {
      const worker = await ext.getServiceWorker();
      await worker.evaluate(async (url) => {
        const api = (
          globalThis as unknown as {
            chrome: {
              tabs: {
                query(q: { url: string }): Promise<{ id?: number }[]>;
                sendMessage(tabId: number, message: unknown): Promise<unknown>;
              };
            };
          }
        ).chrome;
        const [tab] = await api.tabs.query({ url });
        await api.tabs.sendMessage(tab!.id!, {
          kind: 'partner-lens/sidebar-command',
          command: 'toggle',
        });
      }, page.url());
    };
    await sendCommand();
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByTestId('pl-partner-name').isVisible()).toBe(false);
    await sendCommand();
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    await expectSidebarPartner(page, 'Acme Corp');
  });

  it('finds the board of a Trello card from the tracker to match the partner', async () => {
    const page = await newPage();
    await gotoStandIn(page, SAMPLE_URLS.trelloCard);
    await expectSidebarPartner(page, 'Hooli Studio');
  });

  it('shows a board with the slim tab only, until the tab is used or an item opens', async () => {
    const page = await newPage();
    await gotoStandIn(page, SAMPLE_URLS.jiraBoard);
    const tab = slimTabOf(page);
    await tab.waitFor();
    // No React on the board until it is asked for: the sidebar bundle is not in the page.
    expect(await page.locator('partner-lens-sidebar').count()).toBe(0);
    const toggle = tab.getByTestId('pl-sidebar-toggle');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await expectNoSeriousA11yViolations(page, { include: 'partner-lens-shell' });

    // Enter on the tab brings the sidebar in, open, with the focus in its panel.
    await toggle.press('Enter');
    await page.getByTestId('pl-sidebar').waitFor();
    await expect.poll(() => tab.count()).toBe(0);
    await expectSidebarPartner(page, 'Acme Corp');
    await expect
      .poll(() =>
        page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.className ?? ''),
      )
      .toContain('pl-panel');

    // Opening an item on a board brings the sidebar by itself (Jira's preview panel).
    const other = await newPage();
    await gotoStandIn(other, SAMPLE_URLS.jiraBoard);
    await slimTabOf(other).waitFor();
    const selected = new URL(SAMPLE_URLS.jiraBoardSelected);
    await pushStateNavigate(other, selected.pathname + selected.search);
    await other.getByTestId('pl-sidebar').waitFor();
    await expect.poll(() => slimTabOf(other).count()).toBe(0);
    await expectSidebarPartner(other, 'Acme Corp');
  });
});

describe('popup', () => {
  it('shows the current tab’s context and partner, and is accessible', async () => {
    const page = await newPage();
    await gotoStandIn(page, SAMPLE_URLS.asanaTask);
    await expectSidebarPartner(page, 'Initech');
    const popup = await openPopupFor(page, ext);
    await expect.poll(() => textOf(popup.getByTestId('pl-partner-name'))).toBe('Initech');
    expect(await textOf(popup.getByTestId('pl-context'))).toContain('1200000000000001');
    await expectNoSeriousA11yViolations(popup);
    await popup.close();
  });

  it('says what to do on a page without a context', async () => {
    const page = await newPage();
    await gotoStandIn(page, SAMPLE_URLS.jiraYourWork);
    const popup = await openPopupFor(page, ext);
    await expect
      .poll(() => textOf(popup.getByTestId('pl-popup-no-context')))
      .toContain('Open a project, board or item');
    await expectNoSeriousA11yViolations(popup);
    await popup.close();
  });
});

describe('after a browser restart on the same profile', () => {
  it('still has every partner, scope and the sidebar on each tool', async () => {
    for (const page of openPages.splice(0)) await page.close().catch(() => undefined);
    await ext.close();
    ext = await launchExtensionBrowser({ port: server.port, userDataDir: ext.userDataDir });

    const options = await ext.openExtensionPage('options.html');
    openPages.push(options);
    await expect
      .poll(async () => (await options.getByTestId('pl-partner-link').allInnerTexts()).join(' '))
      .toMatch(/Acme Corp.*Hooli Studio.*Initech/s);
    for (const c of CASES) {
      const page = await newPage();
      await gotoStandIn(page, c.mappedUrl);
      await expectSidebarPartner(page, c.partner);
    }
  });
});
