// The feedback history in the options page, end to end: feedback seeded through the real RPC,
// shown newest first, filtered by kind, category, local days and item (the filter kept in the
// address across a reload), edited, added, deleted with undo, and exported as CSV.
//
// The pages run in Europe/Berlin (CDP time zone override) so that day boundaries are not UTC's:
// "Refund flow" was given at 2026-01-31 23:30 UTC, which is 1 February 00:30 in Berlin.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_PARTNERS,
  expectNoSeriousA11yViolations,
  launchExtensionBrowser,
  rpc,
  screenshotOnFailure,
  seedPartners,
  startStandInServer,
  textOf,
  type ExtensionBrowser,
  type StandInServer,
} from './support';

const WAIT = { timeout: 10_000 };
const TIME_ZONE = 'Europe/Berlin';
const HISTORY = '[data-testid="pl-feedback-history"]';

interface StoredFeedback {
  id: string;
  partnerId: string;
  rating: number;
  kind: string;
  categories: string[];
  note: string;
  givenAt: string;
  itemKey?: string;
  itemTitle?: string;
  itemUrl?: string;
}

let server: StandInServer;
let ext: ExtensionBrowser;
let partnerIds: Record<string, string>;
/** Seeded entry ids by a short name. */
const ids: Record<string, string> = {};
const openPages: Page[] = [];

screenshotOnFailure(() => openPages);

/** The seed, oldest first; the page lists them newest first. */
const SEED = {
  checkout: {
    partner: 'Acme Corp',
    rating: 5,
    kind: 'praise',
    categories: ['quality', 'timeliness'],
    itemKey: 'ACME-3',
    itemTitle: 'Checkout redesign',
    itemUrl: 'https://acme.atlassian.net/browse/ACME-3',
    tool: 'jira',
    note: 'Shipped two days early.',
    givenAt: '2026-01-10T09:00:00.000Z',
  },
  retries: {
    partner: 'Acme Corp',
    rating: 3,
    kind: 'constructive',
    categories: ['communication'],
    itemKey: 'ACME-1',
    itemTitle: 'Payment retries',
    tool: 'jira',
    note: 'Status updates came late, please flag blockers sooner.',
    givenAt: '2026-01-20T15:00:00.000Z',
  },
  refund: {
    partner: 'Acme Corp',
    rating: 2,
    kind: 'issue',
    categories: ['quality', 'other'],
    itemKey: 'ACME-5',
    itemTitle: 'Refund flow',
    note: '=HYPERLINK("http://evil.example","Missed the go-live, again")\nSecond line',
    givenAt: '2026-01-31T23:30:00.000Z',
  },
  caching: {
    partner: 'Acme Corp',
    rating: 4,
    kind: 'praise',
    categories: ['proactivity'],
    note: 'Suggested caching, unprompted — Jürgen’s idea.',
    givenAt: '2026-02-05T10:00:00.000Z',
  },
  globex: {
    partner: 'Globex',
    rating: 5,
    kind: 'praise',
    categories: ['quality'],
    itemKey: 'GLX-1',
    itemTitle: 'Login screen',
    note: 'Clean work.',
    givenAt: '2026-01-15T12:00:00.000Z',
  },
} as const;
type SeedName = keyof typeof SEED;

/** Opens an options page in Berlin time. */
async function openOptions(hash: string): Promise<Page> {
  const page = await ext.context.newPage();
  openPages.push(page);
  const cdp = await ext.context.newCDPSession(page);
  await cdp.send('Emulation.setTimezoneOverride', { timezoneId: TIME_ZONE });
  await page.goto(ext.extensionUrl(`options.html${hash}`));
  await page.locator(HISTORY).or(page.locator('.pl-partner-detail')).first().waitFor(WAIT);
  return page;
}

async function closeOpenPages(): Promise<void> {
  for (const page of openPages.splice(0)) await page.close().catch(() => undefined);
}

const history = (page: Page) => page.locator(HISTORY);
const filters = (page: Page) => page.getByTestId('pl-history-filters');
const filterField = (page: Page, label: string) => filters(page).getByLabel(label, { exact: true });
const entryOf = (page: Page, name: SeedName | string) =>
  page.locator(`[data-testid="pl-history-entry"][data-feedback-id="${ids[name] ?? name}"]`);

