// KPI setup end to end: KPIs created through the options page's form (with its live preview
// against the cached tracker data), listed in the partner's KPI table, and shown with the
// same value and colour in the sidebar on the partner's Jira project and Trello board.
//
// Expected values, worked out by hand from test/e2e/server/sample-data.mjs:
//
// Acme Corp — Jira project ACME (6 issues). Only ACME-3 is done: created 2025-12-10 10:00Z,
//   "In Progress" 48 h later, "Done" 72 h after that (2025-12-15 10:00Z), due 2025-12-20.
//   · On-time delivery = 1 on time ÷ 1 done with a due date × 100 = 100%. The sample is from
//     December 2025 and the test runs at the real date, so the KPI uses the longest window the
//     model allows (730 days: valid until mid-December 2027) and a minimum sample of 1.
//   · Overdue items = open issues whose due date has passed: ACME-1 (In Progress, due
//     2026-02-15) is the only open issue with a due date → 1 item. Holds at any date after
//     2026-02-15, whatever the window.
// Hooli Studio — Trello board AbCd1234 (4 cards). Only "Ship the v2 landing page" (Mn8bVc56)
//   is done: moved to Done at 2026-01-09 16:00Z, due 17:00Z the same day → on time.
//   · On-time delivery = 1 ÷ 1 × 100 = 100%.
//   · Overdue items: "Onboarding flow copy" (Doing, due 2026-01-28 17:00Z) → 1 item.
//
// Thresholds chosen below: on-time delivery target 90 / amber 80 / red 70 (higher is better,
// weight 2) → 100% is green on both. Overdue items (lower is better, weight 1): Acme target 0 /
// amber 0 / red 2 → 1 is amber; Hooli target 0 / amber 0 / red 0 → 1 is red.
// Health = Σ weight × (1 green, ½ amber, 0 red) ÷ Σ weight: Acme (2 + ½) ÷ 3 = 83,
// Hooli 2 ÷ 3 = 67.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_PARTNERS,
  expectNoSeriousA11yViolations,
  expectSidebarPartner,
  gotoStandIn,
  launchExtensionBrowser,
  SAMPLE_URLS,
  screenshotOnFailure,
  seedPartners,
  sidebarOf,
  startStandInServer,
  textOf,
  waitForDataPhase,
  type ExtensionBrowser,
  type StandInServer,
} from './support';

/** How long a poll waits for the page or the extension to catch up (vitest's default is 1 s). */
const WAIT = { timeout: 10_000 };
const KPIS = '[data-testid="pl-kpis"]';
/** The model's longest window: covers the sample data (Dec 2025 – Jan 2026) until Dec 2027. */
const WINDOW_DAYS = '730';

/** The status colours of the options page (components/options/kpi, options.css), light scheme. */
const STATUS_COLOURS = {
  green: 'rgb(31, 132, 90)',
  amber: 'rgb(194, 81, 0)',
  red: 'rgb(201, 55, 44)',
} as const;

let server: StandInServer;
let ext: ExtensionBrowser;
let partnerIds: Record<string, string>;
const openPages: Page[] = [];
/** KPI ids by partner, in table order, as the options page saved them. */
const kpiIds: Record<string, { onTime: string; overdue: string }> = {};

screenshotOnFailure(() => openPages);

async function newPage(): Promise<Page> {
  const page = await ext.context.newPage();
  openPages.push(page);
  return page;
}

async function closeOpenPages(): Promise<void> {
  for (const page of openPages.splice(0)) await page.close().catch(() => undefined);
}

/** The options page of a partner, scrolled to its KPI section once it has loaded. */
async function openPartnerKpis(partner: string): Promise<{ page: Page; kpis: Locator }> {
  const page = await ext.openExtensionPage(`options.html#/partners/${partnerIds[partner]}`);
  openPages.push(page);
  const kpis = page.locator(KPIS);
  await expect.poll(() => kpis.getAttribute('aria-busy'), WAIT).toBe('false');
  await expect.poll(() => kpis.getByText('Loading KPIs…').count(), WAIT).toBe(0);
  await kpis.scrollIntoViewIfNeeded();
  return { page, kpis };
}

interface PreviewShown {
  phase: string | null;
  status: string | null;
  /** The reason in words when there is a result, else the message the preview shows. */
  text: string;
}

