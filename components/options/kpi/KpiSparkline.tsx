import { formatValue } from '@/lib/kpi/format';
import type { KpiStatus } from '@/lib/model/kpi-measurement';

export interface TrendPointView {
  date: string;
  value: number | null;
  status: KpiStatus;
}

interface Props {
  points: readonly TrendPointView[];
  unit: string;
  target: number;
  width?: number;
  height?: number;
}

const DAY_MS = 86_400_000;
const dayNumber = (isoDate: string) => Math.round(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);

/**
 * A small line of the KPI's daily values with its target as a dashed line and the latest value
 * as a dot in its status colour; described in words ("Trend over 30 days: 80% → 85%").
 */
export function KpiSparkline({ points, unit, target, width = 96, height = 28 }: Props) {
  const valued = points.filter(
    (point): point is TrendPointView & { value: number } =>
      point.value !== null && Number.isFinite(point.value),
  );
  const first = valued[0];
  const last = valued.at(-1);
  if (!first || !last || valued.length < 2) {
    return (
      <span className="pl-kpi-trend-none" data-testid="pl-kpi-trend">
        No trend yet
      </span>
    );
  }
  const firstDay = dayNumber(first.date);
  const days = Math.max(1, dayNumber(last.date) - firstDay + 1);
  const values = [...valued.map((point) => point.value), target];
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const pad = 3;
  const x = (date: string) =>
    pad + ((dayNumber(date) - firstDay) / Math.max(1, days - 1)) * (width - 2 * pad);
  const y = (value: number) => height - pad - ((value - min) / span) * (height - 2 * pad);
  const path = valued
    .map(
      (point, index) =>
        `${index === 0 ? 'M' : 'L'}${x(point.date).toFixed(1)},${y(point.value).toFixed(1)}`,
    )
    .join(' ');
  const label = `Trend over ${days} ${days === 1 ? 'day' : 'days'}: ${formatValue(first.value, unit)} → ${formatValue(last.value, unit)}, target ${formatValue(target, unit)}`;
  return (
    <svg
      className="pl-kpi-sparkline"
      data-testid="pl-kpi-trend"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
    >
      <line
        className="pl-kpi-sparkline-target"
        x1={pad}
        x2={width - pad}
        y1={y(target)}
        y2={y(target)}
      />
      <path className="pl-kpi-sparkline-line" d={path} />
      <circle
        className={`pl-kpi-sparkline-dot pl-kpi-spark-${last.status}`}
        cx={x(last.date)}
        cy={y(last.value)}
        r={2.5}
      />
    </svg>
  );
}
