import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  createDraftStore,
  DRAFT_TTL_MS,
  MAX_DRAFTS,
  type FeedbackDraftFields,
} from '@/lib/feedback/draft-store';
import { draftKeyOf } from '@/lib/feedback/feedback-target';

const PARTNER = '0b6f6a5e-8f2c-4d1a-9a57-1a2b3c4d5e6f';
const fields = (patch: Partial<FeedbackDraftFields> = {}): FeedbackDraftFields => ({
  categories: [],
  note: '',
  ...patch,
});
const stored = async () =>
  (await fakeBrowser.storage.local.get('feedbackDrafts')).feedbackDrafts as Record<string, unknown>;

describe('draft keys', () => {
  it('keys drafts by item, else by fixed partner, else the picker', () => {
    const item = { tool: 'jira', site: 'https://acme.atlassian.net', key: 'ACME-1' } as const;
    expect(draftKeyOf({ partnerId: PARTNER, item })).toBe(
      'item:jira:https://acme.atlassian.net:ACME-1',
    );
    expect(draftKeyOf({ partnerId: PARTNER, item: { ...item, key: 'ACME-2' } })).not.toBe(
      draftKeyOf({ partnerId: PARTNER, item }),
    );
    expect(draftKeyOf({ partnerId: PARTNER })).toBe(`partner:${PARTNER}`);
    expect(draftKeyOf({})).toBe('pick-partner');
  });
});

describe('draft store', () => {
  it('keeps a draft across store instances (a closed and reopened popup)', async () => {
    const first = createDraftStore();
    await first.write(
      'item:a',
      fields({ rating: 4, note: 'Half written', categories: ['quality'] }),
    );
    const reopened = createDraftStore();
    expect(await reopened.read('item:a')).toMatchObject({
      rating: 4,
      note: 'Half written',
      categories: ['quality'],
    });
    expect(await reopened.read('item:b')).toBeNull();
  });

  it('drops entries that do not validate, and reads garbage as no drafts', async () => {
    const now = new Date().toISOString();
    await fakeBrowser.storage.local.set({
      feedbackDrafts: {
        good: { rating: 2, categories: [], note: 'ok', updatedAt: now },
        badRating: { rating: 9, categories: [], note: '', updatedAt: now },
        badCategory: { categories: ['speed'], note: '', updatedAt: now },
        notAnObject: 'x',
      },
    });
    const store = createDraftStore();
    expect(await store.read('good')).toMatchObject({ rating: 2 });
    expect(await store.read('badRating')).toBeNull();
    expect(await store.read('badCategory')).toBeNull();
    expect(await store.read('notAnObject')).toBeNull();

    await fakeBrowser.storage.local.set({ feedbackDrafts: ['not', 'a', 'map'] });
    expect(await createDraftStore().read('good')).toBeNull();
  });

  it('forgets drafts older than the time limit', async () => {
    let now = new Date('2026-03-01T10:00:00Z');
    await createDraftStore(() => now).write('old', fields({ note: 'stale' }));
    now = new Date(now.getTime() + DRAFT_TTL_MS + 1000);
    expect(await createDraftStore(() => now).read('old')).toBeNull();
  });

  it('removes a draft when it is emptied or cleared', async () => {
    const store = createDraftStore();
    await store.write('a', fields({ note: 'x' }));
    await store.write('b', fields({ rating: 1 }));
    await store.write('a', fields());
    expect(Object.keys(await stored())).toEqual(['b']);
    await store.clear('b');
    expect(await stored()).toEqual({});
    expect(await createDraftStore().read('b')).toBeNull();
  });

  it('keeps only the newest drafts', async () => {
    let tick = Date.parse('2026-03-01T10:00:00Z');
    const store = createDraftStore(() => new Date((tick += 1000)));
    for (let n = 0; n < MAX_DRAFTS + 5; n += 1) await store.write(`k${n}`, fields({ rating: 3 }));
    const keys = Object.keys(await stored());
    expect(keys).toHaveLength(MAX_DRAFTS);
    expect(keys).not.toContain('k0');
    expect(keys).toContain(`k${MAX_DRAFTS + 4}`);
  });

  it('serves a preloaded draft synchronously, and only once loaded', async () => {
    await createDraftStore().write('item:a', fields({ rating: 2, note: 'Late' }));
    const store = createDraftStore();
    expect(store.peek('item:a')).toBeUndefined();
    await store.preload();
    expect(store.peek('item:a')).toMatchObject({ rating: 2, note: 'Late' });
    expect(store.peek('item:b')).toBeNull();
    await store.clear('item:a');
    expect(store.peek('item:a')).toBeNull();
  });

  it('reads from a stored value already being read, validating each draft', async () => {
    const now = new Date().toISOString();
    const raw = Promise.resolve({
      'item:a': { rating: 5, categories: [], note: 'Great', updatedAt: now },
      'item:b': { rating: 9, categories: [], note: '', updatedAt: now },
    });
    const store = createDraftStore(undefined, raw);
    expect(await store.read('item:a')).toMatchObject({ rating: 5, note: 'Great' });
    expect(await store.read('item:b')).toBeNull();
    // Not a map of drafts at all: no drafts rather than an error.
    expect(await createDraftStore(undefined, Promise.resolve(['x'])).read('0')).toBeNull();
  });
});
