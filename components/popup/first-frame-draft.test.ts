import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDraftStore, MAX_DRAFTS } from '@/lib/feedback/draft-store';
import { firstFrameDraftWriter } from './first-frame-draft';

const NOW = new Date('2026-11-28T12:00:00.000Z');
const now = () => NOW;
const stored = async () =>
  (await fakeBrowser.storage.local.get('feedbackDrafts')).feedbackDrafts as Record<string, unknown>;

beforeEach(() => fakeBrowser.reset());

describe('firstFrameDraftWriter', () => {
  it('writes over the drafts read at opening, less invalid and expired ones', async () => {
    const read = {
      'item:other': { rating: 2, categories: [], note: 'Other', updatedAt: '2026-11-27T09:00:00Z' },
      'item:old': { rating: 2, categories: [], note: 'Old', updatedAt: '2026-10-01T09:00:00Z' },
      'item:broken': { rating: 9, updatedAt: 'yesterday' },
    };
    await fakeBrowser.storage.local.set({ feedbackDrafts: read });

    await firstFrameDraftWriter(read, 'item:this', now)({ rating: 4, categories: [], note: 'Hi' });

    expect(Object.keys(await stored()).sort()).toEqual(['item:other', 'item:this']);
    // The React form's store reads it as its own.
    const drafts = createDraftStore(now);
    expect(await drafts.read('item:this')).toEqual({
      rating: 4,
      categories: [],
      note: 'Hi',
      updatedAt: NOW.toISOString(),
    });
    expect(await drafts.read('item:other')).toMatchObject({ note: 'Other' });
  });

  it('removes the draft when the entry was cleared', async () => {
    const read = {
      'item:this': { rating: 3, categories: [], note: 'Before', updatedAt: '2026-11-28T11:00:00Z' },
    };
    await firstFrameDraftWriter(read, 'item:this', now)({ categories: [], note: '  ' });
    expect(await stored()).toEqual({});
  });

  it('keeps the newest drafts only, the written one first', async () => {
    const read = Object.fromEntries(
      Array.from({ length: MAX_DRAFTS }, (_, n) => [
        `item:${n}`,
        {
          categories: [],
          note: `n${n}`,
          updatedAt: new Date(NOW.getTime() - (n + 1) * 1000).toISOString(),
        },
      ]),
    );
    await firstFrameDraftWriter(read, 'item:new', now)({ categories: [], note: 'New' });
    const keys = Object.keys(await stored());
    expect(keys).toHaveLength(MAX_DRAFTS);
    expect(keys[0]).toBe('item:new');
    expect(keys).not.toContain(`item:${MAX_DRAFTS - 1}`);
  });

  it('does not accept fields a draft cannot hold', async () => {
    const write = firstFrameDraftWriter({}, 'item:this', now);
    await expect(write({ rating: 7, categories: [], note: '' })).rejects.toThrow();
    expect(await stored()).toBeUndefined();
  });
});
