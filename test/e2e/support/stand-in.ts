// Helpers for pages of the stand-in apps (see test/e2e/server/).

import type { Page } from 'playwright-core';

/** Waits until the stand-in app has rendered the view of the page's current URL. */
export async function waitForStandInRender(page: Page, timeout = 10_000): Promise<void> {
  await page.waitForFunction(
    () => document.body?.dataset.renderedUrl === location.pathname + location.search,
    undefined,
    { timeout },
  );
}

/** Loads a stand-in page (a real navigation) and waits for its first render. */
export async function gotoStandIn(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForStandInRender(page);
}

/** The marker the stand-in page sets on each real load (unchanged by in-app navigation). */
export function loadId(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { __loadId: string }).__loadId);
}

/**
 * In-app navigation as the app itself does it (`history.pushState` + re-render, no reload),
 * without a click. Use a click on a link to navigate as a person would.
 */
export async function pushStateNavigate(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    (window as unknown as { __standIn: { navigate(to: string): void } }).__standIn.navigate(to);
  }, path);
  await waitForStandInRender(page);
}