async function previewOf(form: Locator): Promise<PreviewShown> {
  const preview = form.getByTestId('pl-kpi-preview');
  const phase = await preview.getAttribute('data-phase');
  const reason = preview.getByTestId(
    phase === 'invalid' ? 'pl-kpi-preview-message' : 'pl-kpi-preview-reason',
  );
  return {
    phase,
    status: await preview.getAttribute('data-status'),
    text: (await reason.count()) > 0 ? await textOf(reason, 2_000) : '',
  };
}

/** Waits until the live preview shows `status` with `text` (its reason, or its message). */
async function expectPreview(form: Locator, status: string, text: string | RegExp) {
  const phase = status === 'invalid' ? 'invalid' : 'ready';
  await expect
    .poll(async () => {
      const shown = await previewOf(form);
      const matches = typeof text === 'string' ? shown.text === text : text.test(shown.text);
      return {
        phase: shown.phase,
        status: shown.status,
        text: matches ? 'as expected' : shown.text,
      };
    }, WAIT)
    .toEqual({ phase, status: status === 'invalid' ? 'none' : status, text: 'as expected' });
}

const field = (form: Locator, label: string) => form.getByLabel(label, { exact: true });

/** Types into a field as a person does: select all, then the new text, key by key. */
async function typeInto(form: Locator, label: string, text: string) {
  const input = field(form, label);
  await input.click();
  await input.press('ControlOrMeta+a');
  await input.pressSequentially(text);
}

interface RowShown {
  status: string | null;
  value: string;
  statusText: string;
  reason: string;
}

async function rowOf(row: Locator): Promise<RowShown> {
  return {
    status: await row.getAttribute('data-status'),
    value: await textOf(row.getByTestId('pl-kpi-value'), 2_000),
    statusText: await textOf(row.getByTestId('pl-kpi-status'), 2_000),
    reason: await textOf(row.getByTestId('pl-kpi-reason'), 2_000),
  };
}

/** Background colour of a row's status dot (the colour that carries the status). */
function dotColour(row: Locator): Promise<string> {
  return row
    .getByTestId('pl-kpi-status')
    .locator('.pl-kpi-dot')
    .evaluate((dot) => getComputedStyle(dot).backgroundColor);
}

async function saveForm(form: Locator) {
  await form.getByRole('button', { name: 'Save KPI' }).click();
  await form.waitFor({ state: 'detached', timeout: 10_000 });
}

/** Creates the two KPIs of a partner through the form (the quick way: fill, check, save). */
async function addKpi(
  kpis: Locator,
  spec: {
    metric: string;
    target: string;
    amber: string;
    red: string;
    expect: { status: string; reason: string };
  },
) {
  await kpis.getByRole('button', { name: 'Add KPI' }).click();
  const form = kpis.getByTestId('pl-kpi-form');
  await field(form, 'Metric').selectOption({ label: spec.metric });
  await field(form, 'Window (days)').fill(WINDOW_DAYS);
  await field(form, 'Minimum sample').fill('1');
  await field(form, 'Target').fill(spec.target);
  await field(form, 'Amber threshold').fill(spec.amber);
  await field(form, 'Red threshold').fill(spec.red);
  await expectPreview(form, spec.expect.status, spec.expect.reason);
  await saveForm(form);
}

beforeAll(async () => {
  server = await startStandInServer();
  ext = await launchExtensionBrowser({ port: server.port });
  const options = await ext.openExtensionPage('options.html');
  partnerIds = await seedPartners(options, DEMO_PARTNERS);
  await options.close();
});

afterAll(async () => {
  await ext?.close();
  await ext?.removeProfile();
  await server?.close();
});

describe('tracker data for the KPIs', () => {
  it('is cached when the partner’s Jira project and Trello board are first visited', async () => {
    const jira = await newPage();
    await gotoStandIn(jira, SAMPLE_URLS.jiraIssue);
    await expectSidebarPartner(jira, 'Acme Corp');
    expect(await waitForDataPhase(jira, 'ready')).toContain('6 items cached');

    const trello = await newPage();
    await gotoStandIn(trello, SAMPLE_URLS.trelloBoard);
    await expectSidebarPartner(trello, 'Hooli Studio');
    expect(await waitForDataPhase(trello, 'ready')).toContain('4 items cached');
    await closeOpenPages();
  });
});

