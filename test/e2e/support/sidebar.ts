// Reading the Partner Lens sidebar (an open shadow root: locators pierce it) as a person sees it.

import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** The text a person reads in an element, trimmed (waits for the element). */
export async function textOf(locator: Locator, timeout = 10_000): Promise<string> {
  return (await locator.innerText({ timeout })).trim();
}

/** The plain-DOM slim tab that board and project pages show until the sidebar is asked for. */
export function slimTabOf(page: Page): Locator {
  return page.getByTestId('pl-slim-tab');
}

/**
 * The sidebar of a host page (waits until the extension injected it). On a board or project
 * page, where only the slim tab shows at first, it opens the sidebar as a person would: a
 * click on the tab.
 */
export async function sidebarOf(page: Page, timeout = 15_000): Promise<Locator> {
  const sidebar = page.getByTestId('pl-sidebar');
  const tab = slimTabOf(page);
  await sidebar.or(tab).first().waitFor({ timeout });
  if ((await sidebar.count()) === 0) {
    // The tab steps aside when the sidebar arrives; a click it misses then is not needed.
    await tab
      .getByTestId('pl-sidebar-toggle')
      .click({ timeout: 2_000 })
      .catch(() => undefined);
  }
  await sidebar.waitFor({ timeout });
  return sidebar;
}

/** Waits until the sidebar names `partner` as the page's partner. */
export async function expectSidebarPartner(page: Page, partner: string): Promise<void> {
  const sidebar = await sidebarOf(page);
  await expect
    .poll(() => textOf(sidebar.getByTestId('pl-partner-name')), { timeout: 15_000 })
    .toBe(partner);
}

export interface ShownItem {
  title: string;
  /** The tracker's own status name, e.g. "In Progress", "Doing". */
  status: string;
  category: 'todo' | 'doing' | 'done';
}

/** What the sidebar's "current item" section shows now (null while it shows no item). */
export async function shownItem(page: Page): Promise<ShownItem | null> {
  const item = page.getByTestId('pl-item');
  const title = item.getByTestId('pl-item-title');
  if ((await title.count()) === 0) return null;
  const status = item.getByTestId('pl-item-status');
  const category = await status.getAttribute('data-category', { timeout: 2_000 });
  return {
    title: await textOf(title, 2_000),
    status: await textOf(status.locator('.pl-badge'), 2_000),
    category: category as ShownItem['category'],
  };
}

/** Waits until the sidebar shows `expected` as the open item. */
export async function expectShownItem(
  page: Page,
  expected: ShownItem,
  timeout = 15_000,
): Promise<void> {
  await expect.poll(() => shownItem(page).catch(() => null), { timeout }).toEqual(expected);
}

/** The tracker-data section: its phase (loading|ready|error) and its text. */
export async function dataStatus(page: Page): Promise<{ phase: string | null; text: string }> {
  const section = page.getByTestId('pl-data-status');
  if ((await section.count()) === 0) return { phase: null, text: '' };
  return {
    phase: await section.getAttribute('data-phase', { timeout: 2_000 }),
    text: await textOf(section, 2_000),
  };
}

/** Waits until the tracker-data section reaches `phase` and returns its text. */
export async function waitForDataPhase(
  page: Page,
  phase: 'loading' | 'ready' | 'error',
  timeout = 20_000,
): Promise<string> {
  await expect
    .poll(async () => (await dataStatus(page).catch(() => ({ phase: null }))).phase, { timeout })
    .toBe(phase);
  return (await dataStatus(page)).text;
}
