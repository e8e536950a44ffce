// The popup's quick feedback entry in the real toolbar popup: prefilled from a Jira issue,
// an Asana task and a Trello card; the partner picker without a context; keys 1–5 and
// Ctrl+Enter; the draft across closing and reopening; undo; the tab-bound popup the context
// menu falls back to; and axe on each state.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_PARTNERS,
  expectNoSeriousA11yViolations,
  gotoStandIn,
  launchExtensionBrowser,
  openPopupFor,
  rpc,
  SAMPLE_URLS,
  screenshotOnFailure,
  seedPartners,
  sidebarOf,
  startStandInServer,
  textOf,
  waitForDataPhase,
  type ChromeGlobal,
  type ExtensionBrowser,
  type StandInServer,
} from './support';

interface StoredFeedback {
  id: string;
  partnerId: string;
  rating: number;
  kind: string;
  categories: string[];
  note: string;
  itemKey?: string;
  itemTitle?: string;
  itemUrl?: string;
  tool?: string;
}

let server: StandInServer;
let ext: ExtensionBrowser;
let options: Page;
let ids: Record<string, string>;
const openPages: Page[] = [];
screenshotOnFailure(() => openPages);

async function newPage(url: string): Promise<Page> {
  const page = await ext.context.newPage();
  openPages.push(page);
  await gotoStandIn(page, url);
  return page;
}

/** Opens the real popup over `page` and waits until its form is interactive. */
async function popupOver(page: Page): Promise<Page> {
  const popup = await openPopupFor(page, ext);
  openPages.push(popup);
  await popup.locator('[data-testid="pl-feedback-form"][data-ready="true"]').waitFor();
  return popup;
}

const feedbackOf = (partner: string) =>
  rpc<StoredFeedback[]>(options, 'feedback.list', { partnerId: ids[partner] });

const checkedRating = (popup: Page) =>
  popup.getByTestId('pl-rating').locator('input:checked').getAttribute('value');

beforeAll(async () => {
  server = await startStandInServer({ port: 0 });
  ext = await launchExtensionBrowser({ port: server.port });
  options = await ext.openExtensionPage('options.html');
  ids = await seedPartners(options, DEMO_PARTNERS);
});

afterAll(async () => {
  await ext?.close();
  await ext?.removeProfile();
  await server?.close();
});

const PREFILL_CASES = [
  {
    tool: 'Jira',
    url: SAMPLE_URLS.jiraIssue,
    partner: 'Acme Corp',
    key: 'ACME-1',
    title: 'Checkout button unresponsive on Safari',
  },
  {
    tool: 'Asana',
    url: SAMPLE_URLS.asanaTaskV1,
    partner: 'Initech',
    key: '1300000000000001',
    title: 'Redesign the pricing page',
  },
  {
    tool: 'Trello',
    url: SAMPLE_URLS.trelloCard,
    partner: 'Hooli Studio',
    key: 'Qw3rTy12',
    title: 'Onboarding flow copy',
  },
] as const;