describe('options page, Acme Corp', () => {
  it('starts with no KPIs and offers both templates and “Add KPI”', async () => {
    const { kpis } = await openPartnerKpis('Acme Corp');
    const empty = kpis.getByTestId('pl-kpis-empty');
    expect(await textOf(empty)).toContain('No KPIs yet');
    for (const name of ['Apply Delivery partner basics', 'Apply Support vendor', 'Add KPI']) {
      expect(await kpis.getByRole('button', { name, exact: true }).count()).toBe(1);
    }
  });

  it('creates on-time delivery through the form; the live preview follows the window, the target and the rules', async () => {
    const page = openPages.at(-1)!;
    const kpis = page.locator(KPIS);
    await kpis.getByRole('button', { name: 'Add KPI' }).click();
    const form = kpis.getByTestId('pl-kpi-form');
    await expect.poll(() => textOf(form.getByRole('heading', { level: 4 })), WAIT).toBe('New KPI');

    // The first metric's name, unit, direction and suggested thresholds, and its formula.
    expect(await field(form, 'Name').inputValue()).toBe('On-time delivery');
    expect(await field(form, 'Unit').inputValue()).toBe('%');
    expect(await field(form, 'Direction').inputValue()).toBe('higher-is-better');
    expect(await field(form, 'Target').inputValue()).toBe('90');
    expect(await field(form, 'Amber threshold').inputValue()).toBe('80');
    expect(await field(form, 'Red threshold').inputValue()).toBe('70');
    expect(
      await form
        .getByText(
          'Formula: Items done on or before their due date ÷ items done with a due date × 100.',
        )
        .count(),
    ).toBe(1);

    // The suggested 30-day window holds no done item of the sample: no data, no colour.
    await expectPreview(form, 'none', '0 items with a due date done in the last 30 days; 5 needed');
    await expectNoSeriousA11yViolations(page, { include: KPIS });

    await typeInto(form, 'Window (days)', WINDOW_DAYS);
    await typeInto(form, 'Minimum sample', '1');
    await expectPreview(form, 'green', '100% meets the target of 90%');
    const preview = form.getByTestId('pl-kpi-preview');
    expect(await textOf(preview.getByTestId('pl-kpi-preview-value'))).toBe('100%');
    expect(await textOf(preview.getByTestId('pl-kpi-status'))).toBe('On track');

    // Typing a target: the preview follows each value the form accepts.
    await typeInto(form, 'Target', '100');
    await expectPreview(form, 'green', '100% meets the target of 100%');
    // A target under the amber threshold breaks the model's rule: the error sits on the amber
    // threshold, and the preview asks for a fix instead of showing a stale value.
    await typeInto(form, 'Target', '75');
    await expectPreview(form, 'invalid', 'Fix the highlighted fields to see a preview');
    await expect
      .poll(() => field(form, 'Amber threshold').getAttribute('aria-invalid'), WAIT)
      .toBe('true');
    expect(
      await form
        .getByText('Set the amber threshold at or below the target: higher is better for this KPI')
        .count(),
    ).toBe(1);
    await expectNoSeriousA11yViolations(page, { include: KPIS });
    // A stricter amber threshold than the value turns the preview amber, then a stricter red
    // threshold turns it red.
    await typeInto(form, 'Target', '110');
    await typeInto(form, 'Amber threshold', '105');
    await expectPreview(
      form,
      'amber',
      '100% is below the amber threshold of 105% (target of 110%)',
    );
    await typeInto(form, 'Red threshold', '101');
    await expectPreview(form, 'red', '100% is below the red threshold of 101% (target of 110%)');

    // Back to the agreed values, and save.
    await typeInto(form, 'Red threshold', '70');
    await typeInto(form, 'Amber threshold', '80');
    await typeInto(form, 'Target', '90');
    await expectPreview(form, 'green', '100% meets the target of 90%');
    await saveForm(form);

    const row = kpis.getByTestId('pl-kpi-row');
    await expect.poll(() => row.count(), WAIT).toBe(1);
    expect(await rowOf(row)).toEqual({
      status: 'green',
      value: '100%',
      statusText: 'On track',
      reason: '100% meets the target of 90%',
    });
    expect(await dotColour(row)).toBe(STATUS_COLOURS.green);
    // The focus lands on the saved KPI's row.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-action')), WAIT)
      .toBe('edit');
  });

  it('creates overdue items; the preview turns amber and red as targets and thresholds are typed', async () => {
    const page = openPages.at(-1)!;
    const kpis = page.locator(KPIS);
    await kpis.getByRole('button', { name: 'Add KPI' }).click();
    const form = kpis.getByTestId('pl-kpi-form');
    await field(form, 'Metric').selectOption({ label: 'Overdue items' });
    // Name, unit, direction, thresholds and the formula follow the metric.
    expect(await field(form, 'Name').inputValue()).toBe('Overdue items');
    expect(await field(form, 'Unit').inputValue()).toBe('items');
    expect(await field(form, 'Direction').inputValue()).toBe('lower-is-better');
    expect(
      await form.getByText('Formula: Open items whose due date has passed, now.').count(),
    ).toBe(1);
    await typeInto(form, 'Window (days)', WINDOW_DAYS);
    await expectPreview(
      form,
      'green',
      '1 item is short of the target of 0 items, within the amber threshold of 3 items',
    );
    await typeInto(form, 'Target', '1');
    await expectPreview(form, 'green', '1 item meets the target of 1 item');
    await typeInto(form, 'Target', '5');
    await expectPreview(form, 'invalid', 'Fix the highlighted fields to see a preview');
    await typeInto(form, 'Target', '0');
    await typeInto(form, 'Amber threshold', '0');
    await expectPreview(
      form,
      'amber',
      '1 item is above the amber threshold of 0 items (target of 0 items)',
    );
    await typeInto(form, 'Red threshold', '0');
    await expectPreview(
      form,
      'red',
      '1 item is above the red threshold of 0 items (target of 0 items)',
    );
    await typeInto(form, 'Red threshold', '2');
    await expectPreview(
      form,
      'amber',
      '1 item is above the amber threshold of 0 items (target of 0 items)',
    );
    await saveForm(form);

    const rows = kpis.getByTestId('pl-kpi-row');
    await expect.poll(() => rows.count(), WAIT).toBe(2);
    const overdue = rows.nth(1);
    expect(await rowOf(overdue)).toEqual({
      status: 'amber',
      value: '1 item',
      statusText: 'At risk',
      reason: '1 item is above the amber threshold of 0 items (target of 0 items)',
    });
    expect(await dotColour(overdue)).toBe(STATUS_COLOURS.amber);
    expect(await textOf(overdue)).toContain('most overdue: ACME-1, due 2026-02-15');
    kpiIds['Acme Corp'] = {
      onTime: (await rows.nth(0).getAttribute('data-kpi-id'))!,
      overdue: (await overdue.getAttribute('data-kpi-id'))!,
    };

    const health = kpis.getByTestId('pl-kpi-health');
    expect(await textOf(health)).toContain('83 / 100');
    expect(await textOf(health)).toContain('1 green, 1 amber');
    await expectNoSeriousA11yViolations(page, { include: KPIS });
  });

  it('shows the same values after a reload, reorders and duplicates', async () => {
    await closeOpenPages();
    const { page, kpis } = await openPartnerKpis('Acme Corp');
    const rows = kpis.getByTestId('pl-kpi-row');
    await expect.poll(() => rows.count(), WAIT).toBe(2);
    expect(
      await rows.evaluateAll((all) => all.map((row) => row.getAttribute('data-status'))),
    ).toEqual(['green', 'amber']);
    // Move overdue items up, then back down, by keyboard.
    const moveUp = rows.nth(1).getByRole('button', { name: /^Move up/ });
    await moveUp.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => rows.nth(0).getAttribute('data-kpi-id'), WAIT)
      .toBe(kpiIds['Acme Corp']!.overdue);
    // At the top "Move up" is disabled, so the focus moved to "Move down" of the same KPI.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-action')), WAIT)
      .toBe('move-down');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => rows.nth(0).getAttribute('data-kpi-id'), WAIT)
      .toBe(kpiIds['Acme Corp']!.onTime);

    // Duplicate lands below the original; delete it again after an inline confirmation.
    await rows
      .nth(0)
      .getByRole('button', { name: /^Duplicate/ })
      .click();
    await expect.poll(() => rows.count(), WAIT).toBe(3);
    expect(await textOf(rows.nth(1).getByTestId('pl-kpi-name'))).toBe('On-time delivery (copy)');
    await rows
      .nth(1)
      .getByRole('button', { name: /^Delete/ })
      .click();
    await rows.nth(1).getByRole('button', { name: 'Yes, delete' }).click();
    await expect.poll(() => rows.count(), WAIT).toBe(2);
    expect(await textOf(kpis.getByTestId('pl-kpi-health'))).toContain('83 / 100');
  });
});

