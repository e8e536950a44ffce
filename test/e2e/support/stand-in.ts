// Helpers for pages of the stand-in apps (see test/e2e/server/).

import type { Page } from 'playwright-core';
import type {
  InterceptRequest,
  InterceptResponse,
  StandInServer,
} from '../server/stand-in-server.mjs';

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

/**
 * Replaces the stand-in's answer to the first `times` requests that `match` accepts (a 429, a
 * sign-in page), then lets it answer normally again. `hits()` tells how many requests matched
 * so far, the replaced ones included; `remove()` stops early.
 */
export function interceptMatching(
  server: StandInServer,
  match: (req: InterceptRequest) => boolean,
  answer: InterceptResponse | ((req: InterceptRequest) => InterceptResponse | undefined),
  { times = Infinity }: { times?: number } = {},
): { hits(): number; remove(): void } {
  let hits = 0;
  const remove = server.intercept((req) => {
    if (!match(req)) return undefined;
    hits += 1;
    if (hits > times) return undefined;
    return typeof answer === 'function' ? answer(req) : answer;
  });
  return { hits: () => hits, remove };
}

/**
 * Changes the stand-in's own answer to matching REST requests, e.g. to make one item of a
 * list invalid: `change` gets a fresh copy of the JSON it would send and may edit it in place.
 */
export function transformAnswers(
  server: StandInServer,
  match: (req: InterceptRequest) => boolean,
  change: (json: unknown, req: InterceptRequest) => void,
): () => void {
  return server.intercept((req) => {
    if (!match(req)) return undefined;
    const answer = req.defaultAnswer();
    if (!answer || answer.status !== 200) return answer;
    change(answer.json, req);
    return answer;
  });
}

/** The REST requests (method, host, path without query) the stand-in could not answer. */
export function unansweredApiRequests(server: StandInServer): string[] {
  return server
    .failedApiRequests()
    .map((r) => `${r.status ?? '?'} ${r.method} https://${r.host}${r.path}`);
}
