import { openPartnerLensDb } from '../db/open-database';
import { createRepositories, type Repositories } from '../db/repositories';
import { loadOrCreateDeviceId, loadLastHlc } from '../db/device';
import { createHlc } from '../sync/hlc';

/**
 * Opens the database once per service-worker lifetime, on first use, and continues the
 * clock from the last stamped change so a restarted worker never reuses an HLC.
 */
export function createRepositoryProvider(): () => Promise<Repositories> {
  let pending: Promise<Repositories> | null = null;
  return () => {
    pending ??= (async () => {
      const db = await openPartnerLensDb();
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