describe('options page, Hooli Studio', () => {
  it('creates the same two KPIs with a stricter overdue threshold', async () => {
    await closeOpenPages();
    const { page, kpis } = await openPartnerKpis('Hooli Studio');
    await addKpi(kpis, {
      metric: 'On-time delivery',
      target: '90',
      amber: '80',
      red: '70',
      expect: { status: 'green', reason: '100% meets the target of 90%' },
    });
    await addKpi(kpis, {
      metric: 'Overdue items',
      target: '0',
      amber: '0',
      red: '0',
      expect: {
        status: 'red',
        reason: '1 item is above the red threshold of 0 items (target of 0 items)',
      },
    });
    const rows = kpis.getByTestId('pl-kpi-row');
    await expect.poll(() => rows.count(), WAIT).toBe(2);
    expect((await rowOf(rows.nth(0))).status).toBe('green');
    expect(await rowOf(rows.nth(1))).toEqual({
      status: 'red',
      value: '1 item',
      statusText: 'Off track',
      reason: '1 item is above the red threshold of 0 items (target of 0 items)',
    });
    expect(await dotColour(rows.nth(1))).toBe(STATUS_COLOURS.red);
    expect(await textOf(kpis.getByTestId('pl-kpi-health'))).toContain('67 / 100');
    kpiIds['Hooli Studio'] = {
      onTime: (await rows.nth(0).getAttribute('data-kpi-id'))!,
      overdue: (await rows.nth(1).getAttribute('data-kpi-id'))!,
    };
    await expectNoSeriousA11yViolations(page, { include: KPIS });
  });
});

