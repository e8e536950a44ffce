// The engagement record editors of the options page (components/options/engagement): a
// partner made over RPC, then RACI tags, risks, milestones and touchpoints added, edited and
// deleted through the UI; what is stored is checked over RPC and after a reload, and each
// page is checked with axe.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectNoSeriousA11yViolations,
  JIRA_SITE,
  launchExtensionBrowser,
  rpc,
  screenshotOnFailure,
  startStandInServer,
  textOf,
  type ExtensionBrowser,
  type StandInServer,
} from './support';

/** How long a poll waits for the page or the extension to catch up. */
const WAIT = { timeout: 10_000 };

let server: StandInServer;
let ext: ExtensionBrowser;
let page: Page;
let partnerId: string;
let scopeId: string;

screenshotOnFailure(() => page);

beforeAll(async () => {
  server = await startStandInServer();
  ext = await launchExtensionBrowser({ port: server.port });
  page = await ext.openExtensionPage('options.html');
  const partner = await rpc<{ id: string }>(page, 'partners.save', {
    name: 'Initech',
    status: 'active',
  });
  partnerId = partner.id;
  const scope = await rpc<{ id: string }>(page, 'scopes.save', {
    partnerId,
    tool: 'jira',
    site: JIRA_SITE,
    ids: ['INIT'],
    label: 'Initech Portal',
  });
  scopeId = scope.id;
  // The page listed the partners before this one existed.
  await page.reload();
});

afterAll(async () => {
  await ext?.close();
  await ext?.removeProfile();
  await server?.close();
});

const field = (scope: Locator, label: string) => scope.getByLabel(label, { exact: true });
const rows = (editor: Locator) => editor.getByTestId('pl-editor-row');