/** Names of the entries shown, in order (ids the test does not know come out as they are). */
async function shownNames(page: Page): Promise<string[]> {
  const shown = await page
    .getByTestId('pl-history-entry')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-feedback-id') ?? ''));
  const byId = Object.fromEntries(Object.entries(ids).map(([name, id]) => [id, name]));
  return shown.map((id) => byId[id] ?? id);
}

async function expectShown(page: Page, names: string[], total: number) {
  await expect.poll(() => shownNames(page), WAIT).toEqual(names);
  const word = total === 1 ? 'entry' : 'entries';
  await expect
    .poll(() => textOf(page.getByTestId('pl-history-count'), 2_000), WAIT)
    .toBe(`${names.length} of ${total} ${word}`);
}

const hashQuery = (page: Page) => new URL(page.url()).hash.split('?')[1] ?? '';

async function listFeedback(page: Page, partner?: string): Promise<StoredFeedback[]> {
  return rpc<StoredFeedback[]>(
    page,
    'feedback.list',
    partner ? { partnerId: partnerIds[partner] } : {},
  );
}

beforeAll(async () => {
  server = await startStandInServer();
  ext = await launchExtensionBrowser({ port: server.port });
  const options = await ext.openExtensionPage('options.html');
  partnerIds = await seedPartners(options, DEMO_PARTNERS);
  for (const [name, { partner, ...fields }] of Object.entries(SEED)) {
    const saved = await rpc<StoredFeedback>(options, 'feedback.save', {
      partnerId: partnerIds[partner],
      ...fields,
    });
    ids[name] = saved.id;
  }
  await options.close();
});

afterAll(async () => {
  await ext?.close();
  await ext?.removeProfile();
  await server?.close();
});

