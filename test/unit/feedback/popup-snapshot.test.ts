import { describe, expect, it, vi } from 'vitest';
import { createPopupSnapshotStore } from '@/lib/background/popup-snapshots';
import {
  MAX_POPUP_SNAPSHOTS,
  POPUP_SNAPSHOTS_KEY,
  snapshotFor,
  snapshotWithItem,
  withSnapshot,
  type PopupSnapshot,
  type PopupSnapshots,
} from '@/lib/feedback/popup-snapshot';
import { snapshotEntryFor, snapshotPrefill } from '@/lib/feedback/popup-snapshot-prefill';
import { detectContext } from '@/lib/hosts/detect';
import { partnerSchema } from '@/lib/model/partner';
import { scopeSchema } from '@/lib/model/scope';

const URL_1 = 'https://acme.atlassian.net/browse/ACME-1';
const PARTNER_ID = '00000000-0000-4000-8000-000000000001';
const SCOPE_ID = '00000000-0000-4000-8000-000000000002';

const meta = (id: string) => ({
  id,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  hlc: 'x',
  deviceId: 'd',
  deleted: false,
});

const partner = partnerSchema.parse({ ...meta(PARTNER_ID), name: 'Acme Corp' });
const scope = scopeSchema.parse({
  ...meta(SCOPE_ID),
  partnerId: PARTNER_ID,
  tool: 'jira',
  site: 'https://acme.atlassian.net',
  ids: ['ACME'],
});

function snapshot(patch: Partial<PopupSnapshot> = {}, matched = true): PopupSnapshot {
  return {
    url: URL_1,
    view: {
      context: detectContext(URL_1)!,
      match: matched ? { partner, scope, matchedId: 'ACME', reason: 'Jira project ACME' } : null,
    },
    item: { title: 'Checkout', url: URL_1 },
    takenAt: 1_000,
    ...patch,
  };
}

describe('withSnapshot', () => {
  it('replaces the entry of the same tab and keeps the others', () => {
    const first = withSnapshot({}, 1, snapshot({ takenAt: 1 }));
    const second = withSnapshot(first, 2, snapshot({ takenAt: 2 }));
    const replaced = withSnapshot(second, 1, snapshot({ takenAt: 3, url: `${URL_1}?x=1` }));
    expect(Object.keys(replaced).sort()).toEqual(['1', '2']);
    expect(replaced['1']).toMatchObject({ takenAt: 3, url: `${URL_1}?x=1` });
    expect(replaced['2']).toMatchObject({ takenAt: 2, url: URL_1 });
    // The input is not changed.
    expect(second['1']?.takenAt).toBe(1);
  });

  it(`keeps only the newest ${MAX_POPUP_SNAPSHOTS} by takenAt`, () => {
    let snapshots: PopupSnapshots = {};
    // Tab i taken at time 100 - i: the lowest tab ids are the newest.
    for (let tab = 0; tab < MAX_POPUP_SNAPSHOTS; tab += 1) {
      snapshots = withSnapshot(snapshots, tab, snapshot({ takenAt: 100 - tab }));
    }
    expect(Object.keys(snapshots)).toHaveLength(MAX_POPUP_SNAPSHOTS);
    // One more, newest of all: the oldest (tab MAX - 1) goes.
    const next = withSnapshot(snapshots, 500, snapshot({ takenAt: 1_000 }));
    expect(Object.keys(next)).toHaveLength(MAX_POPUP_SNAPSHOTS);
    expect(next['500']).toBeDefined();
    expect(next[String(MAX_POPUP_SNAPSHOTS - 1)]).toBeUndefined();
    expect(next['0']).toBeDefined();
    // Replacing an existing tab's entry does not evict anyone.
    const replaced = withSnapshot(next, 0, snapshot({ takenAt: 2_000 }));
    expect(Object.keys(replaced).sort()).toEqual(Object.keys(next).sort());
  });
});

