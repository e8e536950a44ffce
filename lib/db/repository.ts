import type { IDBPDatabase, IDBPTransaction } from 'idb';
import type { z } from 'zod';
import {
  STORES,
  ValidationError,
  formatZodError,
  parseOrThrow,
  type FieldIssue,
  type RecordInputOf,
  type RecordMeta,
  type RecordStoreName,
  type StoredRecordOf,
} from '../model';
import { compareHlc, type Hlc } from '../sync/hlc';
import { META_KEYS, META_STORE, type PartnerLensDb } from './schema';

/** What stamps local writes: this device's id, its clock, and the wall time for `updatedAt`. */
export interface Stamper {
  deviceId: string;
  clock: Hlc;
  now(): Date;
}

/** Called when a stored record no longer passes its schema; the record is left out. */
export type InvalidRecordHandler = (
  store: RecordStoreName,
  id: unknown,
  issues: FieldIssue[],
) => void;

export interface RepositoryOptions {
  onInvalidRecord?: InvalidRecordHandler;
}

const warnInvalidRecord: InvalidRecordHandler = (store, id, issues) => {
  console.warn(`Partner Lens: skipped an invalid record in ${store}`, id, issues);
};

/**
 * Generic code over store names cannot be typed through idb's per-store generics, so it uses
 * the untyped view of the same connection; every value read back goes through the store's
 * zod schema, which restores the precise type.
 */
type UntypedDb = IDBPDatabase;
type UntypedWriteTx = IDBPTransaction<unknown, string[], 'readwrite'>;
type StoredShape = RecordMeta & Record<string, unknown>;

/** Opens one read-write transaction over record stores plus `meta`, where the clock is saved. */
export function writeTransaction(db: PartnerLensDb, stores: readonly string[]): UntypedWriteTx {
  return (db as unknown as UntypedDb).transaction([...stores, META_STORE], 'readwrite');
}

/** Saves the clock with the write it stamped, so a restarted worker resumes after it. */
export function saveClock(tx: UntypedWriteTx, clock: Hlc): Promise<unknown> {
  return tx.objectStore(META_STORE).put(clock.last(), META_KEYS.lastHlc);
}

/** Marks a record deleted, keeping its fields so other devices learn of the deletion. */
export function tombstone<T extends StoredShape>(record: T, stamper: Stamper): T {
  return {
    ...record,
    deleted: true,
    hlc: stamper.clock.tick(),
    updatedAt: stamper.now().toISOString(),
    deviceId: stamper.deviceId,
  };
}

export class Repository<Name extends RecordStoreName> {
  private readonly db: UntypedDb;
  private readonly schema: z.ZodType<StoredRecordOf<Name>>;
  private readonly inputSchema: z.ZodType<{ id?: string }>;
  private readonly onInvalidRecord: InvalidRecordHandler;

  constructor(
    private readonly typedDb: PartnerLensDb,
    readonly storeName: Name,
    private readonly stamper: Stamper,
    options: RepositoryOptions = {},
  ) {
    this.db = typedDb as unknown as UntypedDb;
    this.schema = STORES[storeName].schema as unknown as z.ZodType<StoredRecordOf<Name>>;
    this.inputSchema = STORES[storeName].inputSchema as unknown as z.ZodType<{ id?: string }>;
    this.onInvalidRecord = options.onInvalidRecord ?? warnInvalidRecord;
  }

  /** The live record, or `undefined` when it is missing or deleted. */
  async get(id: string): Promise<StoredRecordOf<Name> | undefined> {
    const record = await this.getIncludingDeleted(id);
    return record && !record.deleted ? record : undefined;
  }

  async getIncludingDeleted(id: string): Promise<StoredRecordOf<Name> | undefined> {
    return this.read(await this.db.get(this.storeName, id));
  }

  /** Live records (tombstones left out), in id order. */
  async list(): Promise<StoredRecordOf<Name>[]> {
    return this.live(await this.db.getAll(this.storeName));
  }

  async listByPartner(partnerId: string): Promise<StoredRecordOf<Name>[]> {
    if (!STORES[this.storeName].partnerOwned) {
      throw new TypeError(`${this.storeName} records do not belong to a partner`);
    }
    return this.live(await this.db.getAllFromIndex(this.storeName, 'byPartner', partnerId));
  }

