import type { KpiStatus } from '../model/kpi-measurement';

/**
 * Partner health score, 0–100: the weighted share of KPIs that are green, amber counting half.
 *
 *   health = Σ weight × (1 if green, ½ if amber, 0 if red) ÷ Σ weight × 100
 *
 * over the KPIs that have a status; KPIs without data ("none") are left out rather than
 * counted as failing, and so are KPIs weighted 0. Null when nothing is left to score.
 */
export const FORMULA =
  'Weighted share of green KPIs, amber counting half, KPIs without data left out';

export interface HealthScore {
  /** 0–100, or null when no KPI could be scored. */
  score: number | null;
  green: number;
  amber: number;
  red: number;
  /** KPIs left out for lack of data. */
  noData: number;
  /** In words: "2 green, 1 amber, 1 red; 1 KPI without data left out". */
  detail: string;
}

export function healthScore(
  results: readonly { status: KpiStatus; weight: number }[],
): HealthScore {
  let weighted = 0;
  let totalWeight = 0;
  const counts = { green: 0, amber: 0, red: 0, noData: 0 };
  for (const result of results) {
    if (result.status === 'none') {
      counts.noData += 1;
      continue;
    }
    counts[result.status] += 1;
    const weight = Number.isFinite(result.weight) && result.weight > 0 ? result.weight : 0;
    totalWeight += weight;
    weighted += weight * (result.status === 'green' ? 1 : result.status === 'amber' ? 0.5 : 0);
  }
  const scored = counts.green + counts.amber + counts.red;
  const parts = [
    counts.green > 0 ? `${counts.green} green` : '',
    counts.amber > 0 ? `${counts.amber} amber` : '',
    counts.red > 0 ? `${counts.red} red` : '',
  ].filter(Boolean);
  const left =
    counts.noData > 0
      ? `${counts.noData} ${counts.noData === 1 ? 'KPI' : 'KPIs'} without data left out`
      : '';
  let detail: string;
  if (results.length === 0) detail = 'No KPIs defined';
  else if (scored === 0) detail = 'No KPI has enough data yet';
  else if (totalWeight === 0) detail = 'Every KPI with data has weight 0';
  else detail = [parts.join(', '), left].filter(Boolean).join('; ');
  return {
    score: totalWeight > 0 ? (weighted / totalWeight) * 100 : null,
    ...counts,
    detail,
  };
}
