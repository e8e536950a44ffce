import { describe, expect, it } from 'vitest';
import { createWorkItemCache, type IngestBatch } from '@/lib/db/work-item-cache';
import type { WorkItem } from '@/lib/model/work-item';
import { freshDb } from './test-db';

const SITE = 'https://trello.com';
const item = (key: string, board = 'AbCd1234'): WorkItem => ({
  tool: 'trello',
  site: SITE,
  key,
  title: `Card ${key}`,
  url: `${SITE}/c/${key}`,
  statusName: 'Doing',
  statusCategory: 'doing',
  created: '2026-01-01T00:00:00.000Z',
  assignee: null,
  labels: [],
  components: [],
  project: { id: board },
  transitions: [],
});
const batch = (overrides: Partial<IngestBatch>): IngestBatch => ({
  tool: 'trello',
  site: SITE,
  scopeId: 'AbCd1234',
  items: [],
  removedKeys: [],
  skipped: [],
  loadStartedAt: '2026-02-01T10:00:00.000Z',
  complete: false,
  startsFullLoad: false,
  ...overrides,
});

describe('work item cache', () => {
  it('records the load time only once a load completes, and counts the scope’s items', async () => {
    const cache = createWorkItemCache(await freshDb());
    const ref = { tool: 'trello' as const, site: SITE, scopeId: 'AbCd1234' };
    expect(await cache.loadState(ref)).toEqual({ ...ref, itemCount: 0, skipped: [] });

    let state = await cache.ingest(
      batch({ items: [item('aaaaaaa1'), item('aaaaaaa2')], startsFullLoad: true }),
    );
    expect(state.lastLoadedAt).toBeUndefined();
    expect(state.itemCount).toBe(2);

    state = await cache.ingest(
      batch({ items: [item('aaaaaaa3'), item('bbbbbbb1', 'EfGh5678')], complete: true }),
    );
    expect(state).toMatchObject({ itemCount: 3, lastLoadedAt: '2026-02-01T10:00:00.000Z' });
    expect((await cache.listByScope(ref)).map((i) => i.key).sort()).toEqual([
      'aaaaaaa1',
      'aaaaaaa2',
      'aaaaaaa3',
    ]);
  });

  it('drops removed items and keeps skipped items until the next full load', async () => {
    const cache = createWorkItemCache(await freshDb());
    await cache.ingest(
      batch({
        items: [item('aaaaaaa1'), item('aaaaaaa2')],
        skipped: [{ key: 'zzzzzzzz', reason: 'bad' }],
        complete: true,
        startsFullLoad: true,
      }),
    );
    let state = await cache.ingest(
      batch({
        removedKeys: ['aaaaaaa2'],
        skipped: [{ key: 'yyyyyyyy', reason: 'worse' }],
        complete: true,
      }),
    );
    expect(state.itemCount).toBe(1);
    expect(state.skipped.map((s) => s.key)).toEqual(['zzzzzzzz', 'yyyyyyyy']);
    state = await cache.ingest(batch({ complete: true, startsFullLoad: true }));
    expect(state.skipped).toEqual([]);
  });

  it('ignores items of another tool or site smuggled into a batch', async () => {
    const cache = createWorkItemCache(await freshDb());
    const foreign = { ...item('aaaaaaa9'), site: 'https://evil.example' };
    const state = await cache.ingest(batch({ items: [foreign], complete: true }));
    expect(state.itemCount).toBe(0);
    expect(await cache.getItem('trello', 'https://evil.example', 'aaaaaaa9')).toBeUndefined();
  });
});