describe('feedback history of a partner', () => {
  it('is reached from the partner page and lists its feedback newest first', async () => {
    const page = await openOptions(`#/partners/${partnerIds['Acme Corp']}`);
    await page.getByRole('link', { name: 'Feedback history' }).click();
    await history(page).waitFor(WAIT);
    expect(new URL(page.url()).hash).toBe(`#/partners/${partnerIds['Acme Corp']}/feedback`);
    expect(await textOf(history(page).getByRole('heading', { level: 2 }))).toBe(
      'Feedback for Acme Corp',
    );
    // Globex's entry is not Acme's.
    await expectShown(page, ['caching', 'refund', 'retries', 'checkout'], 4);
  });

  it('shows date, rating, kind, categories, item with its link, and note', async () => {
    const page = openPages.at(-1)!;
    const checkout = entryOf(page, 'checkout');
    expect(await textOf(checkout.getByTestId('pl-history-rating'))).toBe('★★★★★ 5 of 5');
    expect(await textOf(checkout.getByTestId('pl-history-kind'))).toBe('Praise');
    expect(await textOf(checkout.getByTestId('pl-history-categories'))).toBe('Quality, Timeliness');
    const link = checkout.getByTestId('pl-history-item').getByRole('link');
    expect(await textOf(link)).toBe('ACME-3 · Checkout redesign');
    expect(await link.getAttribute('href')).toBe('https://acme.atlassian.net/browse/ACME-3');
    expect((await link.getAttribute('rel'))?.split(' ')).toContain('noopener');
    expect(await textOf(checkout.getByTestId('pl-history-note'))).toBe('Shipped two days early.');
    // The date as Berlin sees it: 10:00 for 09:00 UTC.
    expect(await checkout.locator('time').getAttribute('datetime')).toBe(SEED.checkout.givenAt);
    expect(await textOf(checkout.locator('time'))).toMatch(/10:00|10:00 AM/);
    // Rated 2: two stars on, three off, and the words.
    expect(await textOf(entryOf(page, 'refund').getByTestId('pl-history-rating'))).toBe(
      '★★☆☆☆ 2 of 5',
    );
    await expectNoSeriousA11yViolations(page, { include: HISTORY });
  });

  it('filters by kind, category, local days and item, keeping the filter in the address', async () => {
    const page = openPages.at(-1)!;
    await filterField(page, 'Kind').selectOption({ label: 'Praise' });
    await expectShown(page, ['caching', 'checkout'], 4);
    expect(hashQuery(page)).toBe('kind=praise');

    await filterField(page, 'Category').selectOption({ label: 'Quality' });
    await expectShown(page, ['checkout'], 4);
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await expectShown(page, ['caching', 'refund', 'retries', 'checkout'], 4);
    expect(hashQuery(page)).toBe('');

    // Both ends included, as Berlin days: "Refund flow" (1 Feb 00:30 in Berlin) is out.
    await filterField(page, 'From').fill('2026-01-20');
    await filterField(page, 'To').fill('2026-01-31');
    await expectShown(page, ['retries'], 4);
    await filterField(page, 'To').fill('2026-02-01');
    await expectShown(page, ['refund', 'retries'], 4);
    await filterField(page, 'From').fill('2026-02-01');
    await expectShown(page, ['refund'], 4);
    expect(hashQuery(page)).toBe('from=2026-02-01&to=2026-02-01');
    await page.getByRole('button', { name: 'Clear filters' }).first().click();

    // Item: key or title, any case.
    await filterField(page, 'Item').fill('REFUND');
    await expectShown(page, ['refund'], 4);
    await filterField(page, 'Item').fill('acme-');
    await expectShown(page, ['refund', 'retries', 'checkout'], 4);

    await filterField(page, 'Category').selectOption({ label: 'Quality' });
    await expectShown(page, ['refund', 'checkout'], 4);
    expect(hashQuery(page)).toBe('category=quality&item=acme-');

    // The filtered view survives a reload (and so a bookmark).
    await page.reload();
    await history(page).waitFor(WAIT);
    await expectShown(page, ['refund', 'checkout'], 4);
    expect(await filterField(page, 'Category').inputValue()).toBe('quality');
    expect(await filterField(page, 'Item').inputValue()).toBe('acme-');

    await filterField(page, 'Kind').selectOption({ label: 'Constructive' });
    await expectShown(page, [], 4);
    const empty = page.getByTestId('pl-history-empty');
    expect(await textOf(empty)).toContain('No entries match these filters');
    await expectNoSeriousA11yViolations(page, { include: HISTORY });
    await empty.getByRole('button', { name: 'Clear filters' }).click();
    await expectShown(page, ['caching', 'refund', 'retries', 'checkout'], 4);
    expect(hashQuery(page)).toBe('');
  });

  it('exports exactly the filtered entries as CSV', async () => {
    const page = openPages.at(-1)!;
    await filterField(page, 'Item').fill('acme-');
    await expectShown(page, ['refund', 'retries', 'checkout'], 4);

    const downloading = page.waitForEvent('download', WAIT);
    await page.getByTestId('pl-history-export').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(
      /^partner-lens-feedback-acme-corp-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    const path = await download.path();
    const bytes = await readFile(path);
    // UTF-8 byte order mark first, so spreadsheets read "ü" and "—" right.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.subarray(3).toString('utf8');
    expect(csv).toBe(
      [
        'Date given (Europe/Berlin),Partner,Rating (1-5),Kind,Categories,Item key,Item title,Item URL,Tool,Note',
        '2026-02-01 00:30,Acme Corp,2,Issue,Quality; Other,ACME-5,Refund flow,,,' +
          '"\'=HYPERLINK(""http://evil.example"",""Missed the go-live, again"")\nSecond line"',
        '2026-01-20 16:00,Acme Corp,3,Constructive,Communication,ACME-1,Payment retries,,Jira,' +
          '"Status updates came late, please flag blockers sooner."',
        '2026-01-10 10:00,Acme Corp,5,Praise,Quality; Timeliness,ACME-3,Checkout redesign,' +
          'https://acme.atlassian.net/browse/ACME-3,Jira,Shipped two days early.',
        '',
      ].join('\r\n'),
    );
    expect(await textOf(page.getByTestId('pl-history-notice'))).toMatch(
      /^Exported 3 entries to partner-lens-feedback-acme-corp-/,
    );
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
  });

  it('edits an entry in place; the change persists after a reload', async () => {
    const page = openPages.at(-1)!;
    const entry = entryOf(page, 'retries');
    await entry.getByRole('button', { name: 'Edit' }).click();
    const form = entry.getByTestId('pl-feedback-form');
    await form.waitFor(WAIT);
    expect(await form.getByLabel('3 stars').isChecked()).toBe(true);
    expect(await form.getByLabel('Kind', { exact: true }).inputValue()).toBe('constructive');

    // A mistake is shown beside its field, in words, and nothing is saved.
    await form.getByLabel('Item URL').fill('not a web address');
    await form.getByRole('button', { name: 'Save feedback' }).click();
    await expect
      .poll(() => form.getByRole('alert').allTextContents(), WAIT)
      .toContain('Enter the item’s web address, starting with https://');
    await expectNoSeriousA11yViolations(page, { include: HISTORY });

    await form.getByLabel('Item URL').fill('https://acme.atlassian.net/browse/ACME-1');
    await form.getByLabel('4 stars').check();
    await form.getByLabel('Kind', { exact: true }).selectOption({ label: 'Praise' });
    await form.getByLabel('Timeliness').check();
    await form.getByLabel('Note').fill('Much better after the retro.');
    await form.getByRole('button', { name: 'Save feedback' }).click();
    await form.waitFor({ state: 'detached', ...WAIT });

    const check = async () => {
      const shown = entryOf(page, 'retries');
      expect(await textOf(shown.getByTestId('pl-history-rating'))).toBe('★★★★☆ 4 of 5');
      expect(await textOf(shown.getByTestId('pl-history-kind'))).toBe('Praise');
      expect(await textOf(shown.getByTestId('pl-history-categories'))).toBe(
        'Timeliness, Communication',
      );
      expect(await textOf(shown.getByTestId('pl-history-note'))).toBe(
        'Much better after the retro.',
      );
      expect(await shown.getByRole('link').getAttribute('href')).toBe(
        'https://acme.atlassian.net/browse/ACME-1',
      );
    };
    await expect
      .poll(() => textOf(entryOf(page, 'retries').getByTestId('pl-history-kind')), WAIT)
      .toBe('Praise');
    await check();
    await page.reload();
    await history(page).waitFor(WAIT);
    await expectShown(page, ['caching', 'refund', 'retries', 'checkout'], 4);
    await check();

    // Same record, same moment given (the minute shown was not changed).
    const stored = (await listFeedback(page, 'Acme Corp')).find((f) => f.id === ids.retries);
    expect(stored).toMatchObject({
      rating: 4,
      kind: 'praise',
      note: 'Much better after the retro.',
      givenAt: SEED.retries.givenAt,
    });
  });

  it('adds feedback without a tracker page', async () => {
    const page = openPages.at(-1)!;
    await history(page).getByRole('button', { name: 'Add feedback', exact: true }).click();
    const form = history(page).getByTestId('pl-feedback-form');
    await form.waitFor(WAIT);
    expect(await textOf(form.getByRole('heading'))).toBe('Add feedback');

    // Nothing chosen yet: the model's messages, beside the rating and the kind.
    await form.getByRole('button', { name: 'Add feedback' }).click();
    await expect
      .poll(() => form.getByRole('alert').allTextContents(), WAIT)
      .toEqual(
        expect.arrayContaining([
          'Choose a rating from 1 to 5 stars',
          'Choose a kind: praise, constructive or issue',
        ]),
      );
    await expectNoSeriousA11yViolations(page, { include: HISTORY });

    await form.getByLabel('3 stars').check();
    await form.getByLabel('Kind', { exact: true }).selectOption({ label: 'Issue' });
    await form.getByLabel('Timeliness').check();
    await form.getByLabel('Item key').fill('ACME-9');
    await form.getByLabel('Item title').fill('Invoice export');
    await form.getByLabel('Note').fill('Slipped a week.');
    await form.getByRole('button', { name: 'Add feedback' }).click();
    await form.waitFor({ state: 'detached', ...WAIT });

    // Given now: newer than every seeded entry, so first.
    await expect.poll(async () => (await shownNames(page)).length, WAIT).toBe(5);
    const [newest] = await shownNames(page);
    ids.invoice = newest!;
    await expectShown(page, ['invoice', 'caching', 'refund', 'retries', 'checkout'], 5);
    expect(await textOf(entryOf(page, 'invoice').getByTestId('pl-history-item'))).toBe(
      'ACME-9 · Invoice export',
    );
    const stored = (await listFeedback(page, 'Acme Corp')).find((f) => f.id === ids.invoice);
    expect(stored).toMatchObject({
      partnerId: partnerIds['Acme Corp'],
      rating: 3,
      kind: 'issue',
      categories: ['timeliness'],
      itemKey: 'ACME-9',
      note: 'Slipped a week.',
    });
  });

  it('deletes an entry after a confirmation, with undo', async () => {
    const page = openPages.at(-1)!;
    const entry = entryOf(page, 'caching');
    await entry.getByRole('button', { name: 'Delete' }).click();
    const confirm = entry.getByRole('group', { name: 'Confirm deletion' });
    expect(await textOf(confirm)).toContain('Delete this feedback?');
    // Keep: nothing happens.
    await confirm.getByRole('button', { name: 'Keep' }).click();
    expect(await entry.getByRole('button', { name: 'Delete' }).count()).toBe(1);

    await entry.getByRole('button', { name: 'Delete' }).click();
    await entry.getByRole('button', { name: 'Yes, delete' }).click();
    await expectShown(page, ['invoice', 'refund', 'retries', 'checkout'], 4);
    expect((await listFeedback(page, 'Acme Corp')).map((f) => f.id)).not.toContain(ids.caching);

    // Undo brings it back with the same id.
    const notice = page.getByTestId('pl-history-notice');
    expect(await textOf(notice)).toContain('Feedback deleted.');
    await notice.getByRole('button', { name: 'Undo' }).click();
    await expectShown(page, ['invoice', 'caching', 'refund', 'retries', 'checkout'], 5);
    expect((await listFeedback(page, 'Acme Corp')).map((f) => f.id)).toContain(ids.caching);

    await entryOf(page, 'caching').getByRole('button', { name: 'Delete' }).click();
    await entryOf(page, 'caching').getByRole('button', { name: 'Yes, delete' }).click();
    await expectShown(page, ['invoice', 'refund', 'retries', 'checkout'], 4);
    await page.reload();
    await history(page).waitFor(WAIT);
    await expectShown(page, ['invoice', 'refund', 'retries', 'checkout'], 4);
    expect((await listFeedback(page)).map((f) => f.id)).not.toContain(ids.caching);
  });

  it('says so when a partner has no feedback yet', async () => {
    await closeOpenPages();
    const page = await openOptions(`#/partners/${partnerIds['Hooli Studio']}/feedback`);
    const empty = page.getByTestId('pl-history-empty');
    await empty.waitFor(WAIT);
    expect(await textOf(empty)).toContain(
      'No feedback yet for Hooli Studio — give some from the popup or the sidebar.',
    );
    expect(await textOf(page.getByTestId('pl-history-count'))).toBe('0 of 0 entries');
    expect(await page.getByTestId('pl-history-export').isDisabled()).toBe(true);
    await expectNoSeriousA11yViolations(page, { include: HISTORY });
  });
});

describe('feedback of all partners', () => {
  it('is in the header and chooses the partner, kept in the address', async () => {
    const page = openPages.at(-1)!;
    await page
      .getByRole('navigation', { name: 'Settings sections' })
      .getByRole('link', { name: 'Feedback' })
      .click();
    await expect.poll(() => new URL(page.url()).hash, WAIT).toBe('#/feedback');
    await expectShown(page, ['invoice', 'refund', 'retries', 'globex', 'checkout'], 5);
    expect(
      await page
        .getByRole('navigation', { name: 'Settings sections' })
        .getByRole('link', { name: 'Feedback' })
        .getAttribute('aria-current'),
    ).toBe('page');
    // Each entry names its partner here.
    expect(await textOf(entryOf(page, 'globex').getByRole('heading'))).toContain('Globex');

    await filterField(page, 'Partner').selectOption({ label: 'Globex' });
    await expectShown(page, ['globex'], 1);
    expect(hashQuery(page)).toBe(`partner=${partnerIds.Globex}`);
    await filterField(page, 'Kind').selectOption({ label: 'Praise' });
    await page.reload();
    await history(page).waitFor(WAIT);
    await expectShown(page, ['globex'], 1);
    expect(await filterField(page, 'Partner').inputValue()).toBe(partnerIds.Globex);
    await expectNoSeriousA11yViolations(page);
  });
});
