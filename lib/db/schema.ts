import type { DBSchema, IDBPDatabase } from 'idb';
import type {
  CachedWorkItem,
  Feedback,
  KpiDefinition,
  KpiMeasurement,
  Milestone,
  Partner,
  PromptState,
  RaciAssignment,
  Review,
  Risk,
  Scope,
  ScopeLoadState,
  Settings,
  Tool,
  Touchpoint,
} from '../model';

export const DB_NAME = 'partner-lens';
export const DB_VERSION = 4;

/** Index names, shared by the upgrade steps and the queries that use them. */
export const INDEXES = {
  /** Every record store, for "changes since" in sync. */
  byHlc: 'hlc',
  /** Every partner-owned store. */
  byPartner: 'partnerId',
  /** kpiMeasurements only: the trend of one KPI. */
  byKpi: 'kpiId',
} as const;
export type IndexName = keyof typeof INDEXES;

interface SyncedStore<Value, Indexes extends Partial<Record<IndexName, string>>> {
  key: string;
  value: Value;
  indexes: Indexes;
}
type Own<Value> = SyncedStore<Value, { byHlc: string; byPartner: string }>;

/** `[tool, site, key]`: the same key on two sites (two Jira tenants) is two items. */
export type WorkItemCacheKey = [Tool, string, string];

export const META_KEYS = { deviceId: 'deviceId', lastHlc: 'lastHlc' } as const;
export type MetaKey = (typeof META_KEYS)[keyof typeof META_KEYS];

export interface PartnerLensDbSchema extends DBSchema {
  partners: SyncedStore<Partner, { byHlc: string }>;
  scopes: Own<Scope>;
  raci: Own<RaciAssignment>;
  kpiDefinitions: Own<KpiDefinition>;
  kpiMeasurements: SyncedStore<KpiMeasurement, { byHlc: string; byPartner: string; byKpi: string }>;
  feedback: Own<Feedback>;
  risks: Own<Risk>;
  milestones: Own<Milestone>;
  touchpoints: Own<Touchpoint>;
  reviews: Own<Review>;
  /** Answers to feedback prompts and nudges ("later", "don't ask again"). */
  promptStates: Own<PromptState>;
  settings: SyncedStore<Settings, { byHlc: string }>;
  /** Local cache of tracker data for KPIs; never synced (each device re-reads the tracker). */
  workItems: {
    key: WorkItemCacheKey;
    value: CachedWorkItem;
    /** `[tool, site, project.id]`: all cached items of one Jira project / Asana project / board. */
    indexes: { byProject: WorkItemCacheKey };
  };
  /** Per-scope load bookkeeping of the cache (last complete load, skipped items). */
  scopeLoads: { key: WorkItemCacheKey; value: ScopeLoadState };
  /** Small per-device values (device id, last clock), validated on read. */
  meta: { key: MetaKey; value: unknown };
}

export type PartnerLensDb = IDBPDatabase<PartnerLensDbSchema>;
export const META_STORE = 'meta';
export const WORK_ITEMS_STORE = 'workItems';
