import { formatValue } from '@/lib/kpi/format';
import type { KpiDirection } from '@/lib/model/kpi-definition';
import type { KpiStatus } from '@/lib/model/kpi-measurement';
import { TOOL_LABELS } from '@/lib/model/host-context';
import type { Scope } from '@/lib/model/scope';

/** Status in words, as the sidebar says it; the colour is never the only signal. */
export const STATUS_LABELS: Record<KpiStatus, string> = {
  green: 'On track',
  amber: 'At risk',
  red: 'Off track',
  none: 'No data',
};

/** "100%", "3.5 days", or "No value" when the KPI could not be measured. */
export function valueText(value: number | null, unit: string): string {
  return value === null ? 'No value' : formatValue(value, unit);
}

/** "Target 90% or more", "Target 5 days or less". */
export function targetText(target: number, unit: string, direction: KpiDirection): string {
  return `Target ${formatValue(target, unit)} ${direction === 'higher-is-better' ? 'or more' : 'or less'}`;
}

/** How a scope reads in the KPI form: its label, or tool and ids. */
export function scopeText(scope: Pick<Scope, 'tool' | 'ids' | 'label'>): string {
  const ids = scope.ids.join(', ');
  return scope.label
    ? `${scope.label} (${TOOL_LABELS[scope.tool]} ${ids})`
    : `${TOOL_LABELS[scope.tool]} ${ids}`;
}

/** "28 Nov 2026" from "2026-11-28" (a calendar date, shown without time-zone shifts). */
export function dateText(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** Today's local date as YYYY-MM-DD (the default of a manual entry). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Message of a failed call, for an alert. */
export function messageOf(error: unknown, fallback: string): string {
  return error instanceof Error && error.message ? error.message : fallback;
}
