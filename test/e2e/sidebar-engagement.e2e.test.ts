// The sidebar's engagement sections on each tool: partner standing, RACI tags with their gaps,
// top risks, milestones due, the next touchpoint, recent feedback; the delivered-item prompt
// (rate → saved → not asked again; "later" and "don't ask" remembered); the inline mapping
// picker; keyboard use, width, the slim tab, and axe in light and dark.
//
// Records are seeded through the extension's RPC with dates relative to today, so the
// "next 14 days" and "overdue" cases hold whenever the test runs.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ASANA_SITE,
  DEMO_PARTNERS,
  expectNoSeriousA11yViolations,
  expectSidebarPartner,
  gotoStandIn,
  launchExtensionBrowser,
  rpc,
  SAMPLE_URLS,
  screenshotOnFailure,
  seedPartners,
  sidebarOf,
  startStandInServer,
  textOf,
  TRELLO_SITE,
  type ExtensionBrowser,
  type StandInServer,
} from './support';

const WAIT = { timeout: 15_000 };
const DAY = 86_400_000;
/** Done items of the sample data: Jira ACME-3, Asana "Migrate the blog…", Trello "Ship the v2…". */
const DONE = {
  jira: SAMPLE_URLS.jiraIssue.replace('ACME-1', 'ACME-3'),
  asana: `${ASANA_SITE}/0/1200000000000001/1300000000000003`,
  trello: `${TRELLO_SITE}/c/Mn8bVc56/3-ship-the-v2-landing-page`,
};

let server: StandInServer;
let ext: ExtensionBrowser;
let admin: Page;
let ids: Record<string, string>;
const openPages: Page[] = [];
screenshotOnFailure(() => openPages);

const dateIn = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
const instantIn = (days: number) => new Date(Date.now() + days * DAY).toISOString();

async function open(url: string): Promise<{ page: Page; sidebar: Locator }> {
  const page = await ext.context.newPage();
  openPages.push(page);
  await gotoStandIn(page, url);
  const sidebar = await sidebarOf(page);
  // The open state is shared by every tab: a test that collapsed it leaves it collapsed.
  if ((await sidebar.getAttribute('class'))?.includes('pl-closed')) {
    await sidebar.getByTestId('pl-sidebar-toggle').click();
  }
  return { page, sidebar };
}

/** Waits until the engagement sections have loaded (the relationship line is their first). */
async function engagementLoaded(sidebar: Locator): Promise<void> {
  await sidebar.getByTestId('pl-relationship').waitFor(WAIT);
}

async function itemDone(sidebar: Locator): Promise<void> {
  await expect
    .poll(() => sidebar.getByTestId('pl-item-status').getAttribute('data-category'), WAIT)
    .toBe('done');
}

/** Each engagement section shows its seeded record, and the KPIs their status and health. */
async function expectEverySection(sidebar: Locator): Promise<void> {
  await expect.poll(() => sidebar.getByTestId('pl-kpi').count(), WAIT).toBeGreaterThan(0);
  const statuses = await Promise.all(
    (await sidebar.getByTestId('pl-kpi').all()).map((kpi) => kpi.getAttribute('data-status')),
  );
  for (const status of statuses) expect(['green', 'amber', 'red', 'none']).toContain(status);
  expect(await sidebar.getByTestId('pl-health').count()).toBe(1);
  expect(await textOf(sidebar.getByTestId('pl-risk'))).toContain('Scope creep');
  expect(await textOf(sidebar.getByTestId('pl-milestone'))).toContain('Design review');
  expect(await sidebar.getByTestId('pl-touchpoint').count()).toBe(1);
  expect(await sidebar.getByTestId('pl-feedback-item').count()).toBe(1);
}

function save(method: string, record: Record<string, unknown>) {
  return rpc(admin, method, record);
}

