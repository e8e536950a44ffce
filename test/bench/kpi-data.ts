import type {
  EvaluableKpi,
  EvaluateKpisInput,
  FeedbackLike,
  ManualEntryLike,
  MilestoneLike,
  ScopeLike,
} from '../../lib/kpi';
import type { KpiMetric } from '../../lib/model/kpi-definition';
import type { StatusCategory, StatusTransition, WorkItem } from '../../lib/model/work-item';

/** mulberry32: small, fast, deterministic. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export const PARTNER = '11111111-1111-4111-8111-111111111111';
const OTHER_PARTNER = '22222222-2222-4222-8222-222222222222';
const SCOPE_JIRA = '33333333-3333-4333-8333-333333333331';
const SCOPE_TRELLO = '33333333-3333-4333-8333-333333333332';
const SCOPE_ASANA = '33333333-3333-4333-8333-333333333333';
const SCOPE_OTHER = '33333333-3333-4333-8333-333333333334';

export const BENCH_NOW = '2026-03-15T12:00:00.000Z';
const NOW_MS = Date.parse(BENCH_NOW);
const DAY = 86_400_000;

export const BENCH_SCOPES: ScopeLike[] = [
  {
    id: SCOPE_JIRA,
    partnerId: PARTNER,
    tool: 'jira',
    site: 'https://acme.atlassian.net',
    ids: ['ACME', 'PAY', 'WEB'],
  },
  {
    id: SCOPE_TRELLO,
    partnerId: PARTNER,
    tool: 'trello',
    site: 'https://trello.com',
    ids: ['AbCdEf12'],
  },
  {
    id: SCOPE_ASANA,
    partnerId: PARTNER,
    tool: 'asana',
    site: 'https://app.asana.com',
    ids: ['1200000000000001'],
  },
  {
    id: SCOPE_OTHER,
    partnerId: OTHER_PARTNER,
    tool: 'jira',
    site: 'https://acme.atlassian.net',
    ids: ['OPS'],
  },
];

const PROJECTS: { tool: WorkItem['tool']; site: string; id: string }[] = [
  { tool: 'jira', site: 'https://acme.atlassian.net', id: 'ACME' },
  { tool: 'jira', site: 'https://acme.atlassian.net', id: 'PAY' },
  { tool: 'jira', site: 'https://acme.atlassian.net', id: 'WEB' },
  { tool: 'trello', site: 'https://trello.com', id: 'AbCdEf12' },
  { tool: 'asana', site: 'https://app.asana.com', id: '1200000000000001' },
  { tool: 'jira', site: 'https://acme.atlassian.net', id: 'OPS' },
];
const LABELS = ['frontend', 'backend', 'urgent', 'customer', 'tech-debt'];
const TYPES = ['Story', 'Bug', 'Task'];
const NEXT: Record<StatusCategory, StatusCategory[]> = {
  todo: ['doing', 'doing', 'doing', 'done'],
  doing: ['done', 'done', 'todo'],
  done: ['doing', 'todo'],
};

/**
 * `count` work items with exactly `transitionsPerItem` status changes each, spread over the
 * 400 days before BENCH_NOW, across the partner's Jira, Trello and Asana scopes and one scope of
 * another partner. Deterministic for a seed.
 */
export function generateItems(count: number, transitionsPerItem = 10, seed = 42): WorkItem[] {
  const random = seededRandom(seed);
  const items: WorkItem[] = [];
  for (let index = 0; index < count; index += 1) {
    const project = PROJECTS[Math.floor(random() * PROJECTS.length)]!;
    let at = NOW_MS - Math.floor(random() * 400 * DAY);
    const transitions: StatusTransition[] = [];
    let category: StatusCategory = 'todo';
    transitions.push({ at: new Date(at).toISOString(), from: null, to: 'todo' });
    let started: string | undefined;
    for (let step = 1; step < transitionsPerItem; step += 1) {
      at += Math.floor(random() * 3 * DAY) + 60_000;
      if (at > NOW_MS) at = NOW_MS - (transitionsPerItem - step) * 1000;
      const options: StatusCategory[] = NEXT[category];
      const next: StatusCategory = options[Math.floor(random() * options.length)]!;
      const iso = new Date(at).toISOString();
      transitions.push({ at: iso, from: category, to: next });
      if (next === 'doing' && started === undefined) started = iso;
      category = next;
    }
    // Make transitions non-decreasing even after clamping to now.
    for (let step = 1; step < transitions.length; step += 1) {
      if (transitions[step]!.at < transitions[step - 1]!.at)
        transitions[step]!.at = transitions[step - 1]!.at;
    }
    const created = transitions[0]!.at;
    const dueRoll = random();
    const dueMs = Date.parse(created) + Math.floor(random() * 30 * DAY);
    const due =
      dueRoll < 0.5
        ? new Date(dueMs).toISOString().slice(0, 10)
        : dueRoll < 0.7
          ? new Date(dueMs).toISOString()
          : undefined;
    const key = project.tool === 'jira' ? `${project.id}-${index + 1}` : `card${index}`;
    items.push({
      tool: project.tool,
      site: project.site,
      key,
      title: `Item ${index}`,
      url: `${project.site}/browse/${key}`,
      statusName: category,
      statusCategory: category,
      created,
      ...(started === undefined ? {} : { started }),
      ...(category === 'done' ? { done: transitions[transitions.length - 1]!.at } : {}),
      ...(due === undefined ? {} : { due }),
      assignee: null,
      labels: [LABELS[Math.floor(random() * LABELS.length)]!],
      components: [],
      project: { id: project.id },
      ...(project.tool === 'trello'
        ? {}
        : { itemType: TYPES[Math.floor(random() * TYPES.length)]! }),
      transitions,
    });
  }
  return items;
}

