import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  evaluateKpis,
  filterItems,
  healthScore,
  prepareItems,
  rollingWindow,
  type EvaluateKpisInput,
  type KpiResult,
} from '../../../lib/kpi';
import * as agingWip from '../../../lib/kpi/aging-wip';
import * as cycleTime from '../../../lib/kpi/cycle-time';
import * as leadTime from '../../../lib/kpi/lead-time';
import * as onTimeDelivery from '../../../lib/kpi/on-time-delivery';
import * as overdueItems from '../../../lib/kpi/overdue-items';
import * as reopenRate from '../../../lib/kpi/reopen-rate';
import * as throughput from '../../../lib/kpi/throughput';
import { benchInput, generateItems } from '../../bench/kpi-data';
import {
  definition,
  doneItem,
  flow,
  OTHER_PARTNER,
  PARTNER,
  SCOPE_TRELLO,
  SCOPES,
  WEEKDAYS,
} from './fixtures';

const NOW = '2026-03-31T12:00:00.000Z';
const base = (extra: Partial<EvaluateKpisInput>): EvaluateKpisInput => ({
  definitions: [],
  items: [],
  scopes: SCOPES,
  now: NOW,
  timeZone: 'UTC',
  businessDays: WEEKDAYS,
  ...extra,
});
const byName = (results: KpiResult[]) =>
  Object.fromEntries(results.map((result) => [result.name, result]));