beforeAll(async () => {
  server = await startStandInServer();
  ext = await launchExtensionBrowser({ port: server.port });
  admin = await ext.openExtensionPage('options.html');
  ids = await seedPartners(admin, DEMO_PARTNERS);
  const acme = ids['Acme Corp']!;
  const hooli = ids['Hooli Studio']!;
  const initech = ids['Initech']!;
  const scopes = await rpc<{ id: string }[]>(admin, 'scopes.list', { partnerId: acme });

  // Acme: A at the engagement, R (partner) on the project, C (partner) on ACME-1 only.
  await save('raci.save', {
    partnerId: acme,
    role: 'A',
    party: 'internal',
    person: { name: 'Dana Lee', email: 'dana.lee@example.com' },
    roleName: 'Head of delivery',
  });
  await save('raci.save', {
    partnerId: acme,
    scopeId: scopes[0]!.id,
    role: 'R',
    party: 'partner',
    person: { name: 'Anna Schmidt', email: '' },
  });
  await save('raci.save', {
    partnerId: acme,
    itemKey: 'ACME-1',
    role: 'C',
    party: 'partner',
    roleName: 'QA lead',
  });
  // Hooli: two Accountables, one on the partner's side → two gaps.
  await save('raci.save', { partnerId: hooli, role: 'A', party: 'internal', roleName: 'PMO' });
  await save('raci.save', {
    partnerId: hooli,
    role: 'A',
    party: 'partner',
    roleName: 'Studio lead',
  });
  // Initech: nobody Accountable.
  await save('raci.save', {
    partnerId: initech,
    role: 'R',
    party: 'partner',
    roleName: 'Web team',
  });

  const risks = [
    { title: 'Key developer leaving', probability: 3, impact: 5 }, // 15
    { title: 'Payment provider API change', probability: 2, impact: 4 }, // 8
    { title: 'Holiday season freeze', probability: 5, impact: 4 }, // 20
    { title: 'Minor UI regressions', probability: 2, impact: 2 }, // 4
    { title: 'Closed risk', probability: 5, impact: 5, status: 'closed' }, // 25, not open
  ];
  for (const risk of risks) await save('risks.save', { partnerId: acme, ...risk });

  await save('milestones.save', { partnerId: acme, title: 'Checkout beta', dueDate: dateIn(5) });
  await save('milestones.save', { partnerId: acme, title: 'Security review', dueDate: dateIn(-3) });
  await save('milestones.save', { partnerId: acme, title: 'Full launch', dueDate: dateIn(30) });
  await save('milestones.save', {
    partnerId: acme,
    title: 'Kick-off',
    dueDate: dateIn(2),
    status: 'done',
    doneDate: dateIn(-1),
  });
  await save('touchpoints.save', {
    partnerId: acme,
    kind: 'weekly-sync',
    cadenceDays: 7,
    heldAt: instantIn(-10),
  });
  await save('touchpoints.save', {
    partnerId: hooli,
    kind: 'monthly-review',
    scheduledFor: instantIn(3),
  });

  // Every section on every tool: Hooli (Trello) and Initech (Asana) get one of each too.
  for (const partnerId of [hooli, initech]) {
    await save('risks.save', { partnerId, title: 'Scope creep', probability: 3, impact: 3 });
    await save('milestones.save', { partnerId, title: 'Design review', dueDate: dateIn(7) });
    await save('feedback.save', {
      partnerId,
      rating: 4,
      kind: 'praise',
      givenAt: instantIn(-2),
    });
  }
  await save('touchpoints.save', {
    partnerId: initech,
    kind: 'weekly-sync',
    scheduledFor: instantIn(-1),
  });
  for (const partnerId of [hooli, initech]) {
    await rpc(admin, 'kpis.applyTemplate', { partnerId, templateId: 'delivery-basics' });
  }

  const feedback = [
    { rating: 5, kind: 'praise', daysAgo: 1, itemKey: 'ACME-2' },
    { rating: 2, kind: 'issue', daysAgo: 3, itemKey: 'ACME-5' },
    { rating: 4, kind: 'praise', daysAgo: 6 },
    { rating: 3, kind: 'constructive', daysAgo: 20 },
  ];
  for (const entry of feedback) {
    await save('feedback.save', {
      partnerId: acme,
      rating: entry.rating,
      kind: entry.kind,
      itemKey: entry.itemKey,
      note: `Seeded ${entry.daysAgo} days ago`,
      givenAt: instantIn(-entry.daysAgo),
    });
  }
}, 120_000);

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('sidebar engagement sections', () => {
  it('shows RACI, risks, plan, touchpoint, feedback and standing on a Jira issue', async () => {
    const { page, sidebar } = await open(SAMPLE_URLS.jiraIssue);
    await expectSidebarPartner(page, 'Acme Corp');
    await engagementLoaded(sidebar);

    const raci = sidebar.getByTestId('pl-raci');
    await expect.poll(() => raci.count(), WAIT).toBe(3);
    const tags = await Promise.all(
      (await raci.all()).map(async (tag) => ({
        role: await tag.getAttribute('data-role'),
        party: await tag.getAttribute('data-party'),
        text: await textOf(tag),
      })),
    );
    expect(tags.map(({ role, party }) => `${role}:${party}`)).toEqual([
      'R:partner',
      'A:internal',
      'C:partner',
    ]);
    expect(tags[1]!.text).toContain('Dana Lee (Head of delivery)');
    expect(tags[2]!.text).toContain('QA lead');
    expect(await sidebar.getByTestId('pl-raci-gap').count()).toBe(0);

    const risks = await sidebar.getByTestId('pl-risk').all();
    expect(await Promise.all(risks.map((risk) => risk.getAttribute('data-score')))).toEqual([
      '20',
      '15',
      '8',
    ]);
    expect(await textOf(risks[0]!)).toContain('Holiday season freeze');

    const milestones = sidebar.getByTestId('pl-milestone');
    expect(await milestones.count()).toBe(2);
    expect(await textOf(milestones.nth(0))).toContain('Security review');
    expect(await milestones.nth(0).getAttribute('data-overdue')).toBe('true');
    expect(await textOf(milestones.nth(1))).toContain('Checkout beta');

    const touchpoint = sidebar.getByTestId('pl-touchpoint');
    expect(await touchpoint.getAttribute('data-state')).toBe('overdue');
    expect(await textOf(touchpoint)).toMatch(/Weekly sync overdue by 3 days/);

    const feedback = sidebar.getByTestId('pl-feedback-item');
    expect(await feedback.count()).toBe(3);
    expect(await feedback.nth(0).getAttribute('data-kind')).toBe('praise');
    expect(await textOf(feedback.nth(1))).toContain('ACME-5');

    // Acme's contract ended on 2026-06-30 in the sample data.
    expect(await textOf(sidebar.getByTestId('pl-contract-warning'))).toContain('2026-06-30');
    expect(await textOf(sidebar.getByTestId('pl-relationship'))).toMatch(
      /average rating 3\.5 of 5 from the last 4 entries/,
    );
    const mailto = sidebar.locator('a[href="mailto:anna.schmidt@acme.example"]');
    expect(await mailto.count()).toBe(1);

    await expectNoSeriousA11yViolations(page, { include: '[data-testid="pl-sidebar"]' });
  });

  it('flags RACI gaps on a Trello card and an Asana task', async () => {
    const trello = await open(SAMPLE_URLS.trelloCard);
    await expectSidebarPartner(trello.page, 'Hooli Studio');
    await engagementLoaded(trello.sidebar);
    const gaps = trello.sidebar.getByTestId('pl-raci-gap');
    await expect.poll(() => gaps.count(), WAIT).toBe(2);
    expect(await gaps.nth(0).getAttribute('data-gap')).toBe('several-accountable');
    expect(await gaps.nth(1).getAttribute('data-gap')).toBe('partner-accountable');
    expect(await trello.sidebar.getByTestId('pl-touchpoint').getAttribute('data-state')).toBe(
      'next',
    );
    await expectEverySection(trello.sidebar);
    await expectNoSeriousA11yViolations(trello.page, { include: '[data-testid="pl-sidebar"]' });

    const asana = await open(SAMPLE_URLS.asanaTask);
    await expectSidebarPartner(asana.page, 'Initech');
    await engagementLoaded(asana.sidebar);
    const asanaRaci = asana.sidebar.getByTestId('pl-raci');
    await expect.poll(() => asanaRaci.count(), WAIT).toBe(1);
    expect(await asanaRaci.getAttribute('data-role')).toBe('R');
    expect(await asanaRaci.getAttribute('data-party')).toBe('partner');
    expect(await asana.sidebar.getByTestId('pl-raci-gap').getAttribute('data-gap')).toBe(
      'no-accountable',
    );
    await expectEverySection(asana.sidebar);
    expect(await asana.sidebar.getByTestId('pl-touchpoint').getAttribute('data-state')).toBe(
      'overdue',
    );
    await expectNoSeriousA11yViolations(asana.page, { include: '[data-testid="pl-sidebar"]' });
  });
});

