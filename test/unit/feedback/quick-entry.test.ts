import { describe, expect, it } from 'vitest';
import { buildFeedbackInput, effectiveKind } from '@/lib/feedback/build-feedback';
import { itemRefFor } from '@/lib/feedback/item-prefill';
import { matchPartners, partnerNamed } from '@/lib/feedback/match-partners';
import { isSaveShortcut, isTextEntry, ratingFromKey } from '@/lib/feedback/shortcuts';
import { kindForRating } from '@/lib/feedback/suggest-kind';
import { detectContext } from '@/lib/hosts/detect';
import { itemTitleFromTab } from '@/lib/hosts/item-title-from-tab';
import type { HostContext } from '@/lib/model/host-context';
import { requestedTabId } from '@/components/popup/popup-boot';

const PARTNER = '0b6f6a5e-8f2c-4d1a-9a57-1a2b3c4d5e6f';
const NOW = new Date('2026-03-01T10:00:00.000Z');

function el(tag: string, type?: string) {
  return {
    tagName: tag.toUpperCase(),
    getAttribute: (name: string) => (name === 'type' ? (type ?? null) : null),
    isContentEditable: false,
  } as unknown as EventTarget;
}
const key = (
  k: string,
  target: EventTarget | null,
  mods: Partial<Record<string, boolean>> = {},
) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target,
  ...mods,
});

describe('shortcuts', () => {
  it('sets the rating with keys 1–5 outside text fields only', () => {
    expect(ratingFromKey(key('4', el('body')))).toBe(4);
    expect(ratingFromKey(key('1', el('input', 'radio')))).toBe(1);
    expect(ratingFromKey(key('5', el('input', 'checkbox')))).toBe(5);
    expect(ratingFromKey(key('3', el('textarea')))).toBeNull();
    expect(ratingFromKey(key('3', el('input')))).toBeNull();
    expect(ratingFromKey(key('3', el('input', 'text')))).toBeNull();
    expect(ratingFromKey(key('6', el('body')))).toBeNull();
    expect(ratingFromKey(key('0', el('body')))).toBeNull();
    expect(ratingFromKey(key('2', el('body'), { ctrlKey: true }))).toBeNull();
    expect(ratingFromKey(key('2', null))).toBe(2);
    expect(isTextEntry(el('select'))).toBe(true);
  });

  it('saves with Ctrl+Enter or Cmd+Enter, not Enter alone', () => {
    expect(isSaveShortcut(key('Enter', el('textarea'), { ctrlKey: true }))).toBe(true);
    expect(isSaveShortcut(key('Enter', el('body'), { metaKey: true }))).toBe(true);
    expect(isSaveShortcut(key('Enter', el('body')))).toBe(false);
    expect(isSaveShortcut(key('Enter', el('body'), { ctrlKey: true, altKey: true }))).toBe(false);
    expect(isSaveShortcut(key('s', el('body'), { ctrlKey: true }))).toBe(false);
  });
});

describe('kind from rating', () => {
  it('suggests praise for 4–5, constructive for 3 and issue for 1–2, unless chosen', () => {
    expect([1, 2, 3, 4, 5].map(kindForRating)).toEqual([
      'issue',
      'issue',
      'constructive',
      'praise',
      'praise',
    ]);
    expect(effectiveKind({ rating: 5, kind: 'constructive' })).toBe('constructive');
    expect(effectiveKind({})).toBeUndefined();
  });
});

describe('building the feedback record', () => {
  const item = {
    tool: 'jira',
    site: 'https://acme.atlassian.net',
    key: 'ACME-1',
    url: 'https://acme.atlassian.net/browse/ACME-1',
    title: 'Checkout fails',
  } as const;

  it('fills partner, item and kind, and validates with the record schema', () => {
    const built = buildFeedbackInput(
      { rating: 5, categories: ['quality'], note: '  great  ' },
      { partnerId: PARTNER, item },
      NOW,
    );
    expect(built).toEqual({
      ok: true,
      input: {
        partnerId: PARTNER,
        rating: 5,
        kind: 'praise',
        categories: ['quality'],
        note: 'great',
        givenAt: NOW.toISOString(),
        tool: 'jira',
        itemKey: 'ACME-1',
        itemUrl: item.url,
        itemTitle: 'Checkout fails',
      },
    });
  });

  it('takes the picked partner when the page fixes none', () => {
    const built = buildFeedbackInput(
      { partnerId: PARTNER, rating: 2, categories: [], note: '' },
      {},
      NOW,
    );
    expect(built.ok && built.input).toMatchObject({ partnerId: PARTNER, kind: 'issue' });
    expect(built.ok && built.input.itemKey).toBeUndefined();
  });

  it('says in words what is missing', () => {
    const built = buildFeedbackInput({ categories: [], note: '' }, {}, NOW);
    expect(built).toEqual({
      ok: false,
      errors: {
        partnerId: 'Choose the partner this feedback is for',
        rating: 'Choose a rating from 1 to 5 stars',
        kind: 'Choose a kind: praise, constructive or issue',
      },
    });
  });
});

