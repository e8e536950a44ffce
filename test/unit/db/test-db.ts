import { IDBFactory } from 'fake-indexeddb';
import { afterEach } from 'vitest';
import { openPartnerLensDb } from '../../../lib/db/open-database';
import type { Stamper } from '../../../lib/db/repository';
import type { PartnerLensDb } from '../../../lib/db/schema';
import { createHlc } from '../../../lib/sync/hlc';

export const T0 = Date.parse('2026-03-02T08:00:00.000Z');

const open: PartnerLensDb[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

/** A database in its own in-memory factory, so no test sees another's data. */
export async function freshDb(factory = new IDBFactory()): Promise<PartnerLensDb> {
  const db = await openPartnerLensDb({ factory });
  open.push(db);
  return db;
}

/** A stamper whose wall clock the test controls. */
export function testStamper(deviceId = 'device-a', start = T0, last?: string) {
  let ms = start;
  const stamper: Stamper = {
    deviceId,
    clock: createHlc({ deviceId, now: () => ms, last }),
    now: () => new Date(ms),
  };
  return {
    stamper,
    setTime(next: number) {
      ms = next;
    },
  };
}