describe('snapshotWithItem', () => {
  const cached = (patch: Partial<Parameters<typeof snapshotWithItem>[1][number]> = {}) => ({
    tool: 'jira' as const,
    site: 'https://acme.atlassian.net',
    key: 'ACME-1',
    title: 'Checkout, renamed',
    url: URL_1,
    ...patch,
  });

  it("takes the page item's cached copy from a batch", () => {
    const before = snapshot({ item: null });
    const after = snapshotWithItem(before, [cached({ key: 'ACME-2' }), cached()]);
    expect(after).toEqual({ ...before, item: { title: 'Checkout, renamed', url: URL_1 } });
  });

  it('gives null when the batch holds no copy of that item, or the same one', () => {
    const before = snapshot({ item: null });
    expect(snapshotWithItem(before, [cached({ key: 'ACME-2' })])).toBeNull();
    expect(snapshotWithItem(before, [cached({ site: 'https://other.atlassian.net' })])).toBeNull();
    expect(snapshotWithItem(before, [cached({ tool: 'trello' })])).toBeNull();
    expect(snapshotWithItem(snapshot(), [cached({ title: 'Checkout' })])).toBeNull();
  });

  it('gives null for a page without an item', () => {
    const board = 'https://acme.atlassian.net/jira/software/projects/ACME/boards/1';
    const before = snapshot({
      url: board,
      item: null,
      view: { context: detectContext(board)!, match: null },
    });
    expect(snapshotWithItem(before, [cached()])).toBeNull();
  });
});

describe('snapshotFor', () => {
  const raw = {
    '7': snapshot(),
    '8': snapshot({ url: 'https://acme.atlassian.net/browse/ACME-2' }),
  };

  it('gives the entry of the same tab taken for the exact url', () => {
    expect(snapshotFor(raw, 7, URL_1)).toEqual(snapshot());
  });

  it('gives null for another tab, another url, or no entry', () => {
    expect(snapshotFor(raw, 8, URL_1)).toBeNull();
    expect(snapshotFor(raw, 7, `${URL_1}?focusedCommentId=1`)).toBeNull();
    expect(snapshotFor(raw, 7, 'https://acme.atlassian.net/browse/ACME-2')).toBeNull();
    expect(snapshotFor(raw, 9, URL_1)).toBeNull();
  });

  it('gives null for a malformed entry and for raw values that are not objects', () => {
    const { takenAt: _dropped, ...withoutTakenAt } = snapshot();
    expect(snapshotFor({ '7': withoutTakenAt }, 7, URL_1)).toBeNull();
    expect(snapshotFor({ '7': { ...snapshot(), takenAt: -1 } }, 7, URL_1)).toBeNull();
    expect(snapshotFor({ '7': { ...snapshot(), item: { title: 'x' } } }, 7, URL_1)).toBeNull();
    const badPartner = snapshot();
    const match = badPartner.view.match!;
    expect(
      snapshotFor(
        {
          '7': {
            ...badPartner,
            view: { ...badPartner.view, match: { ...match, partner: { id: PARTNER_ID } } },
          },
        },
        7,
        URL_1,
      ),
    ).toBeNull();
    expect(snapshotFor({ '7': 'garbage' }, 7, URL_1)).toBeNull();
    for (const value of [undefined, null, 'x', 7, true]) {
      expect(snapshotFor(value, 7, URL_1)).toBeNull();
    }
  });
});

describe('snapshotEntryFor', () => {
  it('gives the raw entry of the tab when it was taken for the exact url', () => {
    const raw = { '7': snapshot(), '8': { url: URL_1, anything: true } };
    expect(snapshotEntryFor(raw, 7, URL_1)).toEqual(snapshot());
    // Unchecked beyond its address: its users check what they take from it.
    expect(snapshotEntryFor(raw, 8, URL_1)).toEqual({ url: URL_1, anything: true });
  });

  it('gives undefined for another url or tab, and for raw values that are not snapshots', () => {
    const raw = { '7': snapshot() };
    expect(snapshotEntryFor(raw, 7, `${URL_1}/`)).toBeUndefined();
    expect(snapshotEntryFor(raw, 8, URL_1)).toBeUndefined();
    expect(snapshotEntryFor({ '7': 'garbage' }, 7, URL_1)).toBeUndefined();
    expect(snapshotEntryFor({ '7': { ...snapshot(), url: 7 } }, 7, URL_1)).toBeUndefined();
    for (const value of [undefined, null, 'x', 7]) {
      expect(snapshotEntryFor(value, 7, URL_1)).toBeUndefined();
    }
  });
});