describe.each(PREFILL_CASES)('popup on a $tool item', (c) => {
  it('opens prefilled with the partner and the item, and is accessible', async () => {
    const page = await newPage(c.url);
    await sidebarOf(page);
    // Once the sidebar has cached the scope, the title comes from the cache, not the tab.
    await waitForDataPhase(page, 'ready');
    // The background has noted the page for the popup (for the Trello card, from the
    // sidebar's answer once it had read the card's board), with the item's cached title, so
    // the popup needs no round trip.
    await expect.poll(() => snapshotOf(c.url)).toEqual({ url: c.url, title: c.title });
    const popup = await popupOver(page);
    expect(await textOf(popup.getByTestId('pl-feedback-partner'))).toBe(c.partner);
    expect(await textOf(popup.getByTestId('pl-feedback-item-key'))).toBe(c.key);
    expect(await textOf(popup.getByTestId('pl-feedback-item-title'))).toBe(c.title);
    expect(await popup.getByTestId('pl-partner-picker').count()).toBe(0);
    // The page's section is still there, with the partner card.
    expect(await textOf(popup.getByTestId('pl-partner-name'))).toBe(c.partner);
    await expect
      .poll(() => textOf(popup.getByRole('heading', { name: /Recent feedback/ })))
      .toBe(`Recent feedback for ${c.partner}`);
    await expectNoSeriousA11yViolations(popup);

    // Keys 1–5 rate, the rating suggests the kind, Ctrl+Enter saves with the item attached.
    await popup.keyboard.press('4');
    expect(await checkedRating(popup)).toBe('4');
    expect(await popup.getByRole('radio', { name: 'Praise' }).isChecked()).toBe(true);
    await popup.getByRole('checkbox', { name: 'Quality' }).check();
    await popup.getByLabel('Note').fill(`Solid work on ${c.key}`);
    await popup.getByLabel('Note').press('Control+Enter');
    await expect
      .poll(() => textOf(popup.getByTestId('pl-feedback-saved')))
      .toContain(`4 ★ praise for ${c.partner} on ${c.key}`);
    const [saved] = await feedbackOf(c.partner);
    expect(saved).toMatchObject({
      rating: 4,
      kind: 'praise',
      categories: ['quality'],
      note: `Solid work on ${c.key}`,
      itemKey: c.key,
      itemTitle: c.title,
      tool: c.tool.toLowerCase(),
    });
    expect(saved?.itemUrl).toMatch(/^https:\/\//);
    // The form is empty again and the record leads the partner's recent feedback.
    expect(await popup.getByLabel('Note').inputValue()).toBe('');
    expect(await popup.getByTestId('pl-rating').locator('input:checked').count()).toBe(0);
    await expect
      .poll(() => textOf(popup.getByTestId('pl-recent-feedback').first()))
      .toContain(`Solid work on ${c.key}`);
    await expectNoSeriousA11yViolations(popup);
    await popup.close();
  });
});

describe('popup without a context', () => {
  it('offers a partner picker with type-ahead and saves for the partner picked', async () => {
    const page = await newPage(SAMPLE_URLS.jiraYourWork);
    const popup = await popupOver(page);
    await expect
      .poll(() => textOf(popup.getByTestId('pl-popup-no-context')))
      .toContain('Open a project, board or item');
    const picker = popup.getByRole('combobox', { name: 'Partner' });
    expect(await popup.getByTestId('pl-partner-picker').count()).toBe(1);

    // Saving without a partner or rating says what is missing, in words.
    await popup.keyboard.press('Control+Enter');
    await expect
      .poll(async () => (await popup.getByRole('alert').allInnerTexts()).join(' | '))
      .toContain('Choose the partner this feedback is for');
    expect((await popup.getByRole('alert').allInnerTexts()).join(' | ')).toContain(
      'Choose a rating from 1 to 5 stars',
    );
    expect(await picker.evaluate((el) => el === document.activeElement)).toBe(true);

    await picker.fill('oo');
    const listbox = popup.getByRole('listbox', { name: 'Partners' });
    await expect.poll(() => listbox.getByRole('option').allInnerTexts()).toEqual(['Hooli Studio']);
    await picker.fill('');
    await picker.pressSequentially('in');
    await expect
      .poll(() => listbox.getByRole('option').allInnerTexts())
      .toEqual(['Initech', 'Vandelay Industries · candidate']);
    await expectNoSeriousA11yViolations(popup);
    await picker.press('ArrowDown');
    expect(await listbox.getByRole('option', { selected: true }).innerText()).toBe(
      'Vandelay Industries · candidate',
    );
    await picker.press('ArrowUp');
    await picker.press('Enter');
    expect(await picker.inputValue()).toBe('Initech');
    expect(await picker.getAttribute('aria-expanded')).toBe('false');

    // A digit typed in a text field is text, not a rating.
    await picker.press('Tab');
    await popup.keyboard.press('2');
    expect(await checkedRating(popup)).toBe('2');
    expect(await popup.getByRole('radio', { name: 'Issue' }).isChecked()).toBe(true);
    // The radios are drawn as labels: click the label, as a person would.
    await popup.locator('label.pl-choice', { hasText: 'Constructive' }).click();
    expect(await popup.getByRole('radio', { name: 'Constructive' }).isChecked()).toBe(true);
    await popup.getByLabel('Note').fill('Missed 3 deadlines');
    expect(await checkedRating(popup)).toBe('2');
    await popup.keyboard.press('Control+Enter');
    await popup.getByTestId('pl-feedback-saved').waitFor();
    const [saved] = await feedbackOf('Initech');
    expect(saved).toMatchObject({ rating: 2, kind: 'constructive', note: 'Missed 3 deadlines' });
    expect(saved?.itemKey).toBeUndefined();
    await expectNoSeriousA11yViolations(popup);
    await popup.close();
  });
});

describe('draft and undo', () => {
  it('keeps the draft when the popup closes, for that item only', async () => {
    const page = await newPage(SAMPLE_URLS.jiraIssue);
    let popup = await popupOver(page);
    await popup.keyboard.press('3');
    await popup.getByRole('checkbox', { name: 'Timeliness' }).check();
    await popup.getByLabel('Note').fill('Half written: deploy slipped a day');
    // The draft is written shortly after the last change.
    await expect
      .poll(() =>
        popup.evaluate(async () => {
          const { chrome } = globalThis as unknown as ChromeGlobal;
          return JSON.stringify(await chrome.storage.local.get('feedbackDrafts'));
        }),
      )
      .toContain('Half written: deploy slipped a day');
    await popup.close();

    popup = await popupOver(page);
    expect(await popup.getByLabel('Note').inputValue()).toBe('Half written: deploy slipped a day');
    expect(await checkedRating(popup)).toBe('3');
    expect(await popup.getByRole('checkbox', { name: 'Timeliness' }).isChecked()).toBe(true);
    await popup.close();

    // Another item of the same partner starts empty.
    const other = await newPage(SAMPLE_URLS.jiraBoardSelected);
    const otherPopup = await popupOver(other);
    expect(await textOf(otherPopup.getByTestId('pl-feedback-item-key'))).toBe('ACME-4');
    expect(await otherPopup.getByLabel('Note').inputValue()).toBe('');
    expect(await otherPopup.getByTestId('pl-rating').locator('input:checked').count()).toBe(0);
    await otherPopup.close();
  });

  it('saves the draft, and Undo removes the record and puts it back in the form', async () => {
    const page = openPages.find((p) => !p.isClosed() && p.url() === SAMPLE_URLS.jiraIssue)!;
    const popup = await popupOver(page);
    expect(await popup.getByLabel('Note').inputValue()).toBe('Half written: deploy slipped a day');
    const before = (await feedbackOf('Acme Corp')).length;
    await popup.getByRole('button', { name: 'Save feedback' }).click();
    const saved = popup.getByTestId('pl-feedback-saved');
    await expect.poll(() => textOf(saved)).toContain('3 ★ constructive for Acme Corp on ACME-1');
    expect(await feedbackOf('Acme Corp')).toHaveLength(before + 1);
    // The focus is on Undo, so Enter undoes at once.
    await popup.keyboard.press('Enter');
    await expect
      .poll(() => textOf(popup.getByTestId('pl-feedback-undone')))
      .toContain('Feedback removed');
    const after = await feedbackOf('Acme Corp');
    expect(after).toHaveLength(before);
    expect(after.some((f) => f.note === 'Half written: deploy slipped a day')).toBe(false);
    await expect
      .poll(() => popup.getByLabel('Note').inputValue())
      .toBe('Half written: deploy slipped a day');
    expect(await checkedRating(popup)).toBe('3');
    await expectNoSeriousA11yViolations(popup);
    await popup.close();
  });
});

type FrameProbeWindow = Window & {
  __plFrame?: { reactRootEmpty: boolean; reactRootHidden: boolean };
  __plViolations?: string[];
};

/**
 * Runs in the popup before its own scripts: as soon as the plain-DOM first frame is ready it
 * notes whether React has rendered anything yet, then rates 2, ticks Timeliness and types a
 * note there, with the focus in the note, as a quick user would.
 */
function enterIntoFirstFrame() {
  const w = window as FrameProbeWindow;
  w.__plViolations = [];
  document.addEventListener('securitypolicyviolation', (event) =>
    w.__plViolations?.push(event.violatedDirective),
  );
  const observer = new MutationObserver(() => {
    const form = document.querySelector<HTMLFormElement>('#pl-first-frame form[data-ready]');
    if (!form || w.__plFrame) return;
    const root = document.getElementById('root');
    w.__plFrame = {
      reactRootEmpty: root?.childElementCount === 0,
      reactRootHidden: root?.hidden === true,
    };
    form.querySelector<HTMLInputElement>('input[name="rating"][value="2"]')?.click();
    form.querySelector<HTMLInputElement>('input[value="timeliness"]')?.click();
    const note = form.querySelector('textarea');
    if (note) {
      note.focus();
      note.value = 'Typed before React';
    }
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** A tracker page at `url` with its sidebar up, and its tab id. */
async function trackerTab(url: string): Promise<{ page: Page; tabId: number }> {
  const page = await newPage(url);
  await sidebarOf(page);
  return { page, tabId: await tabIdOf(url) };
}

/** The tab id of the page at `url` (the background sees it). */
async function tabIdOf(url: string): Promise<number> {
  const worker = await ext.getServiceWorker();
  const id = await worker.evaluate(async (address) => {
    const { chrome } = globalThis as unknown as ChromeGlobal;
    return (await chrome.tabs.query({ url: address }))[0]?.id ?? null;
  }, url);
  if (id === null) throw new Error(`No tab shows ${url}`);
  return id;
}

/** The popup snapshot of `url`'s tab: the address it was taken for and the item's title. */
async function snapshotOf(url: string): Promise<{ url: string; title?: string } | null> {
  const tabId = await tabIdOf(url);
  const worker = await ext.getServiceWorker();
  return worker.evaluate(async (id) => {
    const { chrome } = globalThis as unknown as ChromeGlobal;
    const { popupSnapshots } = await chrome.storage.session.get('popupSnapshots');
    const snapshots = popupSnapshots as
      Record<string, { url: string; item: { title: string } | null }> | undefined;
    const snapshot = snapshots?.[String(id)];
    return snapshot ? { url: snapshot.url, title: snapshot.item?.title } : null;
  }, tabId);
}

/** The address the popup snapshot of `url`'s tab was taken for (null: none). */
const snapshotUrlOf = async (url: string) => (await snapshotOf(url))?.url ?? null;

async function clearDrafts() {
  const worker = await ext.getServiceWorker();
  await worker.evaluate(() =>
    (globalThis as unknown as ChromeGlobal).chrome.storage.local.remove('feedbackDrafts'),
  );
}

/** Opens the popup for `tabId` again, once the React popup has taken the form over. */
async function reopenedPopup(tabId: number): Promise<Page> {
  const popup = await ext.openExtensionPage(`popup.html?tab=${tabId}`);
  openPages.push(popup);
  await popup.locator('#root:not([hidden]) [data-testid="pl-feedback-form"][data-ready]').waitFor();
  return popup;
}

/**
 * Opens the popup for `tabId` with the React popup's chunk held back at the network layer
 * (CDP `Fetch`): the plain-DOM first frame is all there is until `release` — `'never'` keeps
 * the chunk from ever arriving, `'fail'` fails it as a broken install would.
 */
async function popupWithReactHeld(tabId: number, release: 'never' | 'fail'): Promise<Page> {
  const popup = await ext.context.newPage();
  openPages.push(popup);
  const cdp = await ext.context.newCDPSession(popup);
  cdp.on('Fetch.requestPaused', ({ requestId }) => {
    if (release === 'fail') {
      void cdp.send('Fetch.failRequest', { requestId, errorReason: 'Failed' }).catch(() => {});
    }
  });
  await cdp.send('Fetch.enable', { patterns: [{ urlPattern: '*/chunks/render-popup-*' }] });
  await popup.goto(ext.extensionUrl(`popup.html?tab=${tabId}`));
  await popup.locator('#pl-first-frame form[data-ready="true"]').waitFor();
  return popup;
}

describe('first frame', () => {
  it('draws the form from the page snapshot before React, and React keeps what was entered', async () => {
    await clearDrafts(); // earlier tests leave drafts of this issue
    const { page, tabId } = await trackerTab(SAMPLE_URLS.jiraIssue);
    const popup = await ext.context.newPage();
    openPages.push(popup);
    await popup.addInitScript(enterIntoFirstFrame);
    await popup.goto(ext.extensionUrl(`popup.html?tab=${tabId}`));

    // React's popup, below the form, shows the partner card once it has taken over.
    await popup.getByTestId('pl-partner-name').waitFor();
    const seen = await popup.evaluate(() => (window as FrameProbeWindow).__plFrame);
    expect(seen).toEqual({ reactRootEmpty: true, reactRootHidden: true });
    expect(await popup.locator('#pl-first-frame').count()).toBe(0);
    expect(await popup.getByTestId('pl-popup').count()).toBe(1);
    expect(await checkedRating(popup)).toBe('2');
    expect(await popup.getByRole('radio', { name: 'Issue' }).isChecked()).toBe(true);
    expect(await popup.getByRole('checkbox', { name: 'Timeliness' }).isChecked()).toBe(true);
    expect(await popup.getByLabel('Note').inputValue()).toBe('Typed before React');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('note');
    // zod is told not to probe for eval, which the page's policy would report.
    expect(await popup.evaluate(() => (window as FrameProbeWindow).__plViolations)).toEqual([]);
    // Its styles are written into the page: none was linked (or linked again by a lazy chunk).
    expect(await popup.locator('link[rel="stylesheet"]:not([disabled])').count()).toBe(0);
    expect(await popup.evaluate(() => getComputedStyle(document.body).width)).toBe('380px');
    await expectNoSeriousA11yViolations(popup);

    // Kept as the item's draft, as anything typed into the React form is.
    await popup.close();
    const again = await reopenedPopup(tabId);
    expect(await again.getByLabel('Note').inputValue()).toBe('Typed before React');
    await again.close();
    await page.close();
    await clearDrafts();
  });

  it('draws it on a Trello card, whose board the sidebar had to read first', async () => {
    const { page, tabId } = await trackerTab(SAMPLE_URLS.trelloCard);
    await expect.poll(() => snapshotUrlOf(SAMPLE_URLS.trelloCard)).toBe(SAMPLE_URLS.trelloCard);
    const popup = await popupWithReactHeld(tabId, 'never');
    const frame = popup.locator('#pl-first-frame');
    expect(await textOf(frame.getByTestId('pl-feedback-partner'))).toBe('Hooli Studio');
    expect(await textOf(frame.getByTestId('pl-feedback-item-key'))).toBe('Qw3rTy12');
    await popup.close();
    await page.close();
  });

  it('keeps what was entered in the first frame as the draft when the popup closes before React is in', async () => {
    await clearDrafts();
    const { page, tabId } = await trackerTab(SAMPLE_URLS.jiraIssue);
    const popup = await popupWithReactHeld(tabId, 'never');
    // Only the frame is there, and it is usable and accessible on its own.
    expect(await popup.locator('#root').evaluate((root) => (root as HTMLElement).hidden)).toBe(
      true,
    );
    await expectNoSeriousA11yViolations(popup);
    await popup.keyboard.press('4');
    await popup.getByRole('checkbox', { name: 'Communication' }).check();
    await popup.getByLabel('Note').fill('Closed before React');
    expect(await popup.locator('#pl-first-frame').count()).toBe(1);
    await popup.close();

    const again = await reopenedPopup(tabId);
    expect(await checkedRating(again)).toBe('4');
    expect(await again.getByRole('radio', { name: 'Praise' }).isChecked()).toBe(true);
    expect(await again.getByRole('checkbox', { name: 'Communication' }).isChecked()).toBe(true);
    expect(await again.getByLabel('Note').inputValue()).toBe('Closed before React');
    await again.close();
    await page.close();
    await clearDrafts();
  });

  it('says to reopen the popup when the rest of it cannot load, keeping the entry', async () => {
    await clearDrafts();
    const { page, tabId } = await trackerTab(SAMPLE_URLS.jiraIssue);
    const popup = await popupWithReactHeld(tabId, 'fail');
    const alert = popup.getByRole('alert');
    await alert.waitFor();
    expect(await textOf(alert)).toBe(
      'Partner Lens could not finish opening. Close the popup and open it again.',
    );
    await popup.getByLabel('Note').fill('Still here');
    await popup.keyboard.press('Control+Enter');
    // No save can run: none is shown as under way, and the entry is kept as the draft.
    expect(await textOf(popup.getByRole('button', { name: 'Save feedback' }))).toBe(
      'Save feedback',
    );
    await popup.close();
    const again = await reopenedPopup(tabId);
    expect(await again.getByLabel('Note').inputValue()).toBe('Still here');
    await again.close();
    await page.close();
    await clearDrafts();
  });

  it('draws the partner picker before React on a tab without a context, and keeps the entry', async () => {
    await clearDrafts();
    const page = await newPage(SAMPLE_URLS.jiraYourWork);
    const popup = await popupWithReactHeld(await tabIdOf(SAMPLE_URLS.jiraYourWork), 'never');
    const frame = popup.locator('#pl-first-frame');
    expect(await textOf(frame.getByTestId('pl-popup-no-context'))).toContain(
      'Open a project, board or item',
    );
    await expectNoSeriousA11yViolations(popup);
    const picker = frame.getByRole('combobox', { name: 'Partner' });
    await picker.pressSequentially('in');
    const listbox = frame.getByRole('listbox', { name: 'Partners' });
    expect(await listbox.getByRole('option').allInnerTexts()).toEqual([
      'Initech',
      'Vandelay Industries · candidate',
    ]);
    await expectNoSeriousA11yViolations(popup);
    await picker.press('ArrowDown');
    await picker.press('Enter');
    expect(await picker.inputValue()).toBe('Vandelay Industries');
    expect(await listbox.isHidden()).toBe(true);
    // A digit in the text box is text; outside it, a rating.
    await picker.press('Tab');
    await popup.keyboard.press('3');
    expect(await checkedRating(popup)).toBe('3');
    await popup.close();

    // Kept as the draft of the picker, partner included: the next popup starts from it.
    const again = await reopenedPopup(await tabIdOf(SAMPLE_URLS.jiraYourWork));
    expect(await again.getByRole('combobox', { name: 'Partner' }).inputValue()).toBe(
      'Vandelay Industries',
    );
    expect(await checkedRating(again)).toBe('3');
    await again.close();
    await page.close();
    await clearDrafts();
  });

  it('draws the picker before React on an unmapped issue, with the issue, and keeps the pick', async () => {
    await clearDrafts();
    const { page, tabId } = await trackerTab(SAMPLE_URLS.jiraUnmappedIssue);
    await expect
      .poll(() => snapshotUrlOf(SAMPLE_URLS.jiraUnmappedIssue))
      .toBe(SAMPLE_URLS.jiraUnmappedIssue);
    const popup = await popupWithReactHeld(tabId, 'never');
    const frame = popup.locator('#pl-first-frame');
    expect(await textOf(frame.getByTestId('pl-feedback-item-key'))).toBe('INT-1');
    expect(await frame.getByTestId('pl-popup-no-context').count()).toBe(0);
    const picker = frame.getByRole('combobox', { name: 'Partner' });
    await picker.pressSequentially('init');
    await frame.getByRole('option', { name: 'Initech' }).click();
    expect(await picker.inputValue()).toBe('Initech');
    await popup.keyboard.press('Tab');
    await popup.keyboard.press('5');
    await expectNoSeriousA11yViolations(popup);
    await popup.close();

    const again = await reopenedPopup(tabId);
    await again.getByTestId('pl-no-partner').waitFor();
    expect(await again.getByRole('combobox', { name: 'Partner' }).inputValue()).toBe('Initech');
    expect(await checkedRating(again)).toBe('5');
    expect(await textOf(again.getByTestId('pl-feedback-item-key'))).toBe('INT-1');
    await again.close();
    await page.close();
    await clearDrafts();
  });

  it('keeps the snapshots in step with a renamed partner, and asks the background without one', async () => {
    const { page, tabId } = await trackerTab(SAMPLE_URLS.jiraIssue);
    await expect.poll(() => snapshotUrlOf(SAMPLE_URLS.jiraIssue)).toBe(SAMPLE_URLS.jiraIssue);

    // Renamed in the options page: the page open in its tab is not visited again, and its
    // popup still opens at once, with the new name.
    const [acme] = await rpc<Record<string, unknown>[]>(options, 'partners.list', {}).then(
      (partners) => partners.filter((partner) => partner.name === 'Acme Corp'),
    );
    await rpc(options, 'partners.save', { ...acme, name: 'Acme Group' });
    try {
      const renamed = await popupWithReactHeld(tabId, 'never');
      expect(
        await textOf(renamed.locator('#pl-first-frame').getByTestId('pl-feedback-partner')),
      ).toBe('Acme Group');
      await renamed.close();
    } finally {
      const [group] = await rpc<Record<string, unknown>[]>(options, 'partners.list', {}).then(
        (partners) => partners.filter((partner) => partner.name === 'Acme Group'),
      );
      await rpc(options, 'partners.save', { ...group, name: 'Acme Corp' });
    }

    // Without a snapshot the popup still opens prefilled, from the background's answers.
    const worker = await ext.getServiceWorker();
    await worker.evaluate(() =>
      (globalThis as unknown as ChromeGlobal).chrome.storage.session.remove('popupSnapshots'),
    );
    const popup = await ext.openExtensionPage(`popup.html?tab=${tabId}`);
    openPages.push(popup);
    await popup.locator('[data-testid="pl-feedback-form"][data-ready="true"]').waitFor();
    expect(await textOf(popup.getByTestId('pl-feedback-partner'))).toBe('Acme Corp');
    expect(await popup.locator('#pl-first-frame').count()).toBe(0);
    await popup.close();
    await page.close();
  });
});

describe('context menu fallback and nudges', () => {
  it('has made its context menu item on install', async () => {
    const worker = await ext.getServiceWorker();
    // `contextMenus.update` fails for an id that does not exist.
    const update = (id: string) =>
      worker.evaluate(async (menuId) => {
        const { contextMenus } = (
          globalThis as unknown as {
            chrome: { contextMenus: { update(id: string, p: object): Promise<void> } };
          }
        ).chrome;
        try {
          await contextMenus.update(menuId, {});
          return 'exists';
        } catch (error) {
          return String(error);
        }
      }, id);
    expect(await update('partner-lens-give-feedback')).toBe('exists');
    expect(await update('no-such-menu')).not.toBe('exists');
  });

  it('prefills the popup opened in its own window for a given tab', async () => {
    const page = await newPage(SAMPLE_URLS.asanaTaskV1);
    const worker = await ext.getServiceWorker();
    const tabId = await worker.evaluate(async (url) => {
      const { chrome } = globalThis as unknown as ChromeGlobal;
      const tabs = await chrome.tabs.query({ url });
      return tabs[0]?.id;
    }, SAMPLE_URLS.asanaTaskV1);
    expect(typeof tabId).toBe('number');
    const popup = await ext.openExtensionPage(`popup.html?tab=${tabId}`);
    openPages.push(popup);
    await popup.locator('[data-testid="pl-feedback-form"][data-ready="true"]').waitFor();
    expect(await textOf(popup.getByTestId('pl-feedback-partner'))).toBe('Initech');
    expect(await textOf(popup.getByTestId('pl-feedback-item-key'))).toBe('1300000000000001');
    await popup.close();
    await page.close();
  });

  it('lists pending reminders, or says there are none', async () => {
    const page = await newPage(SAMPLE_URLS.trelloBoard);
    const popup = await popupOver(page);
    const nudges = await rpc<unknown[]>(popup, 'nudges.list', {});
    if (nudges.length === 0) {
      await expect
        .poll(() => textOf(popup.getByTestId('pl-popup-nudges-empty')))
        .toBe('Nothing needs your attention.');
    } else {
      await expect
        .poll(() => popup.getByTestId('pl-popup-nudge').count())
        .toBe(Math.min(nudges.length, 5));
    }
    await expectNoSeriousA11yViolations(popup);
    await popup.close();
  });

  it('opens a given route of the options page', async () => {
    const opened = ext.context.waitForEvent('page');
    await rpc(options, 'options.open', { route: '#/jira-sites' });
    const page = await opened;
    openPages.push(page);
    await page.waitForLoadState('domcontentloaded');
    expect(page.url()).toBe(ext.extensionUrl('options.html#/jira-sites'));
    await page.getByRole('heading', { name: 'Self-hosted Jira', level: 2 }).waitFor();
    await expect(rpc(options, 'options.open', { route: 'https://evil.example/' })).rejects.toThrow(
      /bad-request|validation/,
    );
  });
});