describe('the delivered-item prompt', () => {
  it('asks on a done Jira issue, saves the rating, and does not ask again after a reload', async () => {
    const { page, sidebar } = await open(DONE.jira);
    await itemDone(sidebar);
    const prompt = sidebar.getByTestId('pl-prompt');
    await prompt.waitFor(WAIT);
    expect(await textOf(prompt.locator('h3'))).toBe('Acme Corp delivered ACME-3. How did it go?');
    await expectNoSeriousA11yViolations(page, { include: '[data-testid="pl-prompt"]' });

    // Keys 1–5 choose the rating; the kind follows the rating unless changed.
    await prompt.getByRole('radio', { name: /^2 of 5/ }).focus();
    await page.keyboard.press('4');
    expect(await prompt.getByRole('radio', { name: /^4 of 5/ }).isChecked()).toBe(true);
    expect(await prompt.getByRole('radio', { name: 'Praise' }).isChecked()).toBe(true);
    await prompt.getByLabel('Note (optional)').fill('Shipped a day early.');
    await prompt.getByRole('button', { name: 'Save feedback' }).click();
    await expect
      .poll(() => textOf(sidebar.getByTestId('pl-prompt-done')), WAIT)
      .toBe('Feedback on ACME-3 saved.');
    expect(await prompt.count()).toBe(0);

    const saved = await rpc<{ itemKey?: string; rating: number; kind: string; note: string }[]>(
      admin,
      'feedback.list',
      { partnerId: ids['Acme Corp'] },
    );
    const entry = saved.find((candidate) => candidate.itemKey === 'ACME-3');
    expect(entry).toMatchObject({ rating: 4, kind: 'praise', note: 'Shipped a day early.' });

    await page.reload();
    const reloaded = await sidebarOf(page);
    await itemDone(reloaded);
    await engagementLoaded(reloaded);
    await expect
      .poll(() => reloaded.getByTestId('pl-feedback-item').first().innerText(), WAIT)
      .toContain('ACME-3');
    expect(await reloaded.getByTestId('pl-prompt').count()).toBe(0);
  });

  it('remembers "later" on a Trello card and "don’t ask" on an Asana task', async () => {
    const trello = await open(DONE.trello);
    await itemDone(trello.sidebar);
    const trelloPrompt = trello.sidebar.getByTestId('pl-prompt');
    await trelloPrompt.waitFor(WAIT);
    await trelloPrompt.getByRole('button', { name: 'Later: next week' }).click();
    await trello.sidebar.getByTestId('pl-prompt-done').waitFor(WAIT);
    await trello.page.reload();
    const trelloAgain = await sidebarOf(trello.page);
    await itemDone(trelloAgain);
    await engagementLoaded(trelloAgain);
    expect(await trelloAgain.getByTestId('pl-prompt').count()).toBe(0);

    const asana = await open(DONE.asana);
    await itemDone(asana.sidebar);
    const asanaPrompt = asana.sidebar.getByTestId('pl-prompt');
    await asanaPrompt.waitFor(WAIT);
    await expectNoSeriousA11yViolations(asana.page, { include: '[data-testid="pl-prompt"]' });
    await asanaPrompt.getByRole('button', { name: 'Don’t ask for this item' }).click();
    await asana.sidebar.getByTestId('pl-prompt-done').waitFor(WAIT);
    await asana.page.reload();
    const asanaAgain = await sidebarOf(asana.page);
    await itemDone(asanaAgain);
    await engagementLoaded(asanaAgain);
    expect(await asanaAgain.getByTestId('pl-prompt').count()).toBe(0);
    // Nothing was written as feedback for the declined or postponed items.
    const saved = await rpc<{ itemKey?: string }[]>(admin, 'feedback.list', {});
    expect(saved.map((entry) => entry.itemKey)).not.toContain('1300000000000003');
    expect(saved.map((entry) => entry.itemKey)).not.toContain('Mn8bVc56');
  });
});

