import type { z } from 'zod';
import { feedbackInputSchema, feedbackSchema } from './feedback';
import { kpiDefinitionInputSchema, kpiDefinitionSchema } from './kpi-definition';
import { kpiMeasurementInputSchema, kpiMeasurementSchema } from './kpi-measurement';
import { milestoneInputSchema, milestoneSchema } from './milestone';
import { partnerInputSchema, partnerSchema } from './partner';
import { promptStateInputSchema, promptStateSchema } from './prompt-state';
import { raciAssignmentInputSchema, raciAssignmentSchema } from './raci';
import { reviewInputSchema, reviewSchema } from './review';
import { riskInputSchema, riskSchema } from './risk';
import { scopeInputSchema, scopeSchema } from './scope';
import { settingsInputSchema, settingsSchema } from './settings';
import { touchpointInputSchema, touchpointSchema } from './touchpoint';

export * from './feedback';
export * from './host-context';
export * from './kpi-definition';
export * from './kpi-measurement';
export * from './milestone';
export * from './partner';
export * from './prompt-state';
export * from './raci';
export * from './record-meta';
export * from './review';
export * from './risk';
export * from './scope';
export * from './scope-load';
export * from './settings';
export * from './touchpoint';
export * from './validation';
export * from './work-item';

/**
 * Every synced record store with its stored schema and its write-input schema, so generic
 * code (repositories, sync, import) can look them up by store name. `partnerOwned` stores
 * carry a `partnerId` and are removed with their partner.
 */
export const STORES = {
  partners: { schema: partnerSchema, inputSchema: partnerInputSchema, partnerOwned: false },
  scopes: { schema: scopeSchema, inputSchema: scopeInputSchema, partnerOwned: true },
  raci: {
    schema: raciAssignmentSchema,
    inputSchema: raciAssignmentInputSchema,
    partnerOwned: true,
  },
  kpiDefinitions: {
    schema: kpiDefinitionSchema,
    inputSchema: kpiDefinitionInputSchema,
    partnerOwned: true,
  },
  kpiMeasurements: {
    schema: kpiMeasurementSchema,
    inputSchema: kpiMeasurementInputSchema,
    partnerOwned: true,
  },
  feedback: { schema: feedbackSchema, inputSchema: feedbackInputSchema, partnerOwned: true },
  risks: { schema: riskSchema, inputSchema: riskInputSchema, partnerOwned: true },
  milestones: { schema: milestoneSchema, inputSchema: milestoneInputSchema, partnerOwned: true },
  touchpoints: { schema: touchpointSchema, inputSchema: touchpointInputSchema, partnerOwned: true },
  reviews: { schema: reviewSchema, inputSchema: reviewInputSchema, partnerOwned: true },
  promptStates: {
    schema: promptStateSchema,
    inputSchema: promptStateInputSchema,
    partnerOwned: true,
  },
  settings: { schema: settingsSchema, inputSchema: settingsInputSchema, partnerOwned: false },
} as const;

export type RecordStoreName = keyof typeof STORES;
export const RECORD_STORE_NAMES = Object.keys(STORES) as RecordStoreName[];

export type PartnerOwnedStoreName = {
  [Name in RecordStoreName]: (typeof STORES)[Name]['partnerOwned'] extends true ? Name : never;
}[RecordStoreName];
export const PARTNER_OWNED_STORE_NAMES = RECORD_STORE_NAMES.filter(
  (name): name is PartnerOwnedStoreName => STORES[name].partnerOwned,
);

export function isRecordStoreName(name: string): name is RecordStoreName {
  return Object.hasOwn(STORES, name);
}

/** The stored record type of a store, e.g. `StoredRecordOf<'risks'>` is `Risk`. */
export type StoredRecordOf<Name extends RecordStoreName> = z.output<
  (typeof STORES)[Name]['schema']
>;
/** What `put` accepts for a store, e.g. `RecordInputOf<'risks'>` is `RiskInput`. */
export type RecordInputOf<Name extends RecordStoreName> = z.input<
  (typeof STORES)[Name]['inputSchema']
>;
