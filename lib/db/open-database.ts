import { wrap, type IDBPTransaction, type StoreNames } from 'idb';
import {
  DB_NAME,
  DB_VERSION,
  INDEXES,
  type PartnerLensDb,
  type PartnerLensDbSchema,
} from './schema';

type UpgradeTransaction = IDBPTransaction<
  PartnerLensDbSchema,
  StoreNames<PartnerLensDbSchema>[],
  'versionchange'
>;
type UpgradeStep = (db: PartnerLensDb, tx: UpgradeTransaction) => void;

/**
 * Upgrade steps; `STEPS[n]` takes the database from version n to n + 1. Each step names its
 * stores literally instead of reading today's store list, so an old database replays exactly
 * what that version created and later steps find what they expect.
 */
const STEPS: readonly UpgradeStep[] = [
  // 0 → 1: the first release kept partners and their scopes only, without indexes.
  (db) => {
    db.createObjectStore('partners', { keyPath: 'id' });
    db.createObjectStore('scopes', { keyPath: 'id' });
  },
  // 1 → 2: the rest of the engagement data, the tracker cache, per-device meta, and the
  // indexes sync and the views need. Adding indexes to existing stores keeps their records.
  (db, tx) => {
    tx.objectStore('partners').createIndex('byHlc', INDEXES.byHlc);
    const scopes = tx.objectStore('scopes');
    scopes.createIndex('byHlc', INDEXES.byHlc);
    scopes.createIndex('byPartner', INDEXES.byPartner);

    const partnerOwned = [
      'raci',
      'kpiDefinitions',
      'kpiMeasurements',
      'feedback',
      'risks',
      'milestones',
      'touchpoints',
      'reviews',
    ] as const;
    for (const name of partnerOwned) {
      const store = db.createObjectStore(name, { keyPath: 'id' });
      store.createIndex('byHlc', INDEXES.byHlc);
      store.createIndex('byPartner', INDEXES.byPartner);
    }
    tx.objectStore('kpiMeasurements').createIndex('byKpi', INDEXES.byKpi);
    db.createObjectStore('settings', { keyPath: 'id' }).createIndex('byHlc', INDEXES.byHlc);

    db.createObjectStore('workItems', { keyPath: ['tool', 'site', 'key'] }).createIndex(
      'byProject',
      ['tool', 'site', 'project.id'],
    );
    db.createObjectStore('meta');
  },
  // 2 → 3: when each tracker scope was last read, for incremental refresh.
  (db) => {
    db.createObjectStore('scopeLoads', { keyPath: ['tool', 'site', 'scopeId'] });
  },
  // 3 → 4: answers to feedback prompts and nudges, synced and owned by a partner.
  (db) => {
    const store = db.createObjectStore('promptStates', { keyPath: 'id' });
    store.createIndex('byHlc', INDEXES.byHlc);
    store.createIndex('byPartner', INDEXES.byPartner);
  },
];

export interface OpenPartnerLensDbOptions {
  /** Defaults to `globalThis.indexedDB`; tests pass a fresh `new IDBFactory()`. */
  factory?: IDBFactory;
  name?: string;
}

/**
 * Opens (creating or upgrading) the extension's database. Call it from extension pages or
 * the background only: in a content script IndexedDB belongs to the host page's origin.
 */
export function openPartnerLensDb({
  factory = globalThis.indexedDB,
  name = DB_NAME,
}: OpenPartnerLensDbOptions = {}): Promise<PartnerLensDb> {
  // idb's openDB always uses the global factory, so open through the given one and wrap.
  const request = factory.open(name, DB_VERSION);
  request.addEventListener('upgradeneeded', (event) => {
    const db = wrap(request.result) as unknown as PartnerLensDb;
    const tx = wrap(request.transaction!) as unknown as UpgradeTransaction;
    for (let version = event.oldVersion; version < DB_VERSION; version += 1) {
      STEPS[version]!(db, tx);
    }
  });
  const opened = wrap(request) as unknown as Promise<PartnerLensDb>;
  return opened.then((db) => {
    // A newer extension version is upgrading the schema: give way instead of blocking it.
    db.addEventListener('versionchange', () => db.close());
    return db;
  });
}
