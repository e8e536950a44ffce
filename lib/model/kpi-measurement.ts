import { z } from 'zod';
import { isoDateSchema, partnerIdSchema, storedRecord, writeInput } from './record-meta';

export const KPI_STATUSES = ['green', 'amber', 'red', 'none'] as const;
/** `none` = not enough data to judge (no value, or fewer data points than `minSample`). */
export const kpiStatusSchema = z.enum(KPI_STATUSES, {
  error: 'Choose a status: green, amber, red or none',
});
export type KpiStatus = z.infer<typeof kpiStatusSchema>;

export const MEASUREMENT_SOURCES = ['computed', 'manual'] as const;
export const measurementSourceSchema = z.enum(MEASUREMENT_SOURCES, {
  error: 'Choose whether the value was computed or entered by hand',
});
export type MeasurementSource = z.infer<typeof measurementSourceSchema>;

/** The value of one KPI on one day, kept to draw trends and to spot threshold crossings. */
export const kpiMeasurementFieldsSchema = z.object({
  kpiId: z.uuid({ error: 'Choose the KPI this value belongs to' }),
  partnerId: partnerIdSchema,
  date: isoDateSchema,
  value: z.number({ error: 'Enter a number' }).nullable(),
  status: kpiStatusSchema,
  sampleSize: z
    .int({ error: 'Enter the sample size as a whole number' })
    .min(0, 'Enter a sample size of 0 or more')
    .default(0),
  source: measurementSourceSchema,
  /** Who typed a manual value; empty for computed ones. */
  enteredBy: z.string().trim().max(120, 'Keep the name under 120 characters').default(''),
  note: z.string().max(2_000, 'Keep the note under 2,000 characters').default(''),
});

function statusNeedsValue(measurement: { value: number | null; status: KpiStatus }) {
  return measurement.value !== null || measurement.status === 'none';
}
const STATUS_NEEDS_VALUE = {
  message: 'Enter a value, or choose the status “none” when there is no value',
  path: ['value'],
};

export const kpiMeasurementInputSchema = writeInput(kpiMeasurementFieldsSchema).refine(
  statusNeedsValue,
  STATUS_NEEDS_VALUE,
);
export type KpiMeasurementInput = z.input<typeof kpiMeasurementInputSchema>;

export const kpiMeasurementSchema = storedRecord(kpiMeasurementFieldsSchema).refine(
  statusNeedsValue,
  STATUS_NEEDS_VALUE,
);
export type KpiMeasurement = z.infer<typeof kpiMeasurementSchema>;