/** The texts of the listed records, in order. */
async function rowTexts(editor: Locator): Promise<string[]> {
  return (await rows(editor).allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
}

/** Opens an engagement page from the partner page's "Engagement" nav. */
async function openFromPartner(linkName: string, testId: string): Promise<Locator> {
  await page.goto(ext.extensionUrl(`options.html#/partners/${partnerId}`));
  const nav = page.getByTestId('pl-engagement-nav');
  await nav.getByRole('link', { name: linkName, exact: true }).click();
  const editor = page.getByTestId(testId);
  await expect.poll(() => editor.count(), WAIT).toBe(1);
  await expect.poll(() => editor.getByText(/^Loading/).count(), WAIT).toBe(0);
  return editor;
}

async function reloadEditor(testId: string): Promise<Locator> {
  await page.reload();
  const editor = page.getByTestId(testId);
  await expect.poll(() => editor.count(), WAIT).toBe(1);
  await expect.poll(() => editor.getByText(/^Loading/).count(), WAIT).toBe(0);
  return editor;
}

describe('engagement editors', () => {
  it('links the four editors and the KPIs from the partner page', async () => {
    await page.goto(ext.extensionUrl(`options.html#/partners/${partnerId}`));
    const nav = page.getByTestId('pl-engagement-nav');
    await expect
      .poll(() => nav.getByRole('link').allInnerTexts(), WAIT)
      .toEqual(['KPIs', 'RACI', 'Risks', 'Plan', 'Touchpoints']);
    expect(await nav.getByRole('link', { name: 'Risks' }).getAttribute('href')).toBe(
      `#/partners/${partnerId}/risks`,
    );
    await expectNoSeriousA11yViolations(page);
  });

  it('adds RACI tags for the whole engagement and a project, flags a gap, and keeps them', async () => {
    const editor = await openFromPartner('RACI', 'pl-raci-editor');
    expect(await editor.getByText(/No RACI tags yet/).count()).toBe(1);
    await expectNoSeriousA11yViolations(page);

    await editor.getByRole('button', { name: 'Add RACI tag' }).click();
    const form = editor.getByTestId('pl-editor-form');
    await field(form, 'Role').selectOption('A');
    await field(form, 'Person name').fill('Dana Lee');
    await field(form, 'Person e-mail').fill('dana@initech.example');
    await form.getByRole('button', { name: 'Add RACI tag' }).click();
    await expect
      .poll(() => rowTexts(editor), WAIT)
      .toEqual([expect.stringMatching(/^A Accountable Our team Dana Lee dana@initech\.example/)]);

    // A partner-side Accountable on the project: flagged, since the settings do not allow it.
    await editor.getByRole('button', { name: 'Add RACI tag' }).click();
    await field(form, 'Applies to').selectOption('scope');
    await field(form, 'Project or board').selectOption(scopeId);
    await field(form, 'Role').selectOption('A');
    await field(form, 'Party').selectOption('partner');
    await field(form, 'Role name').fill('Delivery lead');
    await form.getByRole('button', { name: 'Add RACI tag' }).click();
    const project = editor.getByRole('region', {
      name: 'Project or board: Initech Portal (Jira INIT)',
    });
    await expect
      .poll(() => rowTexts(project), WAIT)
      .toEqual([expect.stringMatching(/^A Accountable Partner Delivery lead/)]);
    await expect
      .poll(() => project.getByTestId('pl-raci-gap').getAttribute('data-gap'), WAIT)
      .toBe('partner-accountable');
    expect(await textOf(project.getByTestId('pl-raci-gap'), 2_000)).toContain(
      'on the partner’s side',
    );
    await expectNoSeriousA11yViolations(page);

    const stored = await rpc<{ role: string; party: string; scopeId?: string }[]>(
      page,
      'raci.list',
      { partnerId },
    );
    expect(stored.map(({ role, party, scopeId: s }) => ({ role, party, scopeId: s }))).toEqual(
      expect.arrayContaining([
        { role: 'A', party: 'internal', scopeId: undefined },
        { role: 'A', party: 'partner', scopeId },
      ]),
    );

    const reloaded = await reloadEditor('pl-raci-editor');
    await expect.poll(() => rows(reloaded).count(), WAIT).toBe(2);
  });

  it('keeps the risk register in score order, with the score in words and colour', async () => {
    const editor = await openFromPartner('Risks', 'pl-risk-editor');
    await expectNoSeriousA11yViolations(page);
    const form = editor.getByTestId('pl-editor-form');

    await editor.getByRole('button', { name: 'Add risk' }).click();
    await field(form, 'Title').fill('Typo risk');
    await field(form, 'Probability').selectOption('1');
    await field(form, 'Impact').selectOption('2');
    await form.getByRole('button', { name: 'Add risk' }).click();
    await expect.poll(() => rows(editor).count(), WAIT).toBe(1);

    await editor.getByRole('button', { name: 'Add risk' }).click();
    await field(form, 'Title').fill('Lead developer leaves');
    await field(form, 'Probability').selectOption('4');
    await field(form, 'Impact').selectOption('5');
    await field(form, 'Owner').fill('Dana Lee');
    await field(form, 'Mitigation').fill('Pair a second developer on payments');
    await field(form, 'Contingency').fill('Ask for a replacement within 2 weeks');
    await field(form, 'Linked items').fill('INIT-4, INIT-7\nINIT-9');
    await form.getByRole('button', { name: 'Add risk' }).click();
    await expect.poll(() => rows(editor).count(), WAIT).toBe(2);

    const scores = editor.getByTestId('pl-risk-score');
    expect(await scores.allInnerTexts()).toEqual(['20 Critical', '2 Low']);
    const colour = (index: number) =>
      scores.nth(index).evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(await colour(0)).toBe('rgb(201, 55, 44)');
    expect(await colour(1)).toBe('rgb(31, 132, 90)');
    await expectNoSeriousA11yViolations(page);

    // Edit: close the small risk; the default filter (open, mitigating) hides it.
    await editor.getByRole('button', { name: 'Edit risk Typo risk' }).click();
    await field(form, 'Status').selectOption('closed');
    await form.getByRole('button', { name: 'Save risk' }).click();
    await expect.poll(() => rows(editor).count(), WAIT).toBe(1);
    await editor.getByLabel('Closed').check();
    await expect.poll(() => rows(editor).count(), WAIT).toBe(2);

    const stored = await rpc<
      { title: string; status: string; probability: number; linkedItemKeys: string[] }[]
    >(page, 'risks.list', { partnerId });
    expect(
      stored
        .map(({ title, status, probability, linkedItemKeys }) => ({
          title,
          status,
          probability,
          linkedItemKeys,
        }))
        .sort((a, b) => a.title.localeCompare(b.title)),
    ).toEqual([
      {
        title: 'Lead developer leaves',
        status: 'open',
        probability: 4,
        linkedItemKeys: ['INIT-4', 'INIT-7', 'INIT-9'],
      },
      { title: 'Typo risk', status: 'closed', probability: 1, linkedItemKeys: [] },
    ]);

    const reloaded = await reloadEditor('pl-risk-editor');
    await expect
      .poll(() => rowTexts(reloaded), WAIT)
      .toEqual([expect.stringContaining('Lead developer leaves')]);
  });

  it('refuses a done milestone without its date, keeps the input, and deletes after confirming', async () => {
    const editor = await openFromPartner('Plan', 'pl-plan-editor');
    await expectNoSeriousA11yViolations(page);
    const form = editor.getByTestId('pl-editor-form');

    await editor.getByRole('button', { name: 'Add milestone' }).click();
    await field(form, 'Title').fill('Portal beta');
    await field(form, 'Due date').fill('2026-12-15');
    await field(form, 'Status').selectOption('done');
    await field(form, 'Deliverables').fill('Sign-in\nDashboard');
    await field(form, 'Linked items').fill('INIT-4');
    await form.getByRole('button', { name: 'Add milestone' }).click();
    await expect
      .poll(() => form.getByText('Enter the date the milestone was done').count(), WAIT)
      .toBe(1);
    expect(await field(form, 'Done date').getAttribute('aria-invalid')).toBe('true');
    expect(await field(form, 'Title').inputValue()).toBe('Portal beta');
    expect(await field(form, 'Deliverables').inputValue()).toBe('Sign-in\nDashboard');
    await expectNoSeriousA11yViolations(page);
    expect(await rpc<unknown[]>(page, 'milestones.list', { partnerId })).toEqual([]);

    await field(form, 'Done date').fill('2026-12-14');
    await form.getByRole('button', { name: 'Add milestone' }).click();
    await expect.poll(() => rows(editor).count(), WAIT).toBe(1);

    await editor.getByRole('button', { name: 'Add milestone' }).click();
    await field(form, 'Title').fill('Kick-off');
    await field(form, 'Due date').fill('2026-12-01');
    await form.getByRole('button', { name: 'Add milestone' }).click();
    await expect
      .poll(() => rowTexts(editor), WAIT)
      .toEqual([expect.stringContaining('Kick-off'), expect.stringContaining('Portal beta')]);

    // Delete by keyboard: the confirmation takes the focus, Enter confirms.
    await editor.getByRole('button', { name: 'Delete milestone Kick-off' }).focus();
    await page.keyboard.press('Enter');
    const confirm = editor.getByRole('button', { name: 'Yes, delete' });
    await expect
      .poll(() => confirm.evaluate((element) => element === document.activeElement), WAIT)
      .toBe(true);
    expect(await rpc<unknown[]>(page, 'milestones.list', { partnerId })).toHaveLength(2);
    await page.keyboard.press('Enter');
    await expect.poll(() => rows(editor).count(), WAIT).toBe(1);

    const stored = await rpc<Record<string, unknown>[]>(page, 'milestones.list', { partnerId });
    expect(stored).toEqual([
      expect.objectContaining({
        title: 'Portal beta',
        status: 'done',
        doneDate: '2026-12-14',
        deliverables: ['Sign-in', 'Dashboard'],
        linkedItemKeys: ['INIT-4'],
      }),
    ]);
    const reloaded = await reloadEditor('pl-plan-editor');
    await expect
      .poll(() => rowTexts(reloaded), WAIT)
      .toEqual([expect.stringContaining('Portal beta')]);
  });

  it('schedules a touchpoint with its cadence and action items, and logs a meeting held now', async () => {
    const editor = await openFromPartner('Touchpoints', 'pl-touchpoint-editor');
    await expectNoSeriousA11yViolations(page);
    const form = editor.getByTestId('pl-editor-form');

    await editor.getByRole('button', { name: 'Add touchpoint' }).click();
    expect(await field(form, 'Cadence (days)').inputValue()).toBe('7');
    await field(form, 'Kind').selectOption('monthly-review');
    expect(await field(form, 'Cadence (days)').inputValue()).toBe('30');
    await field(form, 'Scheduled for').fill('2027-01-12T10:00');
    await field(form, 'Notes').fill('Review the portal beta');
    await form.getByRole('button', { name: 'Add action item' }).click();
    await field(form, 'Action').fill('Send the KPI report');
    await field(form, 'Owner').fill('Dana Lee');
    await field(form, 'Due').fill('2027-01-10');
    await expectNoSeriousA11yViolations(page);
    await form.getByRole('button', { name: 'Add touchpoint' }).click();
    await expect.poll(() => rows(editor).count(), WAIT).toBe(1);

    await editor.getByRole('button', { name: 'Log a meeting held now' }).click();
    expect(await field(form, 'Held at').inputValue()).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d$/);
    await field(form, 'Notes').fill('Quick sync on the release');
    await form.getByRole('button', { name: 'Add touchpoint' }).click();
    await expect.poll(() => rows(editor).count(), WAIT).toBe(2);
    expect(await editor.getByText(/^Next Monthly review due/).count()).toBe(0);
    await expect.poll(() => editor.getByText(/^Next Weekly sync due/).count(), WAIT).toBe(1);
    await expectNoSeriousA11yViolations(page);

    const stored = await rpc<Record<string, unknown>[]>(page, 'touchpoints.list', { partnerId });
    const byKind = Object.fromEntries(stored.map((t) => [t.kind as string, t]));
    expect(byKind['monthly-review']).toMatchObject({
      cadenceDays: 30,
      notes: 'Review the portal beta',
      actionItems: [
        { text: 'Send the KPI report', owner: 'Dana Lee', due: '2027-01-10', done: false },
      ],
    });
    expect(byKind['weekly-sync']).toMatchObject({
      cadenceDays: 7,
      notes: 'Quick sync on the release',
    });
    expect(typeof byKind['weekly-sync']?.heldAt).toBe('string');

    const reloaded = await reloadEditor('pl-touchpoint-editor');
    await expect
      .poll(() => rowTexts(reloaded), WAIT)
      .toEqual([
        expect.stringContaining('Send the KPI report'),
        expect.stringContaining('Quick sync on the release'),
      ]);
  });
});