describe('partner type-ahead', () => {
  const partners = [
    { name: 'Initech' },
    { name: 'Hooli Studio' },
    { name: 'Vandelay Industries' },
    { name: 'Café Müller' },
  ];
  it('lists name starts first, then word starts, then other matches', () => {
    expect(matchPartners(partners, 'in').map((p) => p.name)).toEqual([
      'Initech',
      'Vandelay Industries',
    ]);
    expect(matchPartners(partners, 'o').map((p) => p.name)).toEqual(['Hooli Studio']);
    expect(matchPartners(partners, 'CAFE MU').map((p) => p.name)).toEqual(['Café Müller']);
    expect(matchPartners(partners, '  ')).toHaveLength(4);
    expect(matchPartners(partners, 'zzz')).toEqual([]);
  });

  it('picks the partner whose whole name was typed, case and outer spaces aside', () => {
    expect(partnerNamed(partners, ' hooli studio ')).toBe(partners[1]);
    expect(partnerNamed(partners, 'Hooli')).toBeUndefined();
    expect(partnerNamed(partners, '')).toBeUndefined();
  });
});

describe('item prefill', () => {
  const jira = (url: string) => detectContext(url) as HostContext;

  it('reads the item title from the tab title where the page shows the item', () => {
    expect(
      itemTitleFromTab(
        jira('https://acme.atlassian.net/browse/ACME-1'),
        '[ACME-1] Checkout - pay - fails - Jira',
      ),
    ).toBe('Checkout - pay - fails');
    // A board with a selected issue is titled after the board.
    expect(
      itemTitleFromTab(
        jira(
          'https://acme.atlassian.net/jira/software/projects/ACME/boards/1?selectedIssue=ACME-4',
        ),
        'Acme - ACME board - Board - Jira',
      ),
    ).toBeUndefined();
    expect(
      itemTitleFromTab(
        jira('https://app.asana.com/0/1200000000000001/1300000000000001'),
        'Redesign the pricing page - Asana',
      ),
    ).toBe('Redesign the pricing page');
    expect(
      itemTitleFromTab(
        jira('https://trello.com/c/Qw3rTy12/1-onboarding-flow-copy'),
        'Onboarding flow copy on Hooli Sprint Board | Trello',
      ),
    ).toBe('Onboarding flow copy on Hooli Sprint Board');
    expect(
      itemTitleFromTab(jira('https://trello.com/b/AbCd1234/board'), 'Board | Trello'),
    ).toBeUndefined();
    expect(itemTitleFromTab(jira('https://acme.atlassian.net/browse/ACME-1'), '')).toBeUndefined();
  });

  it('prefers the cached item and keeps only https links', () => {
    const context = jira(
      'https://acme.atlassian.net/jira/software/projects/ACME/boards/1?selectedIssue=ACME-4',
    );
    expect(
      itemRefFor(context, {
        tabUrl:
          'https://acme.atlassian.net/jira/software/projects/ACME/boards/1?selectedIssue=ACME-4',
        tabTitle: 'Board - Jira',
        cached: { title: 'Refund flow', url: 'https://acme.atlassian.net/browse/ACME-4' },
      }),
    ).toEqual({
      tool: 'jira',
      site: 'https://acme.atlassian.net',
      key: 'ACME-4',
      title: 'Refund flow',
      url: 'https://acme.atlassian.net/browse/ACME-4',
    });
    expect(
      itemRefFor(context, { tabUrl: 'javascript:alert(1)', tabTitle: 'x', cached: null }),
    ).toEqual({ tool: 'jira', site: 'https://acme.atlassian.net', key: 'ACME-4' });
    expect(
      itemRefFor(jira('https://acme.atlassian.net/jira/software/projects/ACME/boards/1'), {}),
    ).toBeUndefined();
  });
});

describe('popup tab parameter', () => {
  it('reads ?tab=<id> and ignores anything else', () => {
    expect(requestedTabId('?tab=42')).toBe(42);
    expect(requestedTabId('')).toBeNull();
    expect(requestedTabId('?tab=-1')).toBeNull();
    expect(requestedTabId('?tab=4x')).toBeNull();
  });
});
