import { describe, expect, it } from 'vitest';
import { evaluateKpis, METRICS, type EvaluateKpisInput } from '../../lib/kpi';
import { benchInput } from './kpi-data';
import { medianOf, recordFigure } from './record';

/**
 * KPI engine speed (issue 5): every catalogue KPI over 20,000 WorkItems with 200,000 status
 * transitions in ≤ 150 ms, and near-linear growth — the 20k run takes ≤ 12× the 2k run, both
 * measured here in the same process. Figures are medians of several runs after warm-up; the
 * first run in a fresh process (a service worker that just woke up) is reported too.
 */

function time(input: EvaluateKpisInput): number {
  const started = performance.now();
  evaluateKpis(input);
  return performance.now() - started;
}

describe('KPI engine benchmark', () => {
  it('evaluates every catalogue KPI over 2k and 20k items', () => {
    const small = benchInput(2_000);
    const large = benchInput(20_000);
    expect(large.items.reduce((sum, item) => sum + item.transitions.length, 0)).toBe(200_000);
    const covered = new Set(large.definitions.map((definition) => definition.metric));
    expect([...covered].sort()).toEqual(Object.keys(METRICS).sort());

    const firstRun = time(large);

    // Warm up both sizes, then interleave the measured runs so drift hits both alike.
    for (let round = 0; round < 5; round += 1) {
      time(small);
      time(large);
    }
    const smallRuns: number[] = [];
    const largeRuns: number[] = [];
    for (let round = 0; round < 15; round += 1) {
      smallRuns.push(time(small));
      largeRuns.push(time(large));
    }
    const small2k = medianOf(smallRuns);
    const large20k = medianOf(largeRuns);

    const results = evaluateKpis(large);
    expect(results).toHaveLength(large.definitions.length);
    expect(results.filter((result) => result.value === null)).toEqual([]);

    recordFigure('kpi.all20k.ms', large20k, 'ms', 150);
    recordFigure('kpi.scaling20kOver2k.ratio', large20k / small2k, 'ratio', 12);
    recordFigure('kpi.all2k.ms', small2k, 'ms', null);
    recordFigure('kpi.all20k.firstRunMs', firstRun, 'ms', null);
  });
});