describe('snapshotPrefill', () => {
  it('gives the partner’s id and name and the cached item', () => {
    const partner = { id: PARTNER_ID, name: 'Acme Corp' };
    expect(snapshotPrefill(snapshot())).toEqual({
      partner,
      item: { title: 'Checkout', url: URL_1 },
    });
    expect(snapshotPrefill(snapshot({ item: null }))).toEqual({ partner, item: null });
  });

  it('gives no partner on an unmapped page, and null for malformed entries', () => {
    expect(snapshotPrefill(snapshot({}, false))).toEqual({
      partner: null,
      item: { title: 'Checkout', url: URL_1 },
    });
    const entry = snapshot();
    expect(
      snapshotPrefill({ ...entry, view: { match: { partner: { id: PARTNER_ID } } } }),
    ).toBeNull();
    expect(snapshotPrefill({ ...entry, item: { title: 1 } })).toBeNull();
    for (const value of [undefined, null, 'garbage', 7]) {
      expect(snapshotPrefill(value)).toBeNull();
    }
  });
});

type SessionArea = NonNullable<Parameters<typeof createPopupSnapshotStore>[0]>;

/**
 * `storage.session` in memory. A read gives the data as it was when the read started, after a
 * macrotask (or once `holdReads` lets go): two reads started together see the same data.
 */
function fakeArea(initial: Record<string, unknown> = {}) {
  const data: Record<string, unknown> = structuredClone(initial);
  let held: Promise<void> | null = null;
  const api = {
    data,
    get: vi.fn(async (key: string) => {
      const result = key in data ? { [key]: structuredClone(data[key]) } : {};
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (held) await held;
      return result;
    }),
    set: vi.fn(async (items: Record<string, unknown>) => {
      Object.assign(data, structuredClone(items));
    }),
    remove: vi.fn(async (key: string) => {
      delete data[key];
    }),
    /** Reads wait until the returned function is called. */
    holdReads() {
      let release!: () => void;
      held = new Promise<void>((resolve) => (release = resolve));
      return () => {
        held = null;
        release();
      };
    },
  };
  return { ...api, area: api as unknown as SessionArea };
}