/** What the sidebar shows for one KPI (contract: `pl-kpi` with `data-kpi-id`, `data-status`). */
async function sidebarKpi(page: Page, kpiId: string) {
  const kpi = page.locator(`[data-testid="pl-kpi"][data-kpi-id="${kpiId}"]`);
  if ((await kpi.count()) === 0) return null;
  return { status: await kpi.getAttribute('data-status'), text: await textOf(kpi, 2_000) };
}

describe.each([
  {
    partner: 'Acme Corp',
    where: 'a mapped Jira issue',
    url: SAMPLE_URLS.jiraIssue,
    overdue: 'amber',
    health: '83 / 100',
  },
  {
    partner: 'Hooli Studio',
    where: 'its Trello board',
    url: SAMPLE_URLS.trelloBoard,
    overdue: 'red',
    health: '67 / 100',
  },
])('sidebar of $partner on $where', ({ partner, url, overdue, health }) => {
  it('shows the KPIs set in the options page, with the values and colours of the sample data', async () => {
    await closeOpenPages();
    const page = await newPage();
    await gotoStandIn(page, url);
    await expectSidebarPartner(page, partner);
    const sidebar = await sidebarOf(page);
    const ids = kpiIds[partner]!;
    await expect.poll(() => sidebar.getByTestId('pl-kpi').count(), { timeout: 15_000 }).toBe(2);
    await expect.poll(async () => (await sidebarKpi(page, ids.onTime))?.status, WAIT).toBe('green');
    await expect
      .poll(async () => (await sidebarKpi(page, ids.overdue))?.status, WAIT)
      .toBe(overdue);
    const onTime = (await sidebarKpi(page, ids.onTime))!.text;
    expect(onTime).toContain('On-time delivery');
    expect(onTime).toMatch(/100\s?%/);
    expect(onTime).toContain('100% meets the target of 90%');
    const overdueText = (await sidebarKpi(page, ids.overdue))!.text;
    expect(overdueText).toContain('Overdue items');
    expect(overdueText).toMatch(/\b1\s?item/);
    expect(await textOf(sidebar.getByTestId('pl-health'))).toContain(health);
    await expectNoSeriousA11yViolations(page, { include: '[data-testid="pl-sidebar"]' });
  });
});
