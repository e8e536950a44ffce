import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { loadLastHlc, loadOrCreateDeviceId, saveLastHlc } from '../../../lib/db/device';
import { createRepositories } from '../../../lib/db/repositories';
import { compareHlc, createHlc, formatHlc } from '../../../lib/sync/hlc';
import { sampleInputs } from '../model/sample-inputs';
import { T0, freshDb, testStamper } from './test-db';

describe('device identity and clock persistence', () => {
  it('creates the device id once and returns it on every later start', async () => {
    const factory = new IDBFactory();
    const first = await freshDb(factory);
    const ids = await Promise.all([
      loadOrCreateDeviceId(first),
      loadOrCreateDeviceId(first, () => 'should-not-be-used'),
    ]);
    expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[1]).toBe(ids[0]);
    first.close();

    const restarted = await freshDb(factory);
    expect(await loadOrCreateDeviceId(restarted, () => 'new')).toBe(ids[0]);
  });

  it('has no last clock value in a new database', async () => {
    expect(await loadLastHlc(await freshDb())).toBeUndefined();
  });

  it('continues the clock after a restart, even when the wall clock went back', async () => {
    const factory = new IDBFactory();
    const db = await freshDb(factory);
    const repos = createRepositories(db, testStamper('device-a', T0).stamper);
    await repos.partners.put(sampleInputs().partners);
    const lastWrite = await repos.risks.put(sampleInputs().risks);
    db.close();

    const restarted = await freshDb(factory);
    const last = await loadLastHlc(restarted);
    expect(last).toBe(lastWrite.hlc);
    const after = testStamper('device-a', T0 - 3_600_000, last);
    const next = await createRepositories(restarted, after.stamper).risks.put(sampleInputs().risks);
    expect(compareHlc(lastWrite.hlc, next.hlc)).toBe(-1);
  });

  it('remembers clock values received from other devices', async () => {
    const db = await freshDb();
    const a = testStamper('device-a', T0);
    const b = createHlc({ deviceId: 'device-b', now: () => T0 + 60_000 });
    const repos = createRepositories(db, a.stamper);
    const local = await repos.partners.put(sampleInputs().partners);
    const remote = { ...local, name: 'From B', hlc: b.tick(), deviceId: 'device-b' };
    await repos.partners.applyRemote(remote);
    const last = await loadLastHlc(db);
    expect(last).toBe(a.stamper.clock.last());
    expect(compareHlc(remote.hlc, last!)).toBe(-1);
  });

  it('also considers records written before the clock was saved', async () => {
    const db = await freshDb();
    const newest = formatHlc({ wallMs: T0 + 5, counter: 2, deviceId: 'old' });
    const partner = await createRepositories(db, testStamper().stamper).partners.put(
      sampleInputs().partners,
    );
    await db.put('partners', { ...partner, hlc: newest });
    expect(await loadLastHlc(db)).toBe(newest);
  });

  it('saves a clock value only when it is higher than the saved one', async () => {
    const db = await freshDb();
    const high = formatHlc({ wallMs: T0, counter: 5, deviceId: 'a' });
    const low = formatHlc({ wallMs: T0, counter: 1, deviceId: 'a' });
    await saveLastHlc(db, high);
    await saveLastHlc(db, low);
    expect(await loadLastHlc(db)).toBe(high);
  });
});
