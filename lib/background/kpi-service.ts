import type { Repositories } from '../db/repositories';
import type { WorkItemCache } from '../db/work-item-cache';
import { evaluateKpis, healthScore, planMeasurementWrites, dailySeries } from '../kpi';
import type { KpiDefinition } from '../model/kpi-definition';
import { SETTINGS_ID } from '../model/settings';
import type { WorkItem } from '../model/work-item';
import type { KpiView } from '../messaging/kpi-schemas';

/** How many days of history the sidebar and options sparklines show. */
const TREND_DAYS = 30;
const DEFAULT_BUSINESS_DAYS = [1, 2, 3, 4, 5];

export interface KpiServiceDeps {
  repositories(): Promise<Repositories>;
  workItemCache(): Promise<WorkItemCache>;
  now(): Date;
  timeZone(): string;
}

/**
 * Computes a partner's KPIs from the cached tracker items, feedback, milestones and manual
 * entries, and records one measurement per KPI per day so trends have a history.
 */
export function createKpiService(deps: KpiServiceDeps) {
  async function inputsFor(partnerId: string) {
    const repos = await deps.repositories();
    const cache = await deps.workItemCache();
    const [scopes, feedback, milestones, measurements, settings] = await Promise.all([
      repos.scopes.listByPartner(partnerId),
      repos.feedback.listByPartner(partnerId),
      repos.milestones.listByPartner(partnerId),
      repos.kpiMeasurements.listByPartner(partnerId),
      repos.settings.get(SETTINGS_ID),
    ]);
    const items: WorkItem[] = [];
    for (const scope of scopes) {
      for (const scopeId of scope.ids) {
        items.push(...(await cache.listByScope({ tool: scope.tool, site: scope.site, scopeId })));
      }
    }
    return {
      repos,
      scopes,
      feedback,
      milestones,
      measurements,
      items,
      businessDays: settings?.businessDays ?? DEFAULT_BUSINESS_DAYS,
    };
  }

  async function definitionsOf(partnerId: string): Promise<KpiDefinition[]> {
    const repos = await deps.repositories();
    return (await repos.kpiDefinitions.listByPartner(partnerId)).sort(
      (a, b) => a.order - b.order || a.createdAt.localeCompare(b.createdAt),
    );
  }

  /**
   * The partner's KPI view. `drafts` replaces the stored definitions, for the live preview
   * of a KPI being edited (nothing is stored then).
   */
  async function evaluate(
    partnerId: string,
    drafts?: KpiDefinition[],
    preloaded?: Awaited<ReturnType<typeof inputsFor>>,
  ): Promise<KpiView> {
    const input = preloaded ?? (await inputsFor(partnerId));
    const definitions = drafts ?? (await definitionsOf(partnerId));
    const now = deps.now();
    const results = evaluateKpis({
      definitions,
      items: input.items,
      feedback: input.feedback,
      milestones: input.milestones,
      manualMeasurements: input.measurements,
      scopes: input.scopes,
      now,
      timeZone: deps.timeZone(),
      businessDays: input.businessDays,
    });
    const from = new Date(now.getTime() - TREND_DAYS * 86_400_000).toISOString().slice(0, 10);
    const trends = Object.fromEntries(
      results.map((result) => [
        result.kpiId,
        dailySeries(input.measurements, result.kpiId, { from }).map((point) => ({
          date: point.date,
          value: point.value,
          status: point.status,
        })),
      ]),
    );
    return {
      results,
      health: healthScore(results),
      trends,
      itemCount: input.items.length,
      asOf: now.toISOString(),
    };
  }

  /** Computes and stores today's measurements; returns how many records were written. */
  async function record(partnerId: string): Promise<number> {
    // One read of the partner's data serves both the evaluation and the history check.
    const input = await inputsFor(partnerId);
    const view = await evaluate(partnerId, undefined, input);
    const writes = planMeasurementWrites(view.results, input.measurements);
    for (const measurement of writes) await input.repos.kpiMeasurements.put(measurement);
    return writes.length;
  }

  async function recordAll(): Promise<number> {
    const repos = await deps.repositories();
    let written = 0;
    for (const partner of await repos.partners.list()) written += await record(partner.id);
    return written;
  }

  return { evaluate, record, recordAll, definitionsOf };
}

export type KpiService = ReturnType<typeof createKpiService>;
