// Reminders (nudges) end to end: records seeded through the extension's RPC raise nudges, the
// options page's Reminders section lists them, the toolbar badge shows the same count, and
// snoozing one or raising a threshold in the settings form drops it from both.
//
// Seeded, relative to today (the test's clock; dates are far from day boundaries):
// · Acme (active): contract ends in 10 days → contract-ending; a weekly sync (cadence 7 days)
//   last held 20 days ago → touchpoint-overdue; a manual KPI (target 90, amber 80, red 70)
//   with a value of 50 entered today → kpi-red; feedback given today, so no "no feedback".
// · Globex (paused): contract ends in 5 days → contract-ending (applies to paused partners).
// Expected: 4 nudges, badge "4".
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectNoSeriousA11yViolations,
  launchExtensionBrowser,
  rpc,
  screenshotOnFailure,
  startStandInServer,
  type ExtensionBrowser,
  type StandInServer,
} from './support';

const WAIT = { timeout: 10_000 };
const DAY = 86_400_000;

let server: StandInServer;
let ext: ExtensionBrowser;
let page: Page;
const ids: Record<string, string> = {};

screenshotOnFailure(() => (page ? [page] : []));

const dateIn = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

/** The toolbar badge text, read in an extension page. */
async function badgeText(): Promise<string> {
  return page.evaluate(() =>
    (
      globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }
    ).chrome.action.getBadgeText({}),
  );
}

async function shownRules(): Promise<string[]> {
  const rules = await page
    .getByTestId('pl-nudge')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-rule') ?? ''));
  return rules.sort();
}

beforeAll(async () => {
  server = await startStandInServer();
  ext = await launchExtensionBrowser({ port: server.port });
  page = await ext.openExtensionPage('options.html');

  const acme = await rpc<{ id: string }>(page, 'partners.save', {
    name: 'Acme',
    status: 'active',
    contractEnd: dateIn(10),
  });
  ids.acme = acme.id;
  const globex = await rpc<{ id: string }>(page, 'partners.save', {
    name: 'Globex',
    status: 'paused',
    contractEnd: dateIn(5),
  });
  ids.globex = globex.id;
  await rpc(page, 'feedback.save', {
    partnerId: acme.id,
    rating: 5,
    kind: 'praise',
    givenAt: new Date().toISOString(),
  });
  await rpc(page, 'touchpoints.save', {
    partnerId: acme.id,
    kind: 'weekly-sync',
    cadenceDays: 7,
    heldAt: new Date(Date.now() - 20 * DAY).toISOString(),
  });
  const kpi = await rpc<{ id: string }>(page, 'kpis.save', {
    partnerId: acme.id,
    name: 'Customer satisfaction',
    metric: 'manual',
    unit: '%',
    direction: 'higher-is-better',
    target: 90,
    amberThreshold: 80,
    redThreshold: 70,
  });
  await rpc(page, 'kpis.addManual', { kpiId: kpi.id, date: dateIn(0), value: 50, note: '' });
});

afterAll(async () => {
  await ext?.close();
  await ext?.removeProfile();
  await server?.close();
});

describe('reminders', () => {
  it('lists the nudges in the Reminders section, and the badge shows their count', async () => {
    await page
      .getByRole('navigation', { name: 'Settings sections' })
      .getByRole('link', { name: 'Reminders' })
      .click();
    await expect.poll(() => page.getByTestId('pl-nudge').count(), WAIT).toBe(4);
    expect(await shownRules()).toEqual([
      'contract-ending',
      'contract-ending',
      'kpi-red',
      'touchpoint-overdue',
    ]);
    await expect.poll(badgeText, WAIT).toBe('4');
    expect(await page.getByTestId('pl-nudge-count').innerText()).toBe(
      '4 reminders pending, oldest first.',
    );

    const kpiNudge = page.locator('[data-testid="pl-nudge"][data-rule="kpi-red"]');
    expect(await kpiNudge.getByRole('heading').innerText()).toBe(
      'Customer satisfaction turned red for Acme',
    );
    expect(await kpiNudge.getByText(/below its red threshold of 70%/).count()).toBe(1);
    expect(await kpiNudge.getByRole('link', { name: 'Open the KPIs' }).getAttribute('href')).toBe(
      `#/partners/${ids.acme}/kpis`,
    );
    const contract = page.getByRole('heading', { name: /^Contract with Globex ends in \d+ days$/ });
    expect(await contract.count()).toBe(1);
  });

  it('has no serious accessibility problems', async () => {
    await expectNoSeriousA11yViolations(page);
  });

  it('snoozing a nudge drops it from the list and the badge', async () => {
    const touchpoint = page.locator('[data-testid="pl-nudge"][data-rule="touchpoint-overdue"]');
    await touchpoint.getByRole('button', { name: 'Later: 1 day' }).click();
    await expect.poll(() => page.getByTestId('pl-nudge').count(), WAIT).toBe(3);
    expect(await shownRules()).toEqual(['contract-ending', 'contract-ending', 'kpi-red']);
    await expect.poll(badgeText, WAIT).toBe('3');
    expect(await page.getByRole('status').first().innerText()).toMatch(
      /You will be reminded again tomorrow: Weekly sync with Acme is overdue/,
    );
  });

  it('a threshold saved in the settings form applies to the list and the badge', async () => {
    const form = page.getByTestId('pl-reminder-settings');
    const days = form.getByLabel('Contract ends within (days)', { exact: true });
    await days.fill('0');
    await form.getByRole('button', { name: 'Save reminder settings' }).click();
    expect(
      await form
        .getByText('Enter the days before a contract ends as a whole number of days from 1 to 365')
        .count(),
    ).toBe(1);
    await days.fill('3');
    await form.getByRole('button', { name: 'Save reminder settings' }).click();
    await expect.poll(() => page.getByTestId('pl-nudge').count(), WAIT).toBe(1);
    expect(await shownRules()).toEqual(['kpi-red']);
    await expect.poll(badgeText, WAIT).toBe('1');
    const settings = await rpc<{ contractEndingNudgeDays: number; noFeedbackNudgeDays: number }>(
      page,
      'settings.get',
      {},
    );
    expect(settings).toMatchObject({ contractEndingNudgeDays: 3, noFeedbackNudgeDays: 14 });
  });

  it('dismissing the last one leaves the empty state and clears the badge', async () => {
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => page.getByTestId('pl-nudge').count(), WAIT).toBe(0);
    expect(await page.getByTestId('pl-nudge-count').innerText()).toBe('No reminders pending.');
    await expect.poll(badgeText, WAIT).toBe('');
    await expectNoSeriousA11yViolations(page);
  });
});
