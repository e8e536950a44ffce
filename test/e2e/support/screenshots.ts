// Screenshots on failure, into test-output/ (git-ignored).

import { mkdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach } from 'vitest';
import { REPO_ROOT } from './browser';

export const TEST_OUTPUT_DIR = join(REPO_ROOT, 'test-output');

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);

/** Saves a full-page screenshot as test-output/<name>.png and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(TEST_OUTPUT_DIR, { recursive: true });
  const path = join(TEST_OUTPUT_DIR, `${slug(name)}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

type PagesGetter = () => Page | undefined | null | Iterable<Page | undefined | null>;

/**
 * Registers an `afterEach` that, when the test failed, screenshots the open pages returned by
 * `getPages` into test-output/<file>--<test>[-n].png and prints the paths.
 *
 * afterEach hooks run in reverse order of registration: call this AFTER registering the hook
 * that closes the browser (or close the browser in `afterAll`), so the pages are still open.
 */
export function screenshotOnFailure(getPages: PagesGetter): void {
  afterEach(async (context) => {
    if (context.task.result?.state !== 'fail') return;
    const got = getPages();
    const pages = (
      got && typeof (got as Iterable<Page>)[Symbol.iterator] === 'function'
        ? [...(got as Iterable<Page | undefined | null>)]
        : [got as Page | undefined | null]
    ).filter((p): p is Page => !!p && !p.isClosed());
    const file = context.task.file?.name ?? 'test';
    const base = `${file.replace(/^.*\//, '').replace(/\.e2e\.test\.ts$/, '')}--${context.task.name}`;
    for (const [index, page] of pages.entries()) {
      try {
        const path = await saveScreenshot(page, pages.length > 1 ? `${base}-${index + 1}` : base);
        console.error(`Screenshot of the failure: ${relative(REPO_ROOT, path)} (${page.url()})`);
      } catch (error) {
        console.error(`Could not screenshot ${page.url()}: ${String(error)}`);
      }
    }
  });
}
