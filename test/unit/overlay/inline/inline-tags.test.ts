/** @vitest-environment happy-dom */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { JIRA_SELECTORS } from '@/lib/hosts/jira/selectors';
import { detectContext } from '@/lib/hosts/detect';
import type { InlineItem, InlineTag } from '@/lib/messaging/inline-methods';
import { startInlineTags, TAGGED_ATTRIBUTE } from '@/lib/overlay/inline/inline-tags';

const URL_ = 'https://acme.atlassian.net/jira/software/projects/ACME/boards/1?selectedIssue=ACME-1';
const PARTNER = '4f1c2a5e-0000-4000-8000-000000000001';

const card = (key: string) =>
  `<div data-testid="platform-board-kit.ui.card.card" data-issue-key="${key}"><a href="/browse/${key}">${key}</a></div>`;

/** Runs queued animation frames and lets pending promises settle. */
async function flush() {
  for (let round = 0; round < 4; round += 1) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('startInlineTags', () => {
  let controller: AbortController;
  let fetchTags: ReturnType<
    typeof vi.fn<(page: unknown, items: InlineItem[]) => Promise<InlineTag[]>>
  >;
  const onOpen = vi.fn<() => Promise<void>>(async () => undefined);

  beforeEach(() => {
    onOpen.mockClear();
    controller = new AbortController();
    document.body.innerHTML = `
      <section data-testid="preview-panels.preview-panel">
        <a data-testid="issue.views.issue-base.foundation.breadcrumbs.current-issue.item">ACME-1</a>
        <h2 data-testid="issue.views.issue-base.foundation.summary.heading">Fix <b>checkout</b></h2>
      </section>
      <div id="board">${card('ACME-1')}${card('ACME-2')}${card('INT-1')}</div>`;
    fetchTags = vi.fn(async (_page: unknown, items: InlineItem[]) =>
      items
        .filter((item) => item.scopeId === 'ACME')
        .map((item) => ({
          key: item.key,
          partnerId: PARTNER,
          partnerName: '<b>Acme</b> & Co',
          letters: 'R·C',
        })),
    );
    startInlineTags({
      root: document,
      selectors: JIRA_SELECTORS,
      page: () => ({ url: new URL(URL_), context: detectContext(URL_)! }),
      fetchTags,
      onOpenSidebar: onOpen,
      signal: controller.signal,
    });
  });
  afterEach(() => controller.abort());

  it('asks once for every item on screen and badges only the partner’s cards', async () => {
    await flush();
    expect(fetchTags).toHaveBeenCalledTimes(1);
    // The chip's issue and its card are one item: asked once.
    expect(fetchTags.mock.calls[0]![1].map((item) => item.key).sort()).toEqual([
      'ACME-1',
      'ACME-2',
      'INT-1',
    ]);
    const badges = [...document.querySelectorAll('[data-testid="pl-badge"]')];
    expect(
      badges.map((badge) => badge.closest('[data-issue-key]')?.getAttribute('data-issue-key')),
    ).toEqual(['ACME-1', 'ACME-2']);
    // Host-controlled text stays text.
    expect(badges[0]!.textContent).toBe('<b>Acme</b> & Co · R·C');
    expect(badges[0]!.querySelector('b')).toBeNull();
    expect(badges[0]!.getAttribute('data-partner-id')).toBe(PARTNER);
    // The INT card was looked at, and has no badge.
    expect(document.querySelector('[data-issue-key="INT-1"]')!.getAttribute(TAGGED_ATTRIBUTE)).toBe(
      'INT INT-1',
    );
  });

  it('puts a chip after the title that opens the sidebar, with the roles in words', async () => {
    await flush();
    const heading = document.querySelector('h2')!;
    const host = heading.nextElementSibling!;
    expect(host.localName).toBe('partner-lens-chip');
    expect(heading.textContent).toBe('Fix checkout');
    const button = host.shadowRoot!.querySelector('button')!;
    expect(button.getAttribute('data-testid')).toBe('pl-chip');
    expect(button.textContent).toBe(
      'Partner Lens: <b>Acme</b> & Co · R·C, Responsible and Consulted. Open the sidebar',
    );
    button.click();
    expect(onOpen).toHaveBeenCalledTimes(1);
    await flush();
    expect(host.shadowRoot!.querySelector('[role="alert"]')?.hasAttribute('hidden')).toBe(true);
  });

  it('says under the chip when the sidebar could not be opened, until the next try', async () => {
    await flush();
    const chip = document.querySelector('partner-lens-chip')!.shadowRoot!;
    const button = chip.querySelector('button')!;
    const alert = chip.querySelector<HTMLElement>('[role="alert"]')!;
    let fail = (_error: Error) => {};
    onOpen.mockImplementationOnce(() => new Promise<void>((_resolve, reject) => (fail = reject)));
    button.click();
    expect(button.getAttribute('aria-busy')).toBe('true');
    // A second click while it is opening asks nothing more.
    button.click();
    expect(onOpen).toHaveBeenCalledTimes(1);
    fail(new Error('Extension context invalidated.'));
    await flush();
    expect(alert.hidden).toBe(false);
    expect(alert.textContent).toBe(
      'Partner Lens could not open here. Reload the page and try again.',
    );
    expect(button.hasAttribute('aria-busy')).toBe(false);

    button.click();
    expect(alert.hidden).toBe(true);
    await flush();
    expect(onOpen).toHaveBeenCalledTimes(2);
    expect(alert.hidden).toBe(true);
  });

  it('tags cards added later in one more batch, and redoes a card reused for another issue', async () => {
    await flush();
    const board = document.getElementById('board')!;
    board.insertAdjacentHTML('beforeend', card('ACME-3') + card('ACME-4'));
    await flush();
    expect(fetchTags).toHaveBeenCalledTimes(2);
    expect(fetchTags.mock.calls[1]![1].map((item) => item.key)).toEqual(['ACME-3', 'ACME-4']);
    expect(document.querySelectorAll('[data-testid="pl-badge"]')).toHaveLength(4);

    const reused = board.querySelector('[data-issue-key="ACME-2"]')!;
    reused.setAttribute('data-issue-key', 'INT-1');
    reused.querySelector('a')!.textContent = 'INT-1'; // a host change the observer sees
    await flush();
    expect(reused.querySelector('[data-testid="pl-badge"]')).toBeNull();
    expect(document.querySelectorAll('[data-testid="pl-badge"]')).toHaveLength(3);
  });

  it('stops observing and removes its chips when the page is torn down', async () => {
    await flush();
    controller.abort();
    expect(document.querySelector('partner-lens-chip')).toBeNull();
    document.getElementById('board')!.insertAdjacentHTML('beforeend', card('ACME-5'));
    await flush();
    expect(fetchTags).toHaveBeenCalledTimes(1);
  });
});

describe('startInlineTags reading the page', () => {
  it('reads the cards again only when the page changed, not for the answers', async () => {
    document.body.innerHTML = `<div id="board">${card('ACME-1')}${card('ACME-2')}</div>`;
    const controller = new AbortController();
    const reads = vi.fn();
    const cards = JIRA_SELECTORS.cards.map((spec) => ({
      ...spec,
      read: (element: Element, page: Parameters<typeof spec.read>[1]) => {
        reads(element.getAttribute('data-issue-key'));
        return spec.read(element, page);
      },
    }));
    const page = { url: new URL(URL_), context: detectContext(URL_)! };
    const fetchTags = vi.fn(async (_page: unknown, items: InlineItem[]) =>
      items.map((item) => ({
        key: item.key,
        partnerId: PARTNER,
        partnerName: 'Acme',
        letters: '',
      })),
    );
    const refresh = startInlineTags({
      root: document,
      selectors: { titles: [], cards },
      page: () => page,
      fetchTags,
      onOpenSidebar: vi.fn(async () => undefined),
      signal: controller.signal,
    });
    await flush();
    // One read per card: the pass after the answer reuses it, and the badges are there.
    expect(reads.mock.calls.map(([key]) => key)).toEqual(['ACME-1', 'ACME-2']);
    expect(document.querySelectorAll('[data-testid="pl-badge"]')).toHaveLength(2);

    document.getElementById('board')!.insertAdjacentHTML('beforeend', card('ACME-3'));
    await flush();
    expect(reads).toHaveBeenCalledTimes(5);
    expect(document.querySelectorAll('[data-testid="pl-badge"]')).toHaveLength(3);

    // A refresh (navigation, mappings changed) reads the page again.
    refresh();
    await flush();
    expect(reads.mock.calls.length).toBeGreaterThan(5);
    controller.abort();
  });
});
