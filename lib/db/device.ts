import type { IDBPDatabase } from 'idb';
import { RECORD_STORE_NAMES } from '../model';
import { compareHlc, isHlc } from '../sync/hlc';
import { META_KEYS, META_STORE, type PartnerLensDb } from './schema';

/**
 * This installation's id, created on first use. It tells the devices' changes apart in the
 * clock and in sync, so it must stay stable across service-worker restarts.
 */
export async function loadOrCreateDeviceId(
  db: PartnerLensDb,
  createId: () => string = () => crypto.randomUUID(),
): Promise<string> {
  // One read-write transaction: two callers racing at start-up agree on the same id.
  const tx = db.transaction(META_STORE, 'readwrite');
  const stored = await tx.store.get(META_KEYS.deviceId);
  if (typeof stored === 'string' && stored.length > 0) {
    await tx.done;
    return stored;
  }
  const deviceId = createId();
  await Promise.all([tx.store.put(deviceId, META_KEYS.deviceId), tx.done]);
  return deviceId;
}

/**
 * The highest clock value this database has seen, to restart the clock from. Repositories
 * save it with every write; the newest record of each store is also consulted, because
 * records may predate the saved value (data from the first schema version, or a lost meta).
 */
export async function loadLastHlc(db: PartnerLensDb): Promise<string | undefined> {
  const untyped = db as unknown as IDBPDatabase;
  const stores = [...RECORD_STORE_NAMES, META_STORE];
  const tx = untyped.transaction(stores, 'readonly');
  const newestPerStore = RECORD_STORE_NAMES.map(async (name) => {
    const cursor = await tx.objectStore(name).index('byHlc').openKeyCursor(null, 'prev');
    return cursor?.key;
  });
  const candidates = await Promise.all([
    tx.objectStore(META_STORE).get(META_KEYS.lastHlc),
    ...newestPerStore,
  ]);
  await tx.done;
  return candidates
    .filter(isHlc)
    .reduce<string | undefined>(
      (highest, hlc) => (highest === undefined || compareHlc(hlc, highest) > 0 ? hlc : highest),
      undefined,
    );
}

/** Saves a clock value unless a higher one is already saved. */
export async function saveLastHlc(db: PartnerLensDb, hlc: string): Promise<void> {
  const tx = db.transaction(META_STORE, 'readwrite');
  const stored = await tx.store.get(META_KEYS.lastHlc);
  if (isHlc(stored) && compareHlc(stored, hlc) >= 0) return tx.done;
  await Promise.all([tx.store.put(hlc, META_KEYS.lastHlc), tx.done]);
}
