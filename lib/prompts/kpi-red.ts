import { parseDateOnly } from '../kpi/instant';
import { formatValue } from '../kpi/format';
import { dailySeries } from '../kpi/history';
import type { Nudge } from '../model/nudge';
import { formatDay, startOfDay } from './days';
import { ACTIVE_ONLY, type NudgeRuleModule } from './rule';
import { nudgeSubject } from './subject';

/**
 * A KPI of an active partner turned red: its latest recorded measurement (the daily series
 * of `lib/kpi/history.ts`, where a value entered by hand wins over the computed one of the
 * same day) is red, and the measurement before the red run was not red (or there was none).
 * Days without data (status "none") neither start nor end a run. The nudge stays while the
 * KPI stays red; the occurrence is the KPI and the day it turned red, so after a dismissal a
 * later turn to red (after a recovery) is shown again. The threshold is the KPI's own red
 * threshold.
 */
export const kpiRedRule: NudgeRuleModule = {
  rule: 'kpi-red',
  statuses: ACTIVE_ONLY,
  evaluate({ partner, kpiDefinitions, kpiMeasurements }, { calendar }) {
    const nudges: Nudge[] = [];
    const route = `#/partners/${partner.id}/kpis`;
    for (const kpi of kpiDefinitions) {
      const series = dailySeries(kpiMeasurements, kpi.id).filter(
        (point) => point.status !== 'none',
      );
      const latest = series[series.length - 1];
      if (latest?.status !== 'red') continue;
      let start = series.length - 1;
      while (start > 0 && series[start - 1]!.status === 'red') start -= 1;
      const turned = series[start]!;
      const value = latest.value === null ? 'no value' : formatValue(latest.value, kpi.unit);
      const comparison = kpi.direction === 'higher-is-better' ? 'below' : 'above';
      nudges.push({
        subject: nudgeSubject('kpi-red', partner.id, `${kpi.id}:${turned.date}`),
        rule: 'kpi-red',
        partnerId: partner.id,
        partnerName: partner.name,
        title: `${kpi.name} turned red for ${partner.name}`,
        reason: `${kpi.name} is ${value} (${latest.date}), ${comparison} its red threshold of ${formatValue(kpi.redThreshold, kpi.unit)}; the target is ${formatValue(kpi.target, kpi.unit)}. It has been red since ${formatDay(parseDateOnly(turned.date))}.`,
        action: { kind: 'open-options', label: 'Open the KPIs', route },
        since: startOfDay(calendar, parseDateOnly(turned.date)),
      });
    }
    return nudges;
  },
};
