/**
 * What every metric calculator returns. `value` is null when there is nothing to measure
 * (no items done in the window, no feedback…); `sampleSize` is the number of data points the
 * value rests on, compared with the definition's minimum sample; `detail` says in words what
 * was counted, for the sidebar and the KPI setup preview.
 */
export interface MetricValue {
  value: number | null;
  sampleSize: number;
  detail: string;
}
