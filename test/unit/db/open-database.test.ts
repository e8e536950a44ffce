import { IDBFactory } from 'fake-indexeddb';
import { wrap, type IDBPDatabase } from 'idb';
import { describe, expect, it } from 'vitest';
import { openPartnerLensDb } from '../../../lib/db/open-database';
import { createRepositories } from '../../../lib/db/repositories';
import { DB_NAME, DB_VERSION } from '../../../lib/db/schema';
import { PARTNER_OWNED_STORE_NAMES, RECORD_STORE_NAMES, type Partner } from '../../../lib/model';
import { IDS, sampleWorkItem } from '../model/sample-inputs';
import { freshDb, testStamper } from './test-db';

/**
 * Creates the database as the first release did (version 1: partners and scopes, no
 * indexes). Kept here rather than in lib/: only the upgrade test needs the old schema.
 */
async function openVersion1(factory: IDBFactory, name = DB_NAME): Promise<IDBPDatabase> {
  const request = factory.open(name, 1);
  request.addEventListener('upgradeneeded', () => {
    request.result.createObjectStore('partners', { keyPath: 'id' });
    request.result.createObjectStore('scopes', { keyPath: 'id' });
  });
  return wrap(request) as unknown as Promise<IDBPDatabase>;
}

function indexNames(db: IDBPDatabase<unknown>, store: string): string[] {
  return [...db.transaction(store).objectStore(store).indexNames].sort();
}

const v1Partner: Partner = {
  id: IDS.partner,
  name: 'Acme Delivery',
  status: 'active',
  contacts: [],
  emailDomains: ['acme.com'],
  expertise: [],
  notes: '',
  createdAt: '2025-06-01T08:00:00.000Z',
  updatedAt: '2025-06-01T08:00:00.000Z',
  hlc: '001748764800000-00000-old-device',
  deviceId: 'old-device',
  deleted: false,
};
const v1Scope = {
  id: IDS.scope,
  partnerId: IDS.partner,
  tool: 'jira',
  site: 'https://acme.atlassian.net',
  ids: ['ACME'],
  label: '',
  createdAt: '2025-06-01T08:00:00.000Z',
  updatedAt: '2025-06-01T08:00:00.000Z',
  hlc: '001748764800000-00001-old-device',
  deviceId: 'old-device',
  deleted: false,
};

describe('openPartnerLensDb', () => {
  it('creates every store with its indexes at the current version', async () => {
    const db = await freshDb();
    const untyped = db as unknown as IDBPDatabase;
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(
      [...RECORD_STORE_NAMES, 'workItems', 'scopeLoads', 'meta'].sort(),
    );
    for (const name of PARTNER_OWNED_STORE_NAMES) {
      expect(indexNames(untyped, name), name).toEqual(
        name === 'kpiMeasurements' ? ['byHlc', 'byKpi', 'byPartner'] : ['byHlc', 'byPartner'],
      );
    }
    expect(indexNames(untyped, 'partners')).toEqual(['byHlc']);
    expect(indexNames(untyped, 'settings')).toEqual(['byHlc']);
    expect(indexNames(untyped, 'workItems')).toEqual(['byProject']);
  });

  it('upgrades a version 1 database, keeping its records and adding the indexes', async () => {
    const factory = new IDBFactory();
    const old = await openVersion1(factory);
    await old.put('partners', v1Partner);
    await old.put('scopes', v1Scope);
    expect(indexNames(old, 'partners')).toEqual([]);
    old.close();

    const db = await openPartnerLensDb({ factory });
    try {
      expect(db.version).toBe(DB_VERSION);
      expect(await db.get('partners', IDS.partner)).toEqual(v1Partner);
      expect(await db.getAllFromIndex('scopes', 'byPartner', IDS.partner)).toEqual([v1Scope]);
      expect(await db.getAllFromIndex('partners', 'byHlc')).toEqual([v1Partner]);

      // The old records are usable through the repositories, and new stores work.
      const repos = createRepositories(db, testStamper().stamper);
      expect((await repos.partners.list()).map((partner) => partner.name)).toEqual([
        'Acme Delivery',
      ]);
      expect(await repos.scopes.listByPartner(IDS.partner)).toHaveLength(1);
      expect(await repos.risks.list()).toEqual([]);
      expect(await repos.promptStates.list()).toEqual([]);
    } finally {
      db.close();
    }
  });

  it('closes its connection when a newer version needs to upgrade', async () => {
    const factory = new IDBFactory();
    const db = await openPartnerLensDb({ factory });
    const upgrade = factory.open(DB_NAME, DB_VERSION + 1);
    const upgraded = await new Promise<IDBDatabase>((resolve, reject) => {
      upgrade.onsuccess = () => resolve(upgrade.result);
      upgrade.onerror = () => reject(upgrade.error);
      upgrade.onblocked = () => reject(new Error('the open connection blocked the upgrade'));
    });
    expect(upgraded.version).toBe(DB_VERSION + 1);
    upgraded.close();
    // Without the versionchange handler the old connection would block the upgrade.
    await expect(db.get('partners', IDS.partner)).rejects.toThrow();
  });

  it('caches work items by tool, site and key, and finds them by project', async () => {
    const db = await freshDb();
    const cachedAt = '2026-03-02T08:00:00.000Z';
    const item = { ...sampleWorkItem(), cachedAt };
    const sameKeyOtherSite = { ...item, site: 'https://other.atlassian.net' };
    const otherProject = { ...item, key: 'OPS-1', project: { id: 'OPS' } };
    await Promise.all(
      [item, sameKeyOtherSite, otherProject].map((value) => db.put('workItems', value)),
    );

    expect(await db.count('workItems')).toBe(3);
    expect(await db.get('workItems', ['jira', 'https://acme.atlassian.net', 'ACME-12'])).toEqual(
      item,
    );
    const acme = await db.getAllFromIndex('workItems', 'byProject', [
      'jira',
      'https://acme.atlassian.net',
      'ACME',
    ]);
    expect(acme).toEqual([item]);
  });
});