describe('sidebar use', () => {
  it('moves focus into the panel and back, closes with Esc, and remembers its width', async () => {
    const { page, sidebar } = await open(SAMPLE_URLS.jiraIssue);
    await expectSidebarPartner(page, 'Acme Corp');
    const focused = () =>
      sidebar.evaluate((element) => {
        const active = (element.getRootNode() as ShadowRoot).activeElement;
        return active?.getAttribute('data-testid') ?? active?.className ?? null;
      });

    await sidebar.getByRole('button', { name: /Collapse Partner Lens sidebar \(Esc\)/ }).focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => sidebar.getAttribute('class')).toContain('pl-closed');
    await expect.poll(focused).toBe('pl-sidebar-toggle');

    await page.keyboard.press('Enter');
    await expect.poll(() => sidebar.getAttribute('class')).toContain('pl-open');
    await expect.poll(focused).toBe('pl-panel');

    const handle = sidebar.getByTestId('pl-resize');
    const before = Number(await handle.getAttribute('aria-valuenow'));
    await handle.focus();
    for (let press = 0; press < 3; press += 1) await page.keyboard.press('ArrowLeft');
    await expect.poll(() => handle.getAttribute('aria-valuenow')).toBe(String(before + 48));
    const width = () =>
      sidebar.locator('.pl-panel').evaluate((panel) => (panel as HTMLElement).offsetWidth);
    await expect.poll(width).toBe(before + 48);

    await page.reload();
    const again = await sidebarOf(page);
    await expect
      .poll(
        () => again.locator('.pl-panel').evaluate((panel) => (panel as HTMLElement).offsetWidth),
        WAIT,
      )
      .toBe(before + 48);
  });

  it('collapses to a slim tab that covers no host control', async () => {
    const { page, sidebar } = await open(SAMPLE_URLS.trelloCard);
    await expectSidebarPartner(page, 'Hooli Studio');
    await sidebar.getByRole('button', { name: /Collapse Partner Lens sidebar \(Esc\)/ }).click();
    const tab = sidebar.getByTestId('pl-sidebar-toggle');
    await expect.poll(() => sidebar.getAttribute('class')).toContain('pl-closed');
    // Host controls are laid out independently of the tab: compare their boxes.
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            const host = document.querySelector('partner-lens-sidebar')!;
            const toggle = host.shadowRoot!.querySelector('[data-testid="pl-sidebar-toggle"]')!;
            const box = toggle.getBoundingClientRect();
            const controls = document.querySelectorAll(
              'a[href],button,input,select,textarea,[role="button"],[tabindex]:not([tabindex="-1"])',
            );
            return [...controls].filter((control) => {
              const rect = control.getBoundingClientRect();
              return (
                rect.width > 0 &&
                rect.left < box.right &&
                rect.right > box.left &&
                rect.top < box.bottom &&
                rect.bottom > box.top
              );
            }).length;
          }),
        WAIT,
      )
      .toBe(0);
    await expect.poll(() => tab.isVisible()).toBe(true);
  });

  it('follows the host’s dark theme and stays axe-clean in it', async () => {
    const { page, sidebar } = await open(SAMPLE_URLS.jiraIssue);
    await expectSidebarPartner(page, 'Acme Corp');
    await engagementLoaded(sidebar);
    expect(await sidebar.getAttribute('data-theme')).toBe('light');
    await page.evaluate(() => document.documentElement.setAttribute('data-color-mode', 'dark'));
    await expect.poll(() => sidebar.getAttribute('data-theme')).toBe('dark');
    const background = await sidebar
      .locator('.pl-panel')
      .evaluate((panel) => getComputedStyle(panel).backgroundColor);
    expect(background).toBe('rgb(29, 33, 37)');
    await expectNoSeriousA11yViolations(page, { include: '[data-testid="pl-sidebar"]' });

    // Without a host setting, the system's scheme decides.
    await page.evaluate(() => document.documentElement.removeAttribute('data-color-mode'));
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => sidebar.getAttribute('data-theme')).toBe('dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => sidebar.getAttribute('data-theme')).toBe('light');
  });
});

describe('the inline mapping picker', () => {
  it('maps an unmapped Jira project to a partner on the spot', async () => {
    const { page, sidebar } = await open(SAMPLE_URLS.jiraUnmappedIssue);
    const picker = sidebar.getByTestId('pl-mapping-picker');
    await picker.waitFor(WAIT);
    await expectNoSeriousA11yViolations(page, { include: '[data-testid="pl-sidebar"]' });
    await picker.getByRole('button', { name: 'Map' }).click();
    expect(await textOf(picker.getByRole('alert'))).toBe('Choose a partner first.');
    await picker.getByLabel(/Map this project \(INT\) to/).selectOption({ label: 'Initech' });
    await picker.getByRole('button', { name: 'Map' }).click();
    await expectSidebarPartner(page, 'Initech');
    const scopes = await rpc<{ tool: string; ids: string[] }[]>(admin, 'scopes.list', {
      partnerId: ids['Initech'],
    });
    expect(scopes.find((scope) => scope.tool === 'jira')?.ids).toEqual(['INT']);
  });
});
