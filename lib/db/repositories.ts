import {
  PARTNER_OWNED_STORE_NAMES,
  RECORD_STORE_NAMES,
  type RecordMeta,
  type RecordStoreName,
} from '../model';
import {
  Repository,
  saveClock,
  tombstone,
  writeTransaction,
  type RepositoryOptions,
  type Stamper,
} from './repository';
import type { PartnerLensDb } from './schema';

export type RecordRepositories = { [Name in RecordStoreName]: Repository<Name> };

export interface Repositories extends RecordRepositories {
  /**
   * Deletes a partner and everything it owns (scopes, RACI, KPIs and their values, feedback,
   * risks, milestones, touchpoints, reviews) in one transaction, as tombstones. Returns false
   * when the partner does not exist or is already deleted; its orphans are removed anyway.
   */
  deletePartnerCascade(partnerId: string): Promise<boolean>;
}

export function createRepositories(
  db: PartnerLensDb,
  stamper: Stamper,
  options: RepositoryOptions = {},
): Repositories {
  const repositories = Object.fromEntries(
    RECORD_STORE_NAMES.map((name) => [name, new Repository(db, name, stamper, options)]),
  ) as unknown as RecordRepositories;
  return {
    ...repositories,
    deletePartnerCascade: (partnerId) => deletePartnerCascade(db, stamper, partnerId),
  };
}

type Stored = RecordMeta & Record<string, unknown>;

async function deletePartnerCascade(
  db: PartnerLensDb,
  stamper: Stamper,
  partnerId: string,
): Promise<boolean> {
  const tx = writeTransaction(db, ['partners', ...PARTNER_OWNED_STORE_NAMES]);
  const [partner, ...owned] = (await Promise.all([
    tx.objectStore('partners').get(partnerId),
    ...PARTNER_OWNED_STORE_NAMES.map((name) =>
      tx.objectStore(name).index('byPartner').getAll(partnerId),
    ),
  ])) as [Stored | undefined, ...Stored[][]];

  const writes: Promise<unknown>[] = [];
  const partnerIsLive = partner !== undefined && !partner.deleted;
  if (partnerIsLive) writes.push(tx.objectStore('partners').put(tombstone(partner, stamper)));
  PARTNER_OWNED_STORE_NAMES.forEach((name, index) => {
    for (const record of owned[index] ?? []) {
      if (!record.deleted) writes.push(tx.objectStore(name).put(tombstone(record, stamper)));
    }
  });
  if (writes.length > 0) writes.push(saveClock(tx, stamper.clock));
  await Promise.all([...writes, tx.done]);
  return partnerIsLive;
}