let kpiCounter = 0;
function kpi(metric: KpiMetric, extra: Partial<EvaluableKpi> = {}): EvaluableKpi {
  kpiCounter += 1;
  const higher = [
    'on-time-delivery',
    'throughput',
    'feedback-rating',
    'praise-share',
    'milestone-hit-rate',
    'manual',
  ].includes(metric);
  return {
    id: `44444444-4444-4444-8444-${String(kpiCounter).padStart(12, '0')}`,
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
    minSample: 3,
    ...extra,
  };
}

/** A realistic KPI set: every catalogue metric, some twice with other options or filters. */
export function benchDefinitions(): EvaluableKpi[] {
  kpiCounter = 0;
  return [
    kpi('on-time-delivery'),
    kpi('on-time-delivery', { windowDays: 90, labelFilter: ['urgent'] }),
    kpi('cycle-time'),
    kpi('cycle-time', { statistic: 'p85' }),
    kpi('cycle-time', { dayKind: 'business', windowDays: 90 }),
    kpi('lead-time'),
    kpi('lead-time', { statistic: 'p85', scopeIds: [SCOPE_JIRA], itemTypeFilter: ['Bug'] }),
    kpi('throughput', { windowDays: 28 }),
    kpi('reopen-rate'),
    kpi('overdue-items'),
    kpi('aging-wip', { agingDays: 14 }),
    kpi('aging-wip', { agingValue: 'count-over', dayKind: 'business' }),
    kpi('feedback-rating'),
    kpi('praise-share', { windowDays: 90 }),
    kpi('milestone-hit-rate', { windowDays: 180 }),
    kpi('manual', { windowDays: 90 }),
  ];
}

export function benchInput(itemCount: number): EvaluateKpisInput {
  const random = seededRandom(7);
  const items = generateItems(itemCount);
  const feedback: FeedbackLike[] = Array.from(
    { length: Math.ceil(itemCount / 10) },
    (_, index) => ({
      partnerId: PARTNER,
      rating: 1 + Math.floor(random() * 5),
      kind: (['praise', 'constructive', 'issue'] as const)[index % 3]!,
      givenAt: new Date(NOW_MS - Math.floor(random() * 200 * DAY)).toISOString(),
      itemKey: items[index]?.key,
      tool: items[index]?.tool,
    }),
  );
  const milestones: MilestoneLike[] = Array.from({ length: 100 }, (_, index) => {
    const due = new Date(NOW_MS - Math.floor((random() - 0.3) * 300 * DAY))
      .toISOString()
      .slice(0, 10);
    const done = random() < 0.6;
    return {
      partnerId: PARTNER,
      title: `Milestone ${index}`,
      dueDate: due,
      status: done ? 'done' : 'planned',
      ...(done
        ? {
            doneDate: new Date(Date.parse(due) + Math.floor((random() - 0.6) * 20) * DAY)
              .toISOString()
              .slice(0, 10),
          }
        : {}),
      linkedItemKeys: [items[index]?.key ?? 'ACME-1'],
    };
  });
  const definitions = benchDefinitions();
  const manualKpi = definitions.find((definition) => definition.metric === 'manual')!;
  const manualMeasurements: ManualEntryLike[] = Array.from({ length: 12 }, (_, index) => ({
    kpiId: manualKpi.id,
    date: new Date(NOW_MS - index * 30 * DAY).toISOString().slice(0, 10),
    value: 70 + index,
    source: 'manual',
    enteredBy: 'Dana Lee',
    note: 'Quarterly survey',
  }));
  return {
    definitions,
    items,
    feedback,
    milestones,
    manualMeasurements,
    scopes: BENCH_SCOPES,
    now: BENCH_NOW,
    timeZone: 'Europe/Berlin',
    businessDays: [1, 2, 3, 4, 5],
  };
}
