import type { KpiStatus } from '@/lib/model/kpi-measurement';
import { STATUS_LABELS } from './kpi-display';

/** A KPI's status as a coloured dot and words ("On track", "At risk", "Off track", "No data"). */
export function KpiStatusBadge({ status }: { status: KpiStatus }) {
  return (
    <span className={`pl-kpi-status pl-kpi-status-${status}`} data-testid="pl-kpi-status">
      <span className="pl-kpi-dot" aria-hidden="true" />
      {STATUS_LABELS[status]}
    </span>
  );
}
