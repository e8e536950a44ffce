// Records for the KPI setup's component tests (not part of the extension bundle).
import type { Mock } from 'vitest';
import type { KpiResultView, KpiView } from '@/lib/messaging/kpi-schemas';
import type { KpiDefinition } from '@/lib/model/kpi-definition';
import type { Scope } from '@/lib/model/scope';

export const PARTNER_ID = '11111111-1111-4111-8111-111111111111';
export const KPI_A = '22222222-2222-4222-8222-222222222222';
export const KPI_B = '33333333-3333-4333-8333-333333333333';
export const KPI_C = '44444444-4444-4444-8444-444444444444';
export const SCOPE_ID = '55555555-5555-4555-8555-555555555555';

const META = {
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt: '2026-11-01T09:00:00.000Z',
  hlc: '1',
  deviceId: 'device',
  deleted: false,
};

export function kpiDefinition(overrides: Partial<KpiDefinition> = {}): KpiDefinition {
  return {
    ...META,
    id: KPI_A,
    partnerId: PARTNER_ID,
    name: 'On-time delivery',
    metric: 'on-time-delivery',
    unit: '%',
    direction: 'higher-is-better',
    target: 90,
    amberThreshold: 80,
    redThreshold: 70,
    windowDays: 30,
    weight: 2,
    scopeIds: [],
    labelFilter: [],
    dayKind: 'calendar',
    minSample: 5,
    itemTypeFilter: [],
    statistic: 'median',
    agingDays: 14,
    agingValue: 'oldest-age',
    order: 0,
    ...overrides,
  };
}

export function kpiResult(
  kpi: KpiDefinition,
  overrides: Partial<KpiResultView> = {},
): KpiResultView {
  return {
    kpiId: kpi.id,
    partnerId: kpi.partnerId,
    name: kpi.name,
    metric: kpi.metric,
    unit: kpi.unit,
    direction: kpi.direction,
    target: kpi.target,
    amberThreshold: kpi.amberThreshold,
    redThreshold: kpi.redThreshold,
    weight: kpi.weight,
    value: 100,
    sampleSize: 6,
    minSample: kpi.minSample,
    status: 'green',
    reason: '100% meets the target of 90%',
    detail: '6 of 6 items with a due date done in the last 30 days were on time',
    formula: 'formula',
    window: {
      timeZone: 'UTC',
      days: kpi.windowDays,
      start: '2026-10-30T00:00:00.000Z',
      end: '2026-11-28T12:00:00.000Z',
      startDate: '2026-10-30',
      endDate: '2026-11-28',
    },
    ...overrides,
  };
}

export function kpiView(results: KpiResultView[], overrides: Partial<KpiView> = {}): KpiView {
  return {
    results,
    health: { score: null, green: 0, amber: 0, red: 0, noData: 0, detail: 'No KPIs defined' },
    trends: {},
    itemCount: 12,
    asOf: '2026-11-28T12:00:00.000Z',
    ...overrides,
  };
}

export const SCOPE: Scope = {
  ...META,
  id: SCOPE_ID,
  partnerId: PARTNER_ID,
  tool: 'jira',
  site: 'https://acme.atlassian.net',
  ids: ['ACME'],
  label: 'Acme Checkout',
};

/** `callBackground` as a plain mock: method and params in, a promise of the answer out. */
export type CallMock = Mock<(method: string, params: Record<string, unknown>) => Promise<unknown>>;

/** Answers calls from a table of handlers; an unknown method fails the test. */
export function answerCalls(
  mock: CallMock,
  handlers: Record<string, (params: Record<string, unknown>) => unknown>,
) {
  mock.mockImplementation(async (method, params) => {
    const handler = handlers[method];
    if (!handler) throw new Error(`Unexpected call ${method}`);
    return handler(params);
  });
}

/** The calls made to `method`, with their params. */
export function callsOf(mock: CallMock, method: string): Record<string, unknown>[] {
  return mock.mock.calls.filter(([name]) => name === method).map(([, params]) => params);
}
