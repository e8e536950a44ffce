import { z } from 'zod';
import { hostContextSchema, siteSchema, toolSchema } from '../model/host-context';
import { jiraSiteSchema } from '../model/jira-site';
import { kpiDefinitionInputSchema, kpiDefinitionSchema } from '../model/kpi-definition';
import { kpiMeasurementSchema } from '../model/kpi-measurement';
import { contextViewSchema } from './context-view';
import { kpiResultSchema, kpiViewSchema } from './kpi-schemas';
import { partnerInputSchema, partnerSchema } from '../model/partner';
import { scopeInputSchema, scopeSchema } from '../model/scope';
import { skippedItemSchema, scopeLoadStateSchema } from '../model/scope-load';
import { cachedWorkItemSchema, workItemSchema } from '../model/work-item';
import { engagementMethods } from './engagement-methods';
import { idParams, method } from './method-spec';
import { inlineMethods } from './inline-methods';
import { nudgeMethods } from './nudge-methods';
import { overlayMethods } from './overlay-methods';

export type { Access } from './method-spec';

const urlParam = z.string().min(1).max(4096);

export {
  contextViewSchema,
  partnerMatchSchema,
  type ContextView,
  type PartnerMatchView,
} from './context-view';

/** A hash route of the options page; only `#/…` paths, never another URL. */
export const optionsRouteSchema = z
  .string()
  .max(300)
  .regex(/^#\/[\w\-./?=&%]*$/, 'Expected an options page route such as #/partners');
export type OptionsTarget = {
  prefill?: MappingPrefill;
  partnerId?: string;
  route?: string;
};

/** A "map this project to a partner" request carried into the options page. */
export const mappingPrefillSchema = z.object({
  tool: toolSchema,
  site: siteSchema,
  id: z.string().min(1).max(200),
});
export type MappingPrefill = z.infer<typeof mappingPrefillSchema>;

const scopeRefSchema = z.object({
  tool: toolSchema,
  site: z.string().min(1).max(300),
  scopeId: z.string().min(1).max(200),
});

/** Items read from a tracker by a content script, sent to the background's cache in batches. */
export const ingestBatchSchema = scopeRefSchema.extend({
  items: z.array(workItemSchema).max(1000),
  removedKeys: z.array(z.string().min(1).max(200)).max(10_000),
  skipped: z.array(skippedItemSchema).max(500),
  loadStartedAt: z.iso.datetime({ offset: true }),
  complete: z.boolean(),
  startsFullLoad: z.boolean(),
});

export const rpcMethods = {
  'partners.list': method({
    access: 'extension',
    params: z.object({}),
    result: z.array(partnerSchema),
  }),
  'partners.save': method({
    access: 'extension',
    params: partnerInputSchema,
    result: partnerSchema,
  }),
  'partners.delete': method({
    access: 'extension',
    params: idParams,
    result: z.object({ deleted: z.boolean() }),
  }),
  'scopes.list': method({
    access: 'extension',
    params: z.object({ partnerId: z.uuid().optional() }),
    result: z.array(scopeSchema),
  }),
  'scopes.save': method({ access: 'extension', params: scopeInputSchema, result: scopeSchema }),
  'scopes.delete': method({
    access: 'extension',
    params: idParams,
    result: z.object({ deleted: z.boolean() }),
  }),
  /** The partner behind a page context, with the rule that matched. */
  'context.resolve': method({
    access: 'any',
    params: z.object({ context: hostContextSchema }),
    result: contextViewSchema,
  }),
  /**
   * Sent by the small always-loaded content script on load and on every in-app navigation;
   * the background injects the sidebar bundle when this site has anything mapped.
   */
  'page.visit': method({
    access: 'content',
    params: z.object({
      url: urlParam,
      /** The inline script already runs in the page (only its injection is skipped). */
      inlineStarted: z.boolean().optional(),
    }),
    result: z.object({ sidebar: z.boolean() }),
  }),
  /** Injects (or reopens) the sidebar in a tab, e.g. from the popup on an unmapped site. */
  'sidebar.show': method({
    access: 'extension',
    params: z.object({ tabId: z.number().int().nonnegative() }),
    result: z.object({ shown: z.boolean() }),
  }),
  /** When a scope was last read completely, so the next read asks only for changes. */
  'workItems.loadState': method({
    access: 'content',
    params: scopeRefSchema,
    result: scopeLoadStateSchema,
  }),
  'workItems.ingest': method({
    access: 'content',
    params: ingestBatchSchema,
    result: scopeLoadStateSchema,
  }),
  /** A cached item, shown when the tracker cannot be reached. */
  'workItems.get': method({
    access: 'any',
    params: z.object({
      tool: toolSchema,
      site: z.string().min(1),
      key: z.string().min(1).max(200),
    }),
    result: cachedWorkItemSchema.nullable(),
  }),
  /** Self-hosted Jira sites added on this device (the options page asks for the permission first). */
  'jiraSites.list': method({
    access: 'extension',
    params: z.object({}),
    result: z.array(jiraSiteSchema),
  }),
  'jiraSites.add': method({
    access: 'extension',
    params: z.object({ address: z.string().max(2000) }),
    result: z.array(jiraSiteSchema),
  }),
  'jiraSites.remove': method({
    access: 'extension',
    params: jiraSiteSchema,
    result: z.array(jiraSiteSchema),
  }),
  'kpis.list': method({
    access: 'extension',
    params: z.object({ partnerId: z.uuid() }),
    result: z.array(kpiDefinitionSchema),
  }),
  'kpis.save': method({
    access: 'extension',
    params: kpiDefinitionInputSchema,
    result: kpiDefinitionSchema,
  }),
  'kpis.delete': method({
    access: 'extension',
    params: idParams,
    result: z.object({ deleted: z.boolean() }),
  }),
  /** Saves the partner's KPIs in the given order. */
  'kpis.reorder': method({
    access: 'extension',
    params: z.object({ partnerId: z.uuid(), ids: z.array(z.uuid()).max(200) }),
    result: z.array(kpiDefinitionSchema),
  }),
  'kpis.applyTemplate': method({
    access: 'extension',
    params: z.object({ partnerId: z.uuid(), templateId: z.string().max(100) }),
    result: z.array(kpiDefinitionSchema),
  }),
  /** Value and status of a KPI being edited, against the cached data; nothing is stored. */
  'kpis.preview': method({
    access: 'extension',
    params: z.object({ draft: kpiDefinitionInputSchema }),
    result: kpiResultSchema,
  }),
  /** A partner's KPIs with status, health score and daily trend (sidebar, options). */
  'kpis.view': method({
    access: 'any',
    params: z.object({ partnerId: z.uuid() }),
    result: kpiViewSchema,
  }),
  'kpis.addManual': method({
    access: 'extension',
    params: z.object({
      kpiId: z.uuid(),
      date: z.iso.date({ error: 'Enter the date as YYYY-MM-DD' }),
      value: z.number({ error: 'Enter a number' }),
      note: z.string().max(2000).default(''),
    }),
    result: kpiMeasurementSchema,
  }),
  'options.open': method({
    access: 'any',
    params: z.object({
      prefill: mappingPrefillSchema.optional(),
      partnerId: z.uuid().optional(),
      /** A page of the options app, e.g. `#/partners/<id>/kpis` (a nudge's action). */
      route: optionsRouteSchema.optional(),
    }),
    result: z.object({ opened: z.boolean() }),
  }),
  ...engagementMethods,
  ...overlayMethods,
  ...nudgeMethods,
  ...inlineMethods,
} as const;

export type RpcMethods = typeof rpcMethods;
export type MethodName = keyof RpcMethods;
export type ParamsOf<M extends MethodName> = z.input<RpcMethods[M]['params']>;
export type ParsedParamsOf<M extends MethodName> = z.output<RpcMethods[M]['params']>;
export type ResultOf<M extends MethodName> = z.output<RpcMethods[M]['result']>;

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(rpcMethods, name);
}
