import { describe, expect, it } from 'vitest';
import { createRepositories } from '../../../lib/db/repositories';
import { PARTNER_OWNED_STORE_NAMES, type RecordStoreName } from '../../../lib/model';
import { compareHlc } from '../../../lib/sync/hlc';
import { IDS, sampleInputs } from '../model/sample-inputs';
import { freshDb, testStamper } from './test-db';

describe('createRepositories', () => {
  it('gives one repository per record store', async () => {
    const repos = createRepositories(await freshDb(), testStamper().stamper);
    expect(repos.kpiDefinitions.storeName).toBe('kpiDefinitions');
    expect(repos.settings.storeName).toBe('settings');
  });

  describe('deletePartnerCascade', () => {
    async function twoPartnersWithEverything() {
      const db = await freshDb();
      const repos = createRepositories(db, testStamper().stamper);
      const partner = await repos.partners.put({ ...sampleInputs().partners, id: IDS.partner });
      const other = await repos.partners.put({
        ...sampleInputs().partners,
        id: IDS.otherPartner,
        name: 'Other',
      });
      for (const partnerId of [IDS.partner, IDS.otherPartner]) {
        const inputs = sampleInputs(partnerId);
        for (const name of PARTNER_OWNED_STORE_NAMES) {
          await (repos[name].put as (input: unknown) => Promise<unknown>)(inputs[name]);
        }
      }
      const settings = await repos.settings.put({});
      return { repos, partner, other, settings };
    }

    it('tombstones the partner and everything it owns, and nothing else', async () => {
      const { repos, partner, other, settings } = await twoPartnersWithEverything();
      const before = partner.hlc;

      expect(await repos.deletePartnerCascade(IDS.partner)).toBe(true);

      expect(await repos.partners.get(IDS.partner)).toBeUndefined();
      expect(await repos.partners.list()).toEqual([other]);
      expect(await repos.settings.get(settings.id)).toEqual(settings);
      for (const name of PARTNER_OWNED_STORE_NAMES) {
        const repository = repos[name as RecordStoreName];
        expect(await repos[name].listByPartner(IDS.partner), name).toEqual([]);
        expect(await repos[name].listByPartner(IDS.otherPartner), name).toHaveLength(1);
        const tombstones = (await repository.changesSince(null)).filter((record) => record.deleted);
        expect(tombstones, name).toHaveLength(1);
        expect(tombstones[0]).toMatchObject({ partnerId: IDS.partner, deleted: true });
      }
      const partnerTombstone = await repos.partners.getIncludingDeleted(IDS.partner);
      expect(partnerTombstone).toMatchObject({ name: partner.name, deleted: true });
      expect(compareHlc(before, partnerTombstone!.hlc)).toBe(-1);
    });

    it('gives every tombstone its own clock value', async () => {
      const { repos } = await twoPartnersWithEverything();
      await repos.deletePartnerCascade(IDS.partner);
      const hlcs: string[] = [];
      for (const name of ['partners', ...PARTNER_OWNED_STORE_NAMES] as const) {
        const changes = await repos[name].changesSince(null);
        hlcs.push(...changes.filter((record) => record.deleted).map((record) => record.hlc));
      }
      expect(hlcs).toHaveLength(1 + PARTNER_OWNED_STORE_NAMES.length);
      expect(new Set(hlcs).size).toBe(hlcs.length);
    });

    it('reports false for a partner that is missing or already deleted', async () => {
      const { repos } = await twoPartnersWithEverything();
      expect(await repos.deletePartnerCascade(IDS.kpi)).toBe(false);
      expect(await repos.deletePartnerCascade(IDS.partner)).toBe(true);
      const hlcAfterFirst = (await repos.partners.getIncludingDeleted(IDS.partner))!.hlc;
      expect(await repos.deletePartnerCascade(IDS.partner)).toBe(false);
      expect((await repos.partners.getIncludingDeleted(IDS.partner))!.hlc).toBe(hlcAfterFirst);
    });
  });
});