describe('popup snapshot store', () => {
  it(`stores snapshots by tab under "${POPUP_SNAPSHOTS_KEY}"`, async () => {
    const fake = fakeArea();
    const store = createPopupSnapshotStore(fake.area);
    await store.remember(store.begin(), 7, snapshot());
    expect(POPUP_SNAPSHOTS_KEY).toBe('popupSnapshots');
    expect(Object.keys(fake.data)).toEqual(['popupSnapshots']);
    expect(fake.data.popupSnapshots).toEqual({ '7': snapshot() });
    expect(snapshotFor(fake.data.popupSnapshots, 7, URL_1)).toEqual(snapshot());
  });

  it('replaces a stored value that is not an object', async () => {
    const fake = fakeArea({ popupSnapshots: 'garbage' });
    const store = createPopupSnapshotStore(fake.area);
    await store.remember(store.begin(), 7, snapshot());
    expect(fake.data.popupSnapshots).toEqual({ '7': snapshot() });
  });

  it('drops every snapshot on clear', async () => {
    const fake = fakeArea();
    const store = createPopupSnapshotStore(fake.area);
    await store.remember(store.begin(), 7, snapshot());
    await store.remember(store.begin(), 8, snapshot({ takenAt: 2_000 }));
    await store.clear();
    expect(fake.remove).toHaveBeenCalledWith('popupSnapshots');
    expect(fake.data).toEqual({});
  });

  it('writes nothing for a ticket taken before clear', async () => {
    const fake = fakeArea();
    const store = createPopupSnapshotStore(fake.area);
    const stale = store.begin();
    await store.clear();
    await store.remember(stale, 7, snapshot());
    expect(fake.set).not.toHaveBeenCalled();
    expect(fake.data).toEqual({});
    // A ticket taken after the clear is written.
    await store.remember(store.begin(), 8, snapshot());
    expect(fake.data.popupSnapshots).toEqual({ '8': snapshot() });
  });

  it('writes nothing when clear comes while the snapshot’s read is under way', async () => {
    const fake = fakeArea();
    const store = createPopupSnapshotStore(fake.area);
    const release = fake.holdReads();
    const remembering = store.remember(store.begin(), 7, snapshot());
    await vi.waitFor(() => expect(fake.get).toHaveBeenCalled());
    const clearing = store.clear();
    release();
    await Promise.all([remembering, clearing]);
    expect(fake.set).not.toHaveBeenCalled();
    expect(fake.data).toEqual({});
  });

  it('keeps both of two concurrent snapshots of different tabs', async () => {
    const fake = fakeArea();
    const store = createPopupSnapshotStore(fake.area);
    await Promise.all([
      store.remember(store.begin(), 7, snapshot({ takenAt: 1 })),
      store.remember(store.begin(), 8, snapshot({ takenAt: 2 })),
    ]);
    expect(Object.keys(fake.data.popupSnapshots as object).sort()).toEqual(['7', '8']);
  });

  it("updates a tab's snapshot in place, and leaves others and absent tabs alone", async () => {
    const fake = fakeArea();
    const store = createPopupSnapshotStore(fake.area);
    await store.remember(store.begin(), 7, snapshot({ item: null }));
    await store.remember(store.begin(), 8, snapshot({ takenAt: 2_000 }));
    await store.update(7, (current) => ({ ...current, item: { title: 'New', url: URL_1 } }));
    expect(snapshotFor(fake.data.popupSnapshots, 7, URL_1)?.item).toEqual({
      title: 'New',
      url: URL_1,
    });
    expect(snapshotFor(fake.data.popupSnapshots, 8, URL_1)).toEqual(snapshot({ takenAt: 2_000 }));
    const writes = fake.set.mock.calls.length;
    await store.update(9, (current) => current);
    await store.update(7, () => null);
    expect(fake.set).toHaveBeenCalledTimes(writes);
  });

  describe('refresh', () => {
    const unmatched = (context: PopupSnapshot['view']['context']) => ({ context, match: null });

    it('gives every snapshot its partner again and keeps the rest', async () => {
      const fake = fakeArea();
      const store = createPopupSnapshotStore(fake.area);
      await store.remember(store.begin(), 7, snapshot());
      await store.remember(store.begin(), 8, snapshot({ takenAt: 2_000 }));
      const resolver = vi.fn(async () => unmatched);
      await store.refresh(resolver);
      expect(resolver).toHaveBeenCalledTimes(1);
      expect(fake.data.popupSnapshots).toEqual({
        '7': snapshot({}, false),
        '8': snapshot({ takenAt: 2_000 }, false),
      });
    });

    it('reads nothing more when there is no snapshot', async () => {
      const fake = fakeArea();
      const store = createPopupSnapshotStore(fake.area);
      const resolver = vi.fn(async () => unmatched);
      await store.refresh(resolver);
      expect(resolver).not.toHaveBeenCalled();
      expect(fake.set).not.toHaveBeenCalled();
    });

    it('does not write a snapshot whose reads began before it', async () => {
      const fake = fakeArea();
      const store = createPopupSnapshotStore(fake.area);
      const stale = store.begin();
      await store.refresh(async () => unmatched);
      await store.remember(stale, 7, snapshot());
      expect(fake.data).toEqual({});
    });

    it('drops them all when they cannot be resolved again', async () => {
      const fake = fakeArea();
      const store = createPopupSnapshotStore(fake.area);
      await store.remember(store.begin(), 7, snapshot());
      await expect(store.refresh(() => Promise.reject(new Error('db closed')))).rejects.toThrow(
        'db closed',
      );
      expect(fake.data).toEqual({});
    });

    it('gives way to a clear that comes while it reads', async () => {
      const fake = fakeArea();
      const store = createPopupSnapshotStore(fake.area);
      await store.remember(store.begin(), 7, snapshot());
      let release: (() => void) | undefined;
      const refreshing = store.refresh(async () => {
        await new Promise<void>((resolve) => (release = resolve));
        return unmatched;
      });
      await vi.waitFor(() => expect(release).toBeDefined());
      const clearing = store.clear();
      release!();
      await Promise.all([refreshing, clearing]);
      expect(fake.data).toEqual({});
    });
  });

  it('goes on after a failed write', async () => {
    const fake = fakeArea();
    const store = createPopupSnapshotStore(fake.area);
    fake.set.mockRejectedValueOnce(new Error('quota'));
    await expect(store.remember(store.begin(), 7, snapshot())).rejects.toThrow('quota');
    await store.remember(store.begin(), 8, snapshot());
    expect(fake.data.popupSnapshots).toEqual({ '8': snapshot() });
  });
});
