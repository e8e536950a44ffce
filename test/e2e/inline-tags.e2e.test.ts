// Inline tags end to end: the partner chip beside an item title (Jira issue view, the board's
// preview panel, the issue modal; Asana task pane; Trello card back), the chip opening the
// sidebar, and partner badges on board cards — only on cards of mapped projects and boards,
// and nothing at all on a site where nothing is mapped.
//
// From test/e2e/server/sample-data.mjs and DEMO_PARTNERS: ACME (6 issues) → Acme Corp,
// GLOBEX → Globex, Asana project 1200000000000001 → Initech, Trello board AbCd1234 (4 open
// cards) → Hooli Studio. The INT board (unmapped) shows INT-1…3 and, through its filter, ACME-2.
// The test gives Acme Corp an engagement-wide "Responsible" on the partner side, so its chips
// and badges read "Acme Corp · R".
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_PARTNERS,
  expectNoSeriousA11yViolations,
  gotoStandIn,
  JIRA_SITE,
  launchExtensionBrowser,
  rpc,
  SAMPLE_URLS,
  screenshotOnFailure,
  seedPartners,
  sidebarOf,
  startStandInServer,
  textOf,
  type ExtensionBrowser,
  type StandInServer,
} from './support';

const WAIT = { timeout: 15_000 };
const JIRA_CARD = '[data-testid="platform-board-kit.ui.card.card"]';
const TRELLO_CARD = '[data-testid="trello-card"]';
/** Set by the inline script on every anchor it has looked at, with or without a partner. */
const SEEN = '[data-partner-lens-item]';

let server: StandInServer;
let ext: ExtensionBrowser;
let partnerIds: Record<string, string>;
const openPages: Page[] = [];
screenshotOnFailure(() => openPages);

async function open(url: string): Promise<Page> {
  const page = await ext.context.newPage();
  openPages.push(page);
  await gotoStandIn(page, url);
  return page;
}

/** The badge texts of the cards in `cards`, one entry per card ('' = no badge). */
async function badgeTexts(cards: Locator): Promise<string[]> {
  return cards.evaluateAll((elements) =>
    elements.map(
      (card) => card.querySelector('[data-testid="pl-badge"]')?.textContent?.trim() ?? '',
    ),
  );
}

/** Waits until the inline script has looked at every card (tagged or not) and returns the badges. */
async function settledBadges(cards: Locator, expectedCount: number): Promise<string[]> {
  await expect.poll(() => cards.count(), WAIT).toBe(expectedCount);
  await expect
    .poll(
      () => cards.evaluateAll((els) => els.every((el) => el.matches('[data-partner-lens-item]'))),
      WAIT,
    )
    .toBe(true);
  return badgeTexts(cards);
}

/** Waits for the one chip in `scope`; checks what it shows and its accessible name. */
async function expectChip(scope: Locator, text: string, name: string): Promise<Locator> {
  const chip = scope.getByTestId('pl-chip');
  await expect.poll(() => chip.count(), WAIT).toBe(1);
  expect(await textOf(chip.locator('.name'))).toBe(text);
  expect(await scope.getByRole('button', { name, exact: true }).count()).toBe(1);
  return chip;
}

beforeAll(async () => {
  server = await startStandInServer();
  ext = await launchExtensionBrowser({ port: server.port });
  const options = await ext.openExtensionPage('options.html');
  partnerIds = await seedPartners(options, DEMO_PARTNERS);
  await rpc(options, 'raci.save', {
    partnerId: partnerIds['Acme Corp'],
    role: 'R',
    party: 'partner',
    roleName: 'Delivery lead',
  });
  await options.close();
});

afterAll(async () => {
  await ext?.close().catch(() => undefined);
  await ext?.removeProfile().catch(() => undefined);
  await server?.close();
});

