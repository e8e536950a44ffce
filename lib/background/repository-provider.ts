import { openPartnerLensDb } from '../db/open-database';
import type { PartnerLensDb } from '../db/schema';
import { createWorkItemCache, type WorkItemCache } from '../db/work-item-cache';
import { createRepositories, type Repositories } from '../db/repositories';
import { loadOrCreateDeviceId, loadLastHlc } from '../db/device';
import { createHlc } from '../sync/hlc';

/**
 * Opens the database once per service-worker lifetime, on first use, and continues the
 * clock from the last stamped change so a restarted worker never reuses an HLC.
 */
export function createRepositoryProvider(
  database: () => Promise<PartnerLensDb>,
): () => Promise<Repositories> {
  let pending: Promise<Repositories> | null = null;
  return () => {
    pending ??= (async () => {
      const db = await database();
      const deviceId = await loadOrCreateDeviceId(db);
      const last = await loadLastHlc(db);
      const clock = createHlc({ deviceId, last });
      return createRepositories(db, { deviceId, clock, now: () => new Date() });
    })();
    pending.catch(() => {
      pending = null;
    });
    return pending;
  };
}

/** Opens the database once and shares it; a failed open is retried on the next use. */
export function createDatabaseProvider(): () => Promise<PartnerLensDb> {
  let pending: Promise<PartnerLensDb> | null = null;
  return () => {
    pending ??= openPartnerLensDb();
    pending.catch(() => {
      pending = null;
    });
    return pending;
  };
}

export function createWorkItemCacheProvider(
  database: () => Promise<PartnerLensDb>,
): () => Promise<WorkItemCache> {
  return async () => createWorkItemCache(await database());
}
