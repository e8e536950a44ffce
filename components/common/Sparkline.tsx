interface Point {
  date: string;
  value: number | null;
}

interface Props {
  points: readonly Point[];
  unit: string;
  width?: number;
  height?: number;
}

/** A small trend line of daily values; described in words for screen readers. */
export function Sparkline({ points, unit, width = 72, height = 20 }: Props) {
  const valued = points.filter(
    (point): point is { date: string; value: number } => point.value !== null,
  );
  if (valued.length < 2) {
    return (
      <span className="pl-sparkline-empty" aria-label="No trend yet">
        —
      </span>
    );
  }
  const values = valued.map((point) => point.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const step = width / (valued.length - 1);
  const path = valued
    .map((point, index) => {
      const x = index * step;
      const y = height - 2 - ((point.value - min) / span) * (height - 4);
      return `${index === 0 ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(' ');
  const first = valued[0]!;
  const last = valued[valued.length - 1]!;
  const label = `Trend from ${first.date} to ${last.date}: ${format(first.value)} → ${format(last.value)}${unit ? ` ${unit}` : ''}`;
  return (
    <svg
      className="pl-sparkline"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
    >
      <path d={path} fill="none" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
}

function format(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
