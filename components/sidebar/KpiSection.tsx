import { useState } from 'react';
import { Sparkline } from '@/components/common/Sparkline';
import type { KpiResultView } from '@/lib/messaging/kpi-schemas';
import type { KpiStatus } from '@/lib/model/kpi-measurement';
import { formatValue } from '@/lib/kpi/format';
import { timeAgo } from '@/lib/overlay/relative-time';
import { useKpiView } from './use-kpi-view';

const STATUS_LABELS: Record<KpiStatus, string> = {
  green: 'On track',
  amber: 'At risk',
  red: 'Off track',
  none: 'No data',
};

function shownValue(result: KpiResultView): string {
  return result.value === null ? '—' : formatValue(result.value, result.unit);
}

/** KPI status of the partner: health score and every KPI with value, target, trend, reason. */
export function KpiSection({
  partnerId,
  refreshKey,
  onSetUp,
}: {
  partnerId: string;
  refreshKey: string;
  onSetUp(): void;
}) {
  const [attempt, setAttempt] = useState(0);
  const state = useKpiView(partnerId, `${refreshKey} ${attempt}`);
  return (
    <section className="pl-kpis" aria-labelledby="pl-kpis-title">
      <h3 id="pl-kpis-title">KPIs</h3>
      {state.status === 'loading' && (
        <p className="pl-skeleton" role="status">
          Computing KPIs…
        </p>
      )}
      {state.status === 'error' && (
        <div className="pl-error" role="alert">
          <p>{state.message}</p>
          <button type="button" className="pl-link-button" onClick={() => setAttempt((n) => n + 1)}>
            Try again
          </button>
        </div>
      )}
      {state.status === 'ready' && state.data.results.length === 0 && (
        <p className="pl-meta">
          No KPIs set up for this partner yet.{' '}
          <button type="button" className="pl-link-button" onClick={onSetUp}>
            Set up KPIs
          </button>
        </p>
      )}
      {state.status === 'ready' && state.data.results.length > 0 && (
        <>
          <p className="pl-health" data-testid="pl-health" title={state.data.health.detail}>
            Health{' '}
            <strong>
              {state.data.health.score === null
                ? 'no data'
                : `${Math.round(state.data.health.score)} / 100`}
            </strong>
            <span className="pl-meta"> · {state.data.health.detail}</span>
          </p>
          <ul className="pl-kpi-list">
            {state.data.results.map((result) => (
              <li
                key={result.kpiId}
                className={`pl-kpi pl-kpi-${result.status}`}
                data-testid="pl-kpi"
                data-kpi-id={result.kpiId}
                data-status={result.status}
              >
                <div className="pl-kpi-head">
                  <span className="pl-kpi-name">{result.name}</span>
                  <span className={`pl-kpi-status pl-status-${result.status}`}>
                    <span className="pl-dot" aria-hidden="true" />
                    {STATUS_LABELS[result.status]}
                  </span>
                </div>
                <div className="pl-kpi-values">
                  <span className="pl-kpi-value">{shownValue(result)}</span>
                  <span className="pl-meta"> target {formatValue(result.target, result.unit)}</span>
                  <Sparkline points={state.data.trends[result.kpiId] ?? []} unit={result.unit} />
                </div>
                <p className="pl-meta pl-kpi-reason">{result.reason}</p>
              </li>
            ))}
          </ul>
          <p className="pl-meta">
            As of {timeAgo(state.data.asOf)}, from {state.data.itemCount} cached items.
          </p>
        </>
      )}
    </section>
  );
}
