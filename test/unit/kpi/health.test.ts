import { describe, expect, it } from 'vitest';
import { healthScore } from '../../../lib/kpi/health';

describe('health score', () => {
  it('is the weighted share of green, amber counting half', () => {
    const score = healthScore([
      { status: 'green', weight: 2 },
      { status: 'amber', weight: 1 },
      { status: 'red', weight: 1 },
    ]);
    // (2 × 1 + 1 × 0.5 + 1 × 0) ÷ 4 = 62.5%
    expect(score).toEqual({
      score: 62.5,
      green: 1,
      amber: 1,
      red: 1,
      noData: 0,
      detail: '1 green, 1 amber, 1 red',
    });
  });

  it('leaves KPIs without data out instead of counting them as failing', () => {
    const score = healthScore([
      { status: 'green', weight: 1 },
      { status: 'none', weight: 5 },
      { status: 'none', weight: 1 },
    ]);
    expect(score.score).toBe(100);
    expect(score.detail).toBe('1 green; 2 KPIs without data left out');
  });

  it('is null when nothing can be scored', () => {
    expect(healthScore([])).toMatchObject({ score: null, detail: 'No KPIs defined' });
    expect(healthScore([{ status: 'none', weight: 1 }])).toMatchObject({
      score: null,
      detail: 'No KPI has enough data yet',
    });
    expect(healthScore([{ status: 'green', weight: 0 }])).toMatchObject({
      score: null,
      detail: 'Every KPI with data has weight 0',
    });
  });

  it('ignores weight-0 KPIs in the share', () => {
    expect(
      healthScore([
        { status: 'red', weight: 0 },
        { status: 'green', weight: 1 },
      ]).score,
    ).toBe(100);
  });
});