  /** Live measurements of one KPI; only the kpiMeasurements store has this index. */
  async listByKpi(kpiId: string): Promise<StoredRecordOf<Name>[]> {
    if (this.storeName !== 'kpiMeasurements') {
      throw new TypeError(`${this.storeName} records do not belong to a KPI`);
    }
    return this.live(await this.db.getAllFromIndex(this.storeName, 'byKpi', kpiId));
  }

  /**
   * Creates or replaces a record (fields left out of `input` take their defaults, they are not
   * merged with the stored ones). Throws `ValidationError` with per-field issues when invalid.
   * Writing to a deleted id brings the record back.
   */
  async put(input: RecordInputOf<Name>): Promise<StoredRecordOf<Name>> {
    const fields = parseOrThrow(this.inputSchema, input);
    const id = fields.id ?? crypto.randomUUID();
    const tx = writeTransaction(this.typedDb, [this.storeName]);
    const store = tx.objectStore(this.storeName);
    // Stamp only once the transaction runs (after this read), never at call time: write
    // transactions all include `meta`, so they run one at a time, and ticking inside them
    // makes clock order equal commit order. Sync relies on that: a change committed later
    // never carries a lower hlc than one `changesSince` may already have returned.
    const existing = (await store.get(id)) as StoredShape | undefined;
    const updatedAt = this.stamper.now().toISOString();
    const record = parseOrThrow(this.schema, {
      ...fields,
      id,
      createdAt: existing?.createdAt ?? updatedAt,
      updatedAt,
      hlc: this.stamper.clock.tick(),
      deviceId: this.stamper.deviceId,
      deleted: false,
    });
    await Promise.all([store.put(record), saveClock(tx, this.stamper.clock), tx.done]);
    return record;
  }

  /** Turns the record into a tombstone. Returns false when there was nothing live to delete. */
  async delete(id: string): Promise<boolean> {
    const tx = writeTransaction(this.typedDb, [this.storeName]);
    const store = tx.objectStore(this.storeName);
    const existing = (await store.get(id)) as StoredShape | undefined;
    if (!existing || existing.deleted) return false;
    // Not re-validated: a record that no longer passes its schema must still be deletable.
    await Promise.all([
      store.put(tombstone(existing, this.stamper)),
      saveClock(tx, this.stamper.clock),
      tx.done,
    ]);
    return true;
  }

  /**
   * Records changed after `since` (all when null), tombstones included, oldest change first.
   * Local writes always stamp above earlier commits; records taken in by `applyRemote` keep
   * their own (possibly lower) hlc, which the other device already knows about.
   */
  async changesSince(since: string | null, limit?: number): Promise<StoredRecordOf<Name>[]> {
    const range = since === null ? null : IDBKeyRange.lowerBound(since, true);
    const raw = await this.db.getAllFromIndex(this.storeName, 'byHlc', range, limit);
    return raw.flatMap((value) => this.read(value) ?? []);
  }

  /**
   * Merges a record from another device: the higher hlc wins, also between a record and its
   * tombstone. Returns whether the local copy changed. Throws `ValidationError` for an invalid
   * record and `HlcDriftError` for one dated implausibly far in the future.
   */
  async applyRemote(record: unknown): Promise<boolean> {
    const incoming = parseOrThrow(
      this.schema,
      record,
      `Rejected a synced ${this.storeName} record`,
    );
    // Advance the clock past the remote change even when it loses, so the next local write
    // orders after everything this device has seen.
    this.stamper.clock.receive(incoming.hlc);
    const tx = writeTransaction(this.typedDb, [this.storeName]);
    const store = tx.objectStore(this.storeName);
    const existing = (await store.get(incoming.id)) as StoredShape | undefined;
    if (existing && compareHlc(existing.hlc, incoming.hlc) >= 0) {
      await Promise.all([saveClock(tx, this.stamper.clock), tx.done]);
      return false;
    }
    await Promise.all([store.put(incoming), saveClock(tx, this.stamper.clock), tx.done]);
    return true;
  }

  private read(value: unknown): StoredRecordOf<Name> | undefined {
    if (value === undefined) return undefined;
    const result = this.schema.safeParse(value);
    if (result.success) return result.data;
    const id = (value as { id?: unknown } | null)?.id;
    this.onInvalidRecord(this.storeName, id, formatZodError(result.error));
    return undefined;
  }

  private live(values: unknown[]): StoredRecordOf<Name>[] {
    return values.flatMap((value) => {
      const record = this.read(value);
      return record && !record.deleted ? [record] : [];
    });
  }
}

export { ValidationError };
