import { describe, expect, it } from 'vitest';
import { createHandlers } from '@/lib/background/handlers';
import { createKpiService } from '@/lib/background/kpi-service';
import { createRepositories } from '@/lib/db/repositories';
import { createWorkItemCache } from '@/lib/db/work-item-cache';
import type { CallContext } from '@/lib/messaging/router';
import { kpiDefinitionInputSchema } from '@/lib/model/kpi-definition';
import { partnerInputSchema } from '@/lib/model/partner';
import { scopeInputSchema } from '@/lib/model/scope';
import type { WorkItem } from '@/lib/model/work-item';
import { freshDb, testStamper } from '../db/test-db';

const NOW = new Date('2026-02-10T12:00:00.000Z');
const SITE = 'https://acme.atlassian.net';
const options: CallContext = {
  senderKind: 'extension',
  sender: { id: 'ext', url: 'chrome-extension://ext/options.html' },
};
const tab = (url: string): CallContext => ({
  senderKind: 'content',
  sender: { id: 'ext', url, tab: { id: 1 }, frameId: 0 },
});

/** Done items: `late` of them finished after their due date. */
function doneItems(count: number, late: number): WorkItem[] {
  return Array.from({ length: count }, (_, i) => ({
    tool: 'jira',
    site: SITE,
    key: `ACME-${i + 1}`,
    title: `Issue ${i + 1}`,
    url: `${SITE}/browse/ACME-${i + 1}`,
    statusName: 'Done',
    statusCategory: 'done',
    created: '2026-01-20T09:00:00.000Z',
    started: '2026-01-22T09:00:00.000Z',
    done: i < late ? '2026-02-06T09:00:00.000Z' : '2026-02-03T09:00:00.000Z',
    due: '2026-02-05',
    assignee: null,
    labels: [],
    components: [],
    project: { id: 'ACME' },
    transitions: [
      { at: '2026-01-20T09:00:00.000Z', from: null, to: 'todo' },
      { at: '2026-01-22T09:00:00.000Z', from: 'todo', to: 'doing' },
      {
        at: i < late ? '2026-02-06T09:00:00.000Z' : '2026-02-03T09:00:00.000Z',
        from: 'doing',
        to: 'done',
      },
    ],
  }));
}

async function setup() {
  const db = await freshDb();
  const repos = createRepositories(db, testStamper('device-a', NOW.getTime()).stamper);
  const cache = createWorkItemCache(db);
  const now = () => NOW;
  const kpis = createKpiService({
    repositories: async () => repos,
    workItemCache: async () => cache,
    now,
    timeZone: () => 'Europe/Berlin',
  });
  const handlers = createHandlers({
    repositories: async () => repos,
    workItemCache: async () => cache,
    kpis,
    now,
    timeZone: () => 'Europe/Berlin',
    injectSidebar: async () => undefined,
    injectInline: async () => undefined,
    sidebarState: async () => ({ open: true, width: 340 }),
    openOptions: async () => undefined,
    tabUrl: async () => undefined,
    jiraSites: { list: async () => [], add: async () => [], remove: async () => [] },
  });
  const partner = await handlers['partners.save'](
    partnerInputSchema.parse({ name: 'Acme' }),
    options,
  );
  await handlers['scopes.save'](
    scopeInputSchema.parse({ partnerId: partner.id, tool: 'jira', site: SITE, ids: ['ACME'] }),
    options,
  );
  await cache.ingest({
    tool: 'jira',
    site: SITE,
    scopeId: 'ACME',
    items: doneItems(10, 2),
    removedKeys: [],
    skipped: [],
    loadStartedAt: NOW.toISOString(),
    complete: true,
    startsFullLoad: true,
  });
  return { handlers, partner, repos, kpis };
}

const onTime = (partnerId: string, target: number) =>
  kpiDefinitionInputSchema.parse({
    partnerId,
    name: 'On-time delivery',
    metric: 'on-time-delivery',
    unit: '%',
    direction: 'higher-is-better',
    target,
    amberThreshold: target - 5,
    redThreshold: 60,
    windowDays: 30,
    minSample: 5,
  });

describe('KPI handlers', () => {
  it('computes a saved KPI from the cached items, with status, health and a recorded measurement', async () => {
    const { handlers, partner, kpis, repos } = await setup();
    const kpi = await handlers['kpis.save'](onTime(partner.id, 90), options);
    const view = await handlers['kpis.view']({ partnerId: partner.id }, options);
    expect(view.itemCount).toBe(10);
    const [result] = view.results;
    expect(result).toMatchObject({ kpiId: kpi.id, value: 80, status: 'amber' });
    expect(view.health.score).toBe(50);

    await kpis.record(partner.id);
    const measurements = await repos.kpiMeasurements.listByKpi(kpi.id);
    expect(measurements).toHaveLength(1);
    expect(measurements[0]).toMatchObject({ value: 80, status: 'amber', source: 'computed' });
  });

  it('previews a draft against the cached data without storing it', async () => {
    const { handlers, partner, repos } = await setup();
    const green = await handlers['kpis.preview']({ draft: onTime(partner.id, 80) }, options);
    expect(green).toMatchObject({ value: 80, status: 'green' });
    const amber = await handlers['kpis.preview']({ draft: onTime(partner.id, 95) }, options);
    expect(amber.status).toBe('amber');
    expect(await repos.kpiDefinitions.list()).toEqual([]);
  });

  it('applies a template, keeps the order, and reorders', async () => {
    const { handlers, partner } = await setup();
    const kpis = await handlers['kpis.applyTemplate'](
      { partnerId: partner.id, templateId: 'delivery-basics' },
      options,
    );
    expect(kpis.map((kpi) => kpi.order)).toEqual(kpis.map((_, index) => index));
    const reversed = kpis.map((kpi) => kpi.id).reverse();
    const reordered = await handlers['kpis.reorder'](
      { partnerId: partner.id, ids: reversed },
      options,
    );
    expect(reordered.map((kpi) => kpi.id)).toEqual(reversed);
  });

  it('keeps a manual value with its note', async () => {
    const { handlers, partner } = await setup();
    const kpi = await handlers['kpis.save'](
      kpiDefinitionInputSchema.parse({
        partnerId: partner.id,
        name: 'CSAT',
        metric: 'manual',
        unit: '%',
        direction: 'higher-is-better',
        target: 90,
        amberThreshold: 88,
        redThreshold: 70,
      }),
      options,
    );
    const entry = await handlers['kpis.addManual'](
      { kpiId: kpi.id, date: '2026-02-09', value: 85, note: 'Survey of January' },
      options,
    );
    expect(entry).toMatchObject({
      source: 'manual',
      value: 85,
      status: 'amber',
      note: 'Survey of January',
    });
    const view = await handlers['kpis.view']({ partnerId: partner.id }, options);
    expect(view.results.find((result) => result.kpiId === kpi.id)).toMatchObject({ value: 85 });
  });

  it('shows a partner’s KPIs to a content script only on a site where it is mapped', async () => {
    const { handlers, partner } = await setup();
    await expect(
      handlers['kpis.view']({ partnerId: partner.id }, tab(`${SITE}/browse/ACME-1`)),
    ).resolves.toMatchObject({ itemCount: 10 });
    await expect(
      handlers['kpis.view']({ partnerId: partner.id }, tab('https://trello.com/b/AbCd1234/x')),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });
});
