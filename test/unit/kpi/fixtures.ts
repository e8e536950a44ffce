import type { EvaluableKpi, ItemSet, KpiWindow, ScopeLike } from '../../../lib/kpi';
import { prepareItems, rollingWindow } from '../../../lib/kpi';
import type { KpiMetric } from '../../../lib/model/kpi-definition';
import {
  workItemSchema,
  type StatusCategory,
  type StatusTransition,
  type WorkItem,
} from '../../../lib/model/work-item';

export const PARTNER = '11111111-1111-4111-8111-111111111111';
export const OTHER_PARTNER = '22222222-2222-4222-8222-222222222222';
export const SCOPE = '33333333-3333-4333-8333-333333333331';
export const SCOPE_TRELLO = '33333333-3333-4333-8333-333333333332';
export const SCOPE_OTHER = '33333333-3333-4333-8333-333333333339';

export const SCOPES: ScopeLike[] = [
  {
    id: SCOPE,
    partnerId: PARTNER,
    tool: 'jira',
    site: 'https://acme.atlassian.net',
    ids: ['ACME', 'PAY'],
  },
  {
    id: SCOPE_TRELLO,
    partnerId: PARTNER,
    tool: 'trello',
    site: 'https://trello.com',
    ids: ['AbCdEf12'],
  },
  {
    id: SCOPE_OTHER,
    partnerId: OTHER_PARTNER,
    tool: 'jira',
    site: 'https://acme.atlassian.net',
    ids: ['OPS'],
  },
];

/** Mon–Fri, as Settings has it by default. */
export const WEEKDAYS = [1, 2, 3, 4, 5];

/**
 * A valid WorkItem whose status history is `steps` ([instant, category] pairs, oldest first),
 * filled in the way the normalisers do: created = first step, started = first doing, done = the
 * last move into done when the item ends done. Validated with the model's schema.
 */
export function flow(
  key: string,
  steps: [string, StatusCategory][],
  extra: Partial<WorkItem> = {},
): WorkItem {
  const transitions: StatusTransition[] = steps.map(([at, to], index) => ({
    at,
    from: index === 0 ? null : steps[index - 1]![1],
    to,
  }));
  const category = steps[steps.length - 1]![1];
  const firstDoing = steps.find(([, to]) => to === 'doing');
  const lastDone = [...transitions].reverse().find((t) => t.to === 'done' && t.from !== 'done');
  const projectKey = key.split('-')[0]!;
  return workItemSchema.parse({
    tool: 'jira',
    site: 'https://acme.atlassian.net',
    key,
    title: `Item ${key}`,
    url: `https://acme.atlassian.net/browse/${key}`,
    statusName: category,
    statusCategory: category,
    created: steps[0]![0],
    ...(firstDoing ? { started: firstDoing[0] } : {}),
    ...(category === 'done' && lastDone ? { done: lastDone.at } : {}),
    assignee: null,
    labels: [],
    components: [],
    project: { id: projectKey },
    transitions,
    ...extra,
  });
}

/** An item created on `created`, started on `started` (optional) and done on `done`. */
export function doneItem(
  key: string,
  done: string,
  options: { created?: string; started?: string; due?: string } & Partial<WorkItem> = {},
): WorkItem {
  const { created, started, due, ...extra } = options;
  const steps: [string, StatusCategory][] = [[created ?? '2026-01-01T00:00:00.000Z', 'todo']];
  if (started) steps.push([started, 'doing']);
  steps.push([done, 'done']);
  return flow(key, steps, { ...(due ? { due } : {}), ...extra });
}

export function prepared(
  items: WorkItem[],
  timeZone = 'UTC',
  now?: string,
  businessDays = WEEKDAYS,
): ItemSet {
  return prepareItems(items, {
    timeZone,
    businessDays,
    ...(now === undefined ? {} : { now: new Date(now) }),
  });
}

export function windowAt(now: string, days: number, timeZone = 'UTC'): KpiWindow {
  return rollingWindow(Date.parse(now), days, timeZone);
}

let sequence = 0;
/** A KPI definition with sensible defaults for the metric. */
export function definition(metric: KpiMetric, extra: Partial<EvaluableKpi> = {}): EvaluableKpi {
  sequence += 1;
  const higher = [
    'on-time-delivery',
    'throughput',
    'feedback-rating',
    'praise-share',
    'milestone-hit-rate',
    'manual',
  ].includes(metric);
  return {
    id: `44444444-4444-4444-8444-${String(sequence).padStart(12, '0')}`,
    partnerId: PARTNER,
    name: metric,
    metric,
    unit: '',
    direction: higher ? 'higher-is-better' : 'lower-is-better',
    target: higher ? 90 : 5,
    amberThreshold: higher ? 80 : 8,
    redThreshold: higher ? 70 : 12,
    windowDays: 30,
    weight: 1,
    scopeIds: [],
    labelFilter: [],
    dayKind: 'calendar',
    minSample: 0,
    ...extra,
  };
}