describe('evaluateKpis', () => {
  const items = [
    doneItem('ACME-1', '2026-03-10T12:00:00.000Z', {
      created: '2026-03-01T12:00:00.000Z',
      started: '2026-03-08T12:00:00.000Z',
      due: '2026-03-12',
      labels: ['frontend'],
    }),
    doneItem('ACME-2', '2026-03-20T12:00:00.000Z', {
      created: '2026-03-10T12:00:00.000Z',
      started: '2026-03-16T12:00:00.000Z',
      due: '2026-03-18',
    }),
    doneItem('PAY-1', '2026-03-25T12:00:00.000Z', {
      created: '2026-03-20T12:00:00.000Z',
      started: '2026-03-21T12:00:00.000Z',
      due: '2026-03-25',
      labels: ['frontend'],
    }),
    flow(
      'ACME-3',
      [
        ['2026-03-01T12:00:00.000Z', 'todo'],
        ['2026-03-11T12:00:00.000Z', 'doing'],
      ],
      {
        due: '2026-03-28',
      },
    ),
    doneItem('OPS-1', '2026-03-20T12:00:00.000Z', { due: '2026-03-01' }), // another partner's
  ];
  const feedback = [
    {
      partnerId: PARTNER,
      rating: 5,
      kind: 'praise' as const,
      givenAt: '2026-03-11T09:00:00.000Z',
      itemKey: 'ACME-1',
      tool: 'jira' as const,
    },
    {
      partnerId: PARTNER,
      rating: 2,
      kind: 'issue' as const,
      givenAt: '2026-03-21T09:00:00.000Z',
      itemKey: 'ACME-2',
      tool: 'jira' as const,
    },
    {
      partnerId: OTHER_PARTNER,
      rating: 1,
      kind: 'issue' as const,
      givenAt: '2026-03-21T09:00:00.000Z',
    },
  ];
  const milestones = [
    {
      partnerId: PARTNER,
      title: 'Beta',
      dueDate: '2026-03-15',
      status: 'done' as const,
      doneDate: '2026-03-14',
      linkedItemKeys: ['ACME-1'],
    },
    {
      partnerId: PARTNER,
      title: 'GA',
      dueDate: '2026-03-25',
      status: 'planned' as const,
      linkedItemKeys: ['ACME-2'],
    },
  ];
  const manualKpi = definition('manual', {
    name: 'NPS',
    target: 40,
    amberThreshold: 30,
    redThreshold: 20,
    minSample: 3,
  });
  const manualMeasurements = [
    {
      kpiId: manualKpi.id,
      date: '2026-03-15',
      value: 35,
      source: 'manual' as const,
      enteredBy: 'Dana Lee',
      note: 'Survey',
    },
  ];
  const definitions = [
    definition('on-time-delivery', {
      name: 'on-time',
      target: 90,
      amberThreshold: 60,
      redThreshold: 50,
    }),
    definition('on-time-delivery', { name: 'on-time frontend', labelFilter: ['frontend'] }),
    definition('cycle-time', {
      name: 'cycle median',
      target: 3,
      amberThreshold: 4,
      redThreshold: 6,
    }),
    definition('cycle-time', {
      name: 'cycle p85',
      statistic: 'p85',
      target: 3,
      amberThreshold: 4,
      redThreshold: 6,
    }),
    definition('lead-time', { name: 'lead', target: 7, amberThreshold: 10, redThreshold: 14 }),
    definition('throughput', {
      name: 'throughput',
      windowDays: 28,
      target: 1,
      amberThreshold: 0.5,
      redThreshold: 0.25,
    }),
    definition('reopen-rate', { name: 'reopen', target: 5, amberThreshold: 10, redThreshold: 20 }),
    definition('overdue-items', { name: 'overdue', target: 0, amberThreshold: 1, redThreshold: 3 }),
    definition('aging-wip', { name: 'aging', target: 10, amberThreshold: 14, redThreshold: 21 }),
    definition('feedback-rating', {
      name: 'rating',
      target: 4,
      amberThreshold: 3,
      redThreshold: 2,
    }),
    definition('feedback-rating', {
      name: 'rating frontend',
      labelFilter: ['frontend'],
      target: 4,
      amberThreshold: 3,
      redThreshold: 2,
    }),
    definition('praise-share', {
      name: 'praise',
      target: 60,
      amberThreshold: 40,
      redThreshold: 20,
    }),
    definition('milestone-hit-rate', { name: 'milestones' }),
    manualKpi,
    definition('throughput', { name: 'deleted', deleted: true }),
  ];

  it('computes every catalogue KPI with its status and reason', () => {
    const results = evaluateKpis(
      base({ definitions, items, feedback, milestones, manualMeasurements }),
    );
    expect(results).toHaveLength(definitions.length - 1);
    const named = byName(results);
    // On time: ACME-1 (10 ≤ 12), PAY-1 (on the due day); ACME-2 late. OPS-1 is not the partner's.
    expect(named['on-time']).toMatchObject({
      value: (2 / 3) * 100,
      sampleSize: 3,
      status: 'green',
    });
    expect(named['on-time frontend']).toMatchObject({ value: 100, sampleSize: 2, status: 'green' });
    // Cycle times 2, 4, 4 days.
    expect(named['cycle median']).toMatchObject({
      value: 4,
      status: 'green',
      reason: '4 is short of the target of 3, within the amber threshold of 4',
    });
    expect(named['cycle p85']?.value).toBeCloseTo(4, 9);
    // Lead times 9, 10, 5 → median 9.
    expect(named['lead']).toMatchObject({ value: 9, status: 'green' });
    // 3 done in 28 days = 0.75 a week.
    expect(named['throughput']).toMatchObject({ value: 0.75, sampleSize: 4, status: 'green' });
    expect(named['reopen']).toMatchObject({ value: 0, sampleSize: 3, status: 'green' });
    // ACME-3 was due 28 March.
    expect(named['overdue']).toMatchObject({ value: 1, status: 'green' });
    // ACME-3 in progress since 11 March 12:00: 20 days.
    expect(named['aging']).toMatchObject({ value: 20, status: 'amber' });
    expect(named['rating']).toMatchObject({ value: 3.5, sampleSize: 2, status: 'green' });
    // Only feedback on frontend-labelled items.
    expect(named['rating frontend']).toMatchObject({ value: 5, sampleSize: 1 });
    expect(named['praise']).toMatchObject({ value: 50, status: 'green' });
    // Beta hit on 14 March; GA (due 25 March) not done.
    expect(named['milestones']).toMatchObject({ value: 50, sampleSize: 2, status: 'red' });
    // One manual entry is enough for a manual KPI whatever its minimum sample.
    expect(named['NPS']).toMatchObject({ value: 35, minSample: 1, status: 'green' });
    expect(named['NPS']?.detail).toBe('35 entered by Dana Lee for 2026-03-15: “Survey”');

    expect(named['on-time']).toMatchObject({
      kpiId: definitions[0]!.id,
      partnerId: PARTNER,
      metric: 'on-time-delivery',
      formula: onTimeDelivery.FORMULA,
      window: {
        timeZone: 'UTC',
        days: 30,
        start: '2026-03-02T00:00:00.000Z',
        end: NOW,
        startDate: '2026-03-02',
        endDate: '2026-03-31',
      },
    });
    expect(healthScore(results).score).not.toBeNull();
  });

  it('gives every KPI "no data" with a reason on empty input', () => {
    const results = evaluateKpis(
      base({ definitions: definitions.map((kpi) => ({ ...kpi, minSample: 3 })) }),
    );
    for (const result of results) {
      expect(result.value).toBeNull();
      expect(result.status).toBe('none');
      expect(result.reason).not.toBe('');
    }
    const named = byName(results);
    expect(named['on-time']?.reason).toBe(
      '0 items with a due date done in the last 30 days; 3 needed',
    );
    expect(named['NPS']?.reason).toBe('0 values entered in the last 30 days; 1 needed');
    const noMinimum = byName(evaluateKpis(base({ definitions })));
    expect(noMinimum['on-time']?.reason).toBe(
      'No items with a due date were done in the last 30 days',
    );
    expect(healthScore(results).score).toBeNull();
  });

  it('says when the partner has no projects or boards mapped, or the chosen ones are gone', () => {
    const results = evaluateKpis(
      base({
        items,
        scopes: [],
        definitions: [
          definition('throughput', { name: 'all' }),
          definition('throughput', { name: 'chosen', scopeIds: [SCOPE_TRELLO] }),
        ],
      }),
    );
    expect(byName(results)['all']).toMatchObject({
      status: 'none',
      reason: 'No projects or boards are mapped to this partner yet',
    });
    expect(byName(results)['chosen']?.reason).toBe(
      'None of the chosen projects or boards is mapped to this partner any more',
    );
  });

  it('rejects an unknown time zone', () => {
    expect(() => evaluateKpis(base({ definitions, timeZone: 'Not/AZone' }))).toThrow(
      /Unknown time zone/,
    );
  });

  it('gives the same values as computing each KPI on its own (shared buckets and samples)', () => {
    const input = benchInput(600);
    const results = evaluateKpis(input);
    const now = Date.parse(input.now as string);
    for (const [index, kpi] of input.definitions.entries()) {
      const window = rollingWindow(now, kpi.windowDays, input.timeZone);
      const items = prepareItems(filterItems(input.items, kpi, input.scopes), { ...input, now });
      const options = {
        items,
        dayKind: kpi.dayKind,
        statistic: kpi.statistic ?? 'median',
      } as const;
      const direct =
        kpi.metric === 'on-time-delivery'
          ? onTimeDelivery.compute({ items }, window)
          : kpi.metric === 'cycle-time'
            ? cycleTime.compute(options, window)
            : kpi.metric === 'lead-time'
              ? leadTime.compute(options, window)
              : kpi.metric === 'throughput'
                ? throughput.compute({ items }, window)
                : kpi.metric === 'reopen-rate'
                  ? reopenRate.compute({ items }, window)
                  : kpi.metric === 'overdue-items'
                    ? overdueItems.compute({ items }, window)
                    : kpi.metric === 'aging-wip'
                      ? agingWip.compute(
                          {
                            items,
                            dayKind: kpi.dayKind,
                            agingDays: kpi.agingDays ?? 14,
                            value: kpi.agingValue ?? 'oldest-age',
                          },
                          window,
                        )
                      : undefined;
      if (direct === undefined) continue;
      const result = results[index]!;
      expect({
        name: kpi.name,
        value: result.value,
        sampleSize: result.sampleSize,
        detail: result.detail,
      }).toEqual({
        name: kpi.name,
        ...direct,
      });
    }
  });

  it('keeps values in range and gives no colour without a value, for any data, zone and window', () => {
    const input = benchInput(0);
    const percent = new Set([
      'on-time-delivery',
      'reopen-rate',
      'praise-share',
      'milestone-hit-rate',
    ]);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: 120 }),
        fc.constantFrom('UTC', 'Europe/Berlin', 'America/New_York', 'Pacific/Chatham'),
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 0, max: 5 }),
        (seed, count, timeZone, windowDays, minSample) => {
          const results = evaluateKpis({
            ...input,
            items: generateItems(count, 10, seed),
            timeZone,
            definitions: input.definitions.map((kpi) => ({ ...kpi, windowDays, minSample })),
          });
          for (const result of results) {
            if (result.value === null) expect(result.status).toBe('none');
            else {
              expect(Number.isFinite(result.value)).toBe(true);
              expect(result.value).toBeGreaterThanOrEqual(0);
              if (percent.has(result.metric)) expect(result.value).toBeLessThanOrEqual(100);
            }
            if (result.sampleSize < result.minSample) expect(result.status).toBe('none');
            expect(result.reason.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
