import { describe, expect, it, vi } from 'vitest';
import { Repository } from '../../../lib/db/repository';
import { createRepositories } from '../../../lib/db/repositories';
import {
  RECORD_STORE_NAMES,
  SETTINGS_ID,
  ValidationError,
  type Partner,
  type RecordStoreName,
} from '../../../lib/model';
import { HlcDriftError, compareHlc, formatHlc, parseHlc } from '../../../lib/sync/hlc';
import { IDS, sampleInputs } from '../model/sample-inputs';
import { T0, freshDb, testStamper } from './test-db';

async function setup(deviceId = 'device-a') {
  const db = await freshDb();
  const clock = testStamper(deviceId);
  return { db, ...clock, repos: createRepositories(db, clock.stamper) };
}

const inputs = sampleInputs();

describe('Repository', () => {
  it.each(RECORD_STORE_NAMES)('%s: round-trips a record with its stamps', async (name) => {
    const { repos } = await setup();
    const repository = repos[name] as unknown as Repository<RecordStoreName>;
    const saved = await repository.put(inputs[name]);
    expect(saved).toMatchObject({
      createdAt: '2026-03-02T08:00:00.000Z',
      updatedAt: '2026-03-02T08:00:00.000Z',
      deviceId: 'device-a',
      deleted: false,
    });
    expect(parseHlc(saved.hlc).deviceId).toBe('device-a');
    expect(await repository.get(saved.id)).toEqual(saved);
    expect(await repository.list()).toEqual([saved]);
    if (name === 'settings') expect(saved.id).toBe(SETTINGS_ID);
  });

  it('keeps createdAt on update and restamps the rest', async () => {
    const { repos, setTime } = await setup();
    const first = await repos.partners.put(inputs.partners);
    setTime(T0 + 60_000);
    const second = await repos.partners.put({ ...inputs.partners, id: first.id, name: 'Acme Ltd' });
    expect(second).toMatchObject({
      id: first.id,
      name: 'Acme Ltd',
      createdAt: first.createdAt,
      updatedAt: '2026-03-02T08:01:00.000Z',
    });
    expect(compareHlc(first.hlc, second.hlc)).toBe(-1);
    expect(await repos.partners.list()).toEqual([second]);
  });

  it('refuses invalid input with readable issues and writes nothing', async () => {
    const { repos } = await setup();
    const attempt = repos.feedback.put({ ...inputs.feedback, rating: 6 });
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toMatchObject({
      issues: [{ path: 'rating', message: 'Choose a rating from 1 to 5 stars' }],
    });
    await expect(
      repos.partners.put({ ...inputs.partners, contractEnd: '2025-01-01' }),
    ).rejects.toMatchObject({
      issues: [
        {
          path: 'contractEnd',
          message: 'The contract end date must be on or after its start date',
        },
      ],
    });
    expect(await repos.feedback.changesSince(null)).toEqual([]);
    expect(await repos.partners.changesSince(null)).toEqual([]);
  });

  it('lists by partner and by KPI', async () => {
    const { repos } = await setup();
    const mine = await repos.risks.put(inputs.risks);
    await repos.risks.put(sampleInputs(IDS.otherPartner).risks);
    expect(await repos.risks.listByPartner(IDS.partner)).toEqual([mine]);

    const measurement = await repos.kpiMeasurements.put(inputs.kpiMeasurements);
    await repos.kpiMeasurements.put({ ...inputs.kpiMeasurements, kpiId: IDS.scope });
    expect(await repos.kpiMeasurements.listByKpi(IDS.kpi)).toEqual([measurement]);

    await expect(repos.partners.listByPartner(IDS.partner)).rejects.toThrow(TypeError);
    await expect(repos.risks.listByKpi(IDS.kpi)).rejects.toThrow(TypeError);
  });

  describe('tombstones', () => {
    it('hides deleted records from reads but hands them to sync', async () => {
      const { repos } = await setup();
      const kept = await repos.milestones.put(inputs.milestones);
      const gone = await repos.milestones.put({ ...inputs.milestones, title: 'Launch' });
      expect(await repos.milestones.delete(gone.id)).toBe(true);

      expect(await repos.milestones.get(gone.id)).toBeUndefined();
      expect(await repos.milestones.list()).toEqual([kept]);
      expect(await repos.milestones.listByPartner(IDS.partner)).toEqual([kept]);

      const tombstone = await repos.milestones.getIncludingDeleted(gone.id);
      expect(tombstone).toMatchObject({ ...gone, deleted: true, hlc: expect.any(String) });
      expect(compareHlc(gone.hlc, tombstone!.hlc)).toBe(-1);
      expect(await repos.milestones.changesSince(null)).toEqual([kept, tombstone]);
    });

    it('does nothing for a missing or already deleted id', async () => {
      const { repos } = await setup();
      expect(await repos.risks.delete(IDS.partner)).toBe(false);
      const risk = await repos.risks.put(inputs.risks);
      expect(await repos.risks.delete(risk.id)).toBe(true);
      const tombstone = await repos.risks.getIncludingDeleted(risk.id);
      expect(await repos.risks.delete(risk.id)).toBe(false);
      expect(await repos.risks.getIncludingDeleted(risk.id)).toEqual(tombstone);
    });

    it('brings a record back when it is written again', async () => {
      const { repos } = await setup();
      const risk = await repos.risks.put(inputs.risks);
      await repos.risks.delete(risk.id);
      const revived = await repos.risks.put({ ...inputs.risks, id: risk.id });
      expect(revived).toMatchObject({ deleted: false, createdAt: risk.createdAt });
      expect(await repos.risks.get(risk.id)).toEqual(revived);
    });
  });

  describe('changesSince', () => {
    it('returns changes after the given clock value, oldest first, up to a limit', async () => {
      const { repos } = await setup();
      const a = await repos.feedback.put(inputs.feedback);
      const b = await repos.feedback.put({ ...inputs.feedback, rating: 3 });
      const aAgain = await repos.feedback.put({ ...inputs.feedback, id: a.id, rating: 4 });

      expect(await repos.feedback.changesSince(null)).toEqual([b, aAgain]);
      expect(await repos.feedback.changesSince(a.hlc)).toEqual([b, aAgain]);
      expect(await repos.feedback.changesSince(b.hlc)).toEqual([aAgain]);
      expect(await repos.feedback.changesSince(aAgain.hlc)).toEqual([]);
      expect(await repos.feedback.changesSince(null, 1)).toEqual([b]);
    });
  });

  describe('concurrent writes', () => {
    it('loses nothing and gives every write its own increasing clock value', async () => {
      const { repos } = await setup();
      const shared = await repos.risks.put(inputs.risks);
      const titles = Array.from({ length: 40 }, (_, index) => `Risk ${index}`);

      const results = await Promise.all(
        titles.flatMap((title) => [
          repos.risks.put({ ...inputs.risks, id: shared.id, title }),
          repos.risks.put({ ...inputs.risks, title }),
        ]),
      );

      const hlcs = results.map((record) => record.hlc);
      expect(new Set(hlcs).size).toBe(hlcs.length);
      // Calls run in the order they were made, so clock order is call order.
      expect([...hlcs].sort(compareHlc)).toEqual(hlcs);

      const live = await repos.risks.list();
      expect(live).toHaveLength(1 + titles.length);
      expect(await repos.risks.get(shared.id)).toEqual(results.at(-2));
      expect((await repos.risks.get(shared.id))?.title).toBe('Risk 39');
      const changes = await repos.risks.changesSince(null);
      expect(changes.map((record) => record.hlc)).toEqual(
        [...live.map((record) => record.hlc)].sort(compareHlc),
      );
    });
    it('stamps writes to different stores in the order they commit', async () => {
      const { repos } = await setup();
      const risk = await repos.risks.put(inputs.risks);
      const stamped = await Promise.all([
        repos.risks.put({ ...inputs.risks, id: risk.id, title: 'Updated' }),
        repos.partners.put(inputs.partners),
        repos.feedback.put(inputs.feedback),
        repos.risks.delete(risk.id).then(() => repos.risks.getIncludingDeleted(risk.id)),
      ]);
      const hlcs = stamped.map((record) => record!.hlc);
      expect([...hlcs].sort(compareHlc)).toEqual(hlcs);
    });
  });

  describe('applyRemote', () => {
    async function twoDevices() {
      const a = await setup('device-a');
      const b = await setup('device-b');
      return { a, b };
    }

    it('takes a newer remote version and keeps its stamps', async () => {
      const { a, b } = await twoDevices();
      const original = await a.repos.partners.put(inputs.partners);
      expect(await b.repos.partners.applyRemote(original)).toBe(true);
      b.setTime(T0 + 1_000);
      const edited = await b.repos.partners.put({ ...inputs.partners, id: original.id, name: 'B' });

      expect(await a.repos.partners.applyRemote(edited)).toBe(true);
      expect(await a.repos.partners.get(original.id)).toEqual(edited);
      expect((await a.repos.partners.get(original.id))?.deviceId).toBe('device-b');
    });

    it('keeps the local version when it is newer, and ignores a replay', async () => {
      const { a, b } = await twoDevices();
      const remote = await b.repos.partners.put({ ...inputs.partners, name: 'From B' });
      a.setTime(T0 + 5_000);
      const local = await a.repos.partners.put({ ...inputs.partners, id: remote.id, name: 'A' });

      expect(await a.repos.partners.applyRemote(remote)).toBe(false);
      expect(await a.repos.partners.get(remote.id)).toEqual(local);
      expect(await a.repos.partners.applyRemote(local)).toBe(false);
    });

    it('lets a newer tombstone delete, and a newer edit outlive an older tombstone', async () => {
      const { a, b } = await twoDevices();
      const risk = await a.repos.risks.put(inputs.risks);
      await b.repos.risks.applyRemote(risk);
      b.setTime(T0 + 1_000);
      await b.repos.risks.delete(risk.id);
      const tombstone = await b.repos.risks.getIncludingDeleted(risk.id);

      expect(await a.repos.risks.applyRemote(tombstone)).toBe(true);
      expect(await a.repos.risks.get(risk.id)).toBeUndefined();

      a.setTime(T0 + 2_000);
      const revived = await a.repos.risks.put({ ...inputs.risks, id: risk.id });
      expect(await b.repos.risks.applyRemote(revived)).toBe(true);
      expect(await b.repos.risks.get(risk.id)).toEqual(revived);
      expect(await b.repos.risks.applyRemote(tombstone)).toBe(false);
    });

    it('moves the local clock past what it received, so the next local edit wins', async () => {
      const { a, b } = await twoDevices();
      b.setTime(T0 + 3_600_000); // B's clock runs an hour ahead
      const remote = await b.repos.partners.put(inputs.partners);
      await a.repos.partners.applyRemote(remote);
      const local = await a.repos.partners.put({ ...inputs.partners, id: remote.id, name: 'A' });
      expect(compareHlc(remote.hlc, local.hlc)).toBe(-1);
      expect(await b.repos.partners.applyRemote(local)).toBe(true);
    });

    it('rejects invalid records and records from a clock far in the future', async () => {
      const { repos } = await setup();
      const partner = await repos.partners.put(inputs.partners);
      const broken = { ...partner, name: '' };
      await expect(repos.partners.applyRemote(broken)).rejects.toBeInstanceOf(ValidationError);

      const future: Partner = {
        ...partner,
        name: 'From the future',
        hlc: formatHlc({ wallMs: T0 + 3 * 86_400_000, counter: 0, deviceId: 'device-z' }),
      };
      await expect(repos.partners.applyRemote(future)).rejects.toBeInstanceOf(HlcDriftError);
      expect(await repos.partners.get(partner.id)).toEqual(partner);
    });
  });

  it('skips a stored record that no longer passes its schema, and reports it', async () => {
    const { db, stamper } = await setup();
    const onInvalidRecord = vi.fn();
    const risks = new Repository(db, 'risks', stamper, { onInvalidRecord });
    const good = await risks.put(inputs.risks);
    const bad = { ...good, id: IDS.scope, probability: 9 };
    await db.put('risks', bad);

    expect(await risks.list()).toEqual([good]);
    expect(await risks.get(bad.id)).toBeUndefined();
    expect(onInvalidRecord).toHaveBeenCalledWith('risks', IDS.scope, [
      { path: 'probability', message: 'Choose a probability from 1 (rare) to 5 (almost certain)' },
    ]);
    // Still deletable, so the user can get rid of it.
    expect(await risks.delete(bad.id)).toBe(true);
  });
});
