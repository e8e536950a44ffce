import { z } from 'zod';
import {
  itemKeySchema,
  longTextSchema,
  partnerIdSchema,
  storedRecord,
  writeInput,
} from './record-meta';

export const RISK_STATUSES = ['open', 'mitigating', 'closed', 'occurred'] as const;
export const riskStatusSchema = z.enum(RISK_STATUSES, {
  error: 'Choose a status: open, mitigating, closed or occurred',
});
export type RiskStatus = z.infer<typeof riskStatusSchema>;

export const RISK_SOURCES = ['manual', 'suggested'] as const;
/** `suggested` = proposed from tracker signals (overdue, aging, reopened work) and accepted. */
export const riskSourceSchema = z.enum(RISK_SOURCES, {
  error: 'Choose whether the risk was entered or suggested',
});
export type RiskSource = z.infer<typeof riskSourceSchema>;

function oneToFive(what: string, low: string, high: string) {
  const message = `Choose ${what} from 1 (${low}) to 5 (${high})`;
  return z.int({ error: message }).min(1, message).max(5, message);
}

export const riskFieldsSchema = z.object({
  partnerId: partnerIdSchema,
  title: z
    .string()
    .trim()
    .min(1, 'Enter a short title for the risk')
    .max(200, 'Keep the title under 200 characters'),
  description: longTextSchema,
  probability: oneToFive('a probability', 'rare', 'almost certain'),
  impact: oneToFive('an impact', 'minor', 'severe'),
  owner: z.string().trim().max(120, 'Keep the owner under 120 characters').default(''),
  mitigation: longTextSchema,
  contingency: longTextSchema,
  status: riskStatusSchema.default('open'),
  source: riskSourceSchema.default('manual'),
  linkedItemKeys: z.array(itemKeySchema).max(200).default([]),
});

export const riskInputSchema = writeInput(riskFieldsSchema);
export type RiskInput = z.input<typeof riskInputSchema>;

export const riskSchema = storedRecord(riskFieldsSchema);
export type Risk = z.infer<typeof riskSchema>;

export { riskScore } from './risk-score';