describe('inline chips', () => {
  it('puts a chip beside the Jira issue title; clicking it opens the sidebar', async () => {
    const page = await open(SAMPLE_URLS.jiraIssue);
    const chip = await expectChip(
      page.locator('.issue-main'),
      'Acme Corp · R',
      'Partner Lens: Acme Corp, Responsible. Open the sidebar',
    );
    // Right after the summary heading, not inside it (the title text stays the host's own).
    expect(
      await page
        .getByTestId('issue.views.issue-base.foundation.summary.heading')
        .evaluate((heading) => heading.nextElementSibling?.localName),
    ).toBe('partner-lens-chip');

    // Collapse the sidebar, then open it from the chip.
    const sidebar = await sidebarOf(page);
    const toggle = sidebar.getByTestId('pl-sidebar-toggle');
    await expect.poll(() => toggle.getAttribute('aria-expanded'), WAIT).toBe('true');
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-expanded'), WAIT).toBe('false');
    await chip.click();
    await expect.poll(() => toggle.getAttribute('aria-expanded'), WAIT).toBe('true');
    expect(await sidebar.getAttribute('class')).toContain('pl-open');
    await expectNoSeriousA11yViolations(page);
  });

  it('puts a chip in the Jira board’s preview panel and badges on the board', async () => {
    const page = await open(SAMPLE_URLS.jiraBoardSelected);
    const panel = page.locator('section[data-testid="preview-panels.preview-panel"]');
    await expectChip(
      panel,
      'Acme Corp · R',
      'Partner Lens: Acme Corp, Responsible. Open the sidebar',
    );
    const badges = await settledBadges(page.locator(JIRA_CARD), 6);
    expect(badges).toEqual(Array(6).fill('Acme Corp · R'));
    const badge = page.getByTestId('pl-badge').first();
    expect(await badge.getAttribute('data-partner-id')).toBe(partnerIds['Acme Corp']);
    expect(await badge.getAttribute('title')).toBe('Partner Lens: Acme Corp · R');
    await expectNoSeriousA11yViolations(page);

    // A click on a badge goes to the card beneath it (the badge takes no pointer events).
    const target = await page
      .locator(JIRA_CARD, { hasText: 'ACME-1' })
      .getByTestId('pl-badge')
      .evaluate((el) => {
        const box = el.getBoundingClientRect();
        const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
        return {
          width: box.width,
          hitIsBadge: hit === el,
          hitInCard: Boolean(hit?.closest('[data-testid="platform-board-kit.ui.card.card"]')),
        };
      });
    expect(target.width).toBeGreaterThan(0);
    expect(target).toMatchObject({ hitIsBadge: false, hitInCard: true });
  });

  it('puts a chip in the Jira issue modal', async () => {
    const page = await open(
      `${JIRA_SITE}/jira/software/c/projects/GLOBEX/issues?selectedIssue=GLOBEX-1`,
    );
    const modal = page.getByTestId('issue.views.issue-details.issue-modal.modal-dialog');
    await expectChip(modal, 'Globex', 'Partner Lens: Globex. Open the sidebar');
  });

  it('puts a chip in the Asana task pane and badges on the project’s rows', async () => {
    const page = await open(SAMPLE_URLS.asanaTask);
    await expectChip(
      page.locator('.TaskPane'),
      'Initech',
      'Partner Lens: Initech. Open the sidebar',
    );
    const rows = page.locator('.SpreadsheetRow');
    const count = await rows.count();
    expect(count).toBeGreaterThan(0);
    expect(await settledBadges(rows, count)).toEqual(Array(count).fill('Initech'));
  });

  it('puts a chip on the Trello card back', async () => {
    const page = await open(SAMPLE_URLS.trelloCard);
    await expectChip(
      page.getByTestId('card-back'),
      'Hooli Studio',
      'Partner Lens: Hooli Studio. Open the sidebar',
    );
    await expectNoSeriousA11yViolations(page);
  });
});

describe('board badges', () => {
  it('badges the Jira backlog', async () => {
    const page = await open(`${SAMPLE_URLS.jiraBoard}/backlog`);
    const backlog = page.getByTestId('software-backlog.card-list.container');
    expect(await settledBadges(backlog.locator(JIRA_CARD), 6)).toEqual(
      Array(6).fill('Acme Corp · R'),
    );
  });

  it('badges only the cards of mapped projects on a board that mixes projects', async () => {
    const page = await open(SAMPLE_URLS.jiraUnmappedBoard);
    const cards = page.locator(JIRA_CARD);
    await settledBadges(cards, 4);
    expect(await badgeTexts(cards.filter({ hasText: 'ACME-2' }))).toEqual(['Acme Corp · R']);
    expect(await badgeTexts(cards.filter({ hasText: /INT-\d/ }))).toEqual(['', '', '']);
  });

  it('badges the cards of a mapped Trello board and none on an unmapped one', async () => {
    const page = await open(SAMPLE_URLS.trelloBoard);
    expect(await settledBadges(page.locator(TRELLO_CARD), 4)).toEqual(
      Array(4).fill('Hooli Studio'),
    );
    await expectNoSeriousA11yViolations(page);

    const unmapped = await open(SAMPLE_URLS.trelloUnmappedBoard);
    const cards = unmapped.locator(TRELLO_CARD);
    const count = await cards.count();
    expect(count).toBeGreaterThan(0);
    expect(await settledBadges(cards, count)).toEqual(Array(count).fill(''));
  });

  it('adds nothing to a site where nothing is mapped', async () => {
    const idle = await open('https://umbrella.atlassian.net/jira/software/projects/ACME/boards/7');
    const idleCards = idle.locator(JIRA_CARD);
    expect(await idleCards.count()).toBeGreaterThan(0);
    // A mapped site in another tab gets its badges: the extension has handled both visits.
    const mapped = await open(SAMPLE_URLS.jiraBoard);
    await settledBadges(mapped.locator(JIRA_CARD), 6);
    await gotoStandIn(idle, 'https://umbrella.atlassian.net/browse/ACME-1');
    await mapped.reload();
    await settledBadges(mapped.locator(JIRA_CARD), 6);
    // The inline script never ran there: no anchor was looked at, no chip, no badge, no sidebar.
    expect(await idle.locator(SEEN).count()).toBe(0);
    expect(await idle.getByTestId('pl-chip').count()).toBe(0);
    expect(await idle.getByTestId('pl-badge').count()).toBe(0);
    expect(await idle.locator('partner-lens-sidebar').count()).toBe(0);
  });
});
