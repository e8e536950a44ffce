import type { RecordInputOf, RecordStoreName, WorkItem } from '../../../lib/model';

/** Fixed ids so tests can refer to the records they build. */
export const IDS = {
  partner: '11111111-1111-4111-8111-111111111111',
  otherPartner: '22222222-2222-4222-8222-222222222222',
  scope: '33333333-3333-4333-8333-333333333333',
  kpi: '44444444-4444-4444-8444-444444444444',
} as const;

/** A valid write input for each store, owned by `partnerId` where the store is partner-owned. */
export function sampleInputs(partnerId: string = IDS.partner): {
  [Name in RecordStoreName]: RecordInputOf<Name>;
} {
  return {
    partners: { name: 'Acme Delivery', contractStart: '2026-01-01', contractEnd: '2026-12-31' },
    scopes: {
      partnerId,
      tool: 'jira',
      site: 'https://acme.atlassian.net',
      ids: ['ACME'],
    },
    raci: { partnerId, role: 'A', party: 'internal', person: { name: 'Dana Lee' } },
    kpiDefinitions: {
      partnerId,
      name: 'On-time delivery',
      metric: 'on-time-delivery',
      unit: '%',
      direction: 'higher-is-better',
      target: 95,
      amberThreshold: 85,
      redThreshold: 70,
    },
    kpiMeasurements: {
      kpiId: IDS.kpi,
      partnerId,
      date: '2026-03-02',
      value: 91.5,
      status: 'amber',
      sampleSize: 24,
      source: 'computed',
    },
    feedback: {
      partnerId,
      itemKey: 'ACME-12',
      itemUrl: 'https://acme.atlassian.net/browse/ACME-12',
      tool: 'jira',
      rating: 5,
      kind: 'praise',
      categories: ['quality', 'timeliness'],
      givenAt: '2026-03-02T10:15:00.000Z',
    },
    risks: {
      partnerId,
      title: 'Key developer leaving',
      probability: 3,
      impact: 4,
      mitigation: 'Pair a second developer on the payment module',
    },
    milestones: {
      partnerId,
      title: 'Checkout beta',
      dueDate: '2026-04-30',
      deliverables: ['Payment flow', 'Release notes'],
      linkedItemKeys: ['ACME-12'],
    },
    touchpoints: {
      partnerId,
      kind: 'weekly-sync',
      cadenceDays: 7,
      heldAt: '2026-03-02T09:00:00.000Z',
      actionItems: [{ text: 'Send the test plan', owner: 'Acme', due: '2026-03-06' }],
    },
    reviews: {
      partnerId,
      periodStart: '2026-01-01',
      periodEnd: '2026-03-31',
      decision: 'continue',
      kpiSnapshot: [{ kpiId: IDS.kpi, name: 'On-time delivery', value: 91.5, status: 'amber' }],
    },
    promptStates: {
      partnerId,
      subject: 'item:jira:https://acme.atlassian.net:ACME-12',
      snoozedUntil: '2026-03-09T09:00:00.000Z',
    },
    settings: { noFeedbackNudgeDays: 10 },
  };
}

export function sampleWorkItem(overrides: Partial<WorkItem> = {}): WorkItem {
  return {
    tool: 'jira',
    site: 'https://acme.atlassian.net',
    key: 'ACME-12',
    title: 'Checkout page',
    url: 'https://acme.atlassian.net/browse/ACME-12',
    statusName: 'Done',
    statusCategory: 'done',
    created: '2026-02-01T08:00:00.000Z',
    started: '2026-02-03T08:00:00.000Z',
    done: '2026-02-10T17:00:00.000Z',
    due: '2026-02-12',
    assignee: { name: 'Sam Partner' },
    labels: ['frontend'],
    components: [],
    project: { id: 'ACME', name: 'Acme' },
    itemType: 'Story',
    transitions: [
      { at: '2026-02-01T08:00:00.000Z', from: null, to: 'todo' },
      { at: '2026-02-03T08:00:00.000Z', from: 'todo', to: 'doing' },
      { at: '2026-02-10T17:00:00.000Z', from: 'doing', to: 'done' },
    ],
    ...overrides,
  };
}
