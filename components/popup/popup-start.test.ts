/** @vitest-environment happy-dom */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pendingFirstFrame } from './first-frame';
import type { EarlyReads } from './popup-early';
import { ISSUE_URL as URL_OF_ISSUE, issueTabRead } from './popup-test-support';
import { startPopup } from './popup-start';

function earlyReads(snapshots: unknown): EarlyReads {
  const tab = issueTabRead(snapshots, { tabId: 3 });
  return { tab: Promise.resolve(tab), partners: Promise.resolve([]), drafts: Promise.resolve({}) };
}

const SNAPSHOTS = {
  3: {
    url: URL_OF_ISSUE,
    view: { match: { partner: { id: 'p1', name: 'Acme Corp' } } },
    item: null,
    takenAt: 1,
  },
};

function popupPage(): HTMLElement {
  const root = document.createElement('div');
  root.id = 'root';
  document.body.append(root);
  return root;
}

afterEach(() => {
  vi.useRealTimers();
  pendingFirstFrame()?.remove();
  document.body.replaceChildren();
});

describe('starting the popup', () => {
  it('draws the first frame from the snapshot, then loads the React popup', async () => {
    const root = popupPage();
    const loadApp = vi.fn(async () => {
      // React loads only after the frame is up.
      expect(document.querySelector('#pl-first-frame [data-ready="true"]')).not.toBeNull();
    });
    await startPopup(earlyReads(SNAPSHOTS), loadApp);
    expect(loadApp).toHaveBeenCalledOnce();
    expect(root.hidden).toBe(true);
    expect(document.querySelector('[data-testid="pl-feedback-partner"]')?.textContent).toBe(
      'Acme Corp',
    );
  });

  it('loads the React popup at once without a snapshot', async () => {
    const root = popupPage();
    const loadApp = vi.fn(async () => undefined);
    await startPopup(earlyReads(undefined), loadApp);
    expect(loadApp).toHaveBeenCalledOnce();
    expect(pendingFirstFrame()).toBeNull();
    expect(root.hidden).toBe(false);
  });

  it('says so in the frame when the React popup cannot load', async () => {
    popupPage();
    await startPopup(earlyReads(SNAPSHOTS), () => Promise.reject(new Error('chunk failed')));
    expect(document.querySelector('#pl-first-frame [role="alert"]')?.textContent).toBe(
      'Partner Lens could not finish opening. Close the popup and open it again.',
    );
  });

  it('draws the partner picker on a tab without a context once the partner list is in', async () => {
    const root = popupPage();
    const partners = { ok: true, result: [{ id: 'p1', name: 'Acme Corp', status: 'active' }] };
    const early: EarlyReads = {
      tab: Promise.resolve({ found: false }),
      partners: Promise.resolve(partners),
      drafts: Promise.resolve({}),
    };
    const loadApp = vi.fn(async () => {
      expect(document.querySelector('#pl-first-frame [data-ready="true"]')).not.toBeNull();
    });
    await startPopup(early, loadApp);
    expect(loadApp).toHaveBeenCalledOnce();
    expect(root.hidden).toBe(true);
    expect(document.querySelector('#pl-first-frame [role="combobox"]')).not.toBeNull();
  });

  it('loads the React popup after a second without the partner list', async () => {
    const root = popupPage();
    const early: EarlyReads = {
      tab: Promise.resolve({ found: false }),
      partners: new Promise(() => undefined),
      drafts: Promise.resolve({}),
    };
    const loadApp = vi.fn(async () => undefined);
    vi.useFakeTimers();
    const started = startPopup(early, loadApp);
    await vi.advanceTimersByTimeAsync(999);
    expect(loadApp).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await started;
    expect(loadApp).toHaveBeenCalledOnce();
    expect(pendingFirstFrame()).toBeNull();
    expect(root.hidden).toBe(false);
  });
});
