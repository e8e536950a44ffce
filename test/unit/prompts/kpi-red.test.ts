import { describe, expect, it } from 'vitest';
import { PARTNER_ID, kpi, measurement, nudgesAt, ofRule } from './fixtures';

const rule = 'kpi-red';
const NOW = '2026-03-20T12:00:00.000Z';

describe('KPI turned red', () => {
  const onTime = kpi();

  it('nudges when the latest measurement is red after one that was not', () => {
    const history = [
      measurement(onTime.id, '2026-03-17', 'green', 92),
      measurement(onTime.id, '2026-03-18', 'amber', 75),
      measurement(onTime.id, '2026-03-19', 'red', 64),
      measurement(onTime.id, '2026-03-20', 'red', 61),
    ];
    const [nudge] = ofRule(
      nudgesAt(NOW, { kpiDefinitions: [onTime], kpiMeasurements: history }),
      rule,
    );
    expect(nudge).toMatchObject({
      subject: `nudge:kpi-red:${PARTNER_ID}:${onTime.id}:2026-03-19`,
      title: 'On-time delivery turned red for Acme',
      action: { kind: 'open-options', route: `#/partners/${PARTNER_ID}/kpis` },
      since: '2026-03-19T00:00:00.000Z',
    });
    expect(nudge!.reason).toBe(
      'On-time delivery is 61% (2026-03-20), below its red threshold of 70%; the target is 90%. It has been red since Thu, 19 Mar 2026.',
    );
  });

  it('is quiet when the latest measurement is not red', () => {
    const history = [
      measurement(onTime.id, '2026-03-18', 'red', 60),
      measurement(onTime.id, '2026-03-19', 'amber', 75),
    ];
    expect(
      ofRule(nudgesAt(NOW, { kpiDefinitions: [onTime], kpiMeasurements: history }), rule),
    ).toEqual([]);
  });

  it('treats a first measurement that is red as turned red', () => {
    const history = [measurement(onTime.id, '2026-03-19', 'red', 60)];
    expect(
      ofRule(nudgesAt(NOW, { kpiDefinitions: [onTime], kpiMeasurements: history }), rule),
    ).toHaveLength(1);
  });

  it('skips days without data, so red, none, red is one run', () => {
    const history = [
      measurement(onTime.id, '2026-03-16', 'green', 95),
      measurement(onTime.id, '2026-03-17', 'red', 60),
      measurement(onTime.id, '2026-03-18', 'none'),
      measurement(onTime.id, '2026-03-19', 'red', 60),
    ];
    const [nudge] = ofRule(
      nudgesAt(NOW, { kpiDefinitions: [onTime], kpiMeasurements: history }),
      rule,
    );
    expect(nudge!.subject.endsWith(':2026-03-17')).toBe(true);
    // With only "none" now, there is nothing to judge.
    const noneNow = [...history, measurement(onTime.id, '2026-03-20', 'none')];
    expect(
      ofRule(nudgesAt(NOW, { kpiDefinitions: [onTime], kpiMeasurements: noneNow }), rule),
    ).toHaveLength(1);
  });

  it('lets a value entered by hand win over the computed one of the same day', () => {
    const history = [
      measurement(onTime.id, '2026-03-19', 'green', 95),
      measurement(onTime.id, '2026-03-20', 'green', 95),
      measurement(onTime.id, '2026-03-20', 'red', 40, 'manual'),
    ];
    expect(
      ofRule(nudgesAt(NOW, { kpiDefinitions: [onTime], kpiMeasurements: history }), rule),
    ).toHaveLength(1);
  });

  it('ignores measurements of deleted KPIs and says "above" for lower-is-better KPIs', () => {
    const deleted = { ...kpi(), deleted: true };
    const cycle = kpi({
      name: 'Cycle time',
      unit: 'days',
      direction: 'lower-is-better',
      target: 5,
      amberThreshold: 8,
      redThreshold: 10,
    });
    const history = [
      measurement(deleted.id, '2026-03-19', 'red'),
      measurement(cycle.id, '2026-03-19', 'red', 12),
    ];
    const nudges = ofRule(
      nudgesAt(NOW, { kpiDefinitions: [deleted, cycle], kpiMeasurements: history }),
      rule,
    );
    expect(nudges).toHaveLength(1);
    expect(nudges[0]!.reason).toContain(
      'Cycle time is 12 days (2026-03-19), above its red threshold of 10 days',
    );
  });
});
