import { randomUUID } from 'node:crypto';
import type { MeasurementLike } from '../../../lib/kpi/history';
import {
  defaultSettings,
  feedbackSchema,
  kpiDefinitionSchema,
  milestoneSchema,
  partnerSchema,
  promptStateId,
  promptStateSchema,
  reviewSchema,
  touchpointSchema,
  type Feedback,
  type FeedbackInput,
  type KpiDefinition,
  type KpiDefinitionInput,
  type Milestone,
  type MilestoneInput,
  type Partner,
  type PartnerInput,
  type PromptState,
  type Review,
  type ReviewInput,
  type SettingsFields,
  type Touchpoint,
  type TouchpointInput,
} from '../../../lib/model';
import { evaluateNudges, type NudgeInput } from '../../../lib/prompts';

export const PARTNER_ID = '11111111-1111-4111-8111-111111111111';

function meta(createdAt = '2025-01-01T09:00:00.000Z') {
  return {
    id: randomUUID(),
    createdAt,
    updatedAt: createdAt,
    hlc: `h-${createdAt}`,
    deviceId: 'device-a',
    deleted: false,
  };
}

export function partner(fields: Partial<PartnerInput> & { createdAt?: string } = {}): Partner {
  const { createdAt, ...rest } = fields;
  return partnerSchema.parse({ name: 'Acme', ...rest, ...meta(createdAt), id: PARTNER_ID });
}

export function feedback(
  givenAt: string,
  kind: Feedback['kind'] = 'praise',
  extra: Partial<FeedbackInput> = {},
): Feedback {
  return feedbackSchema.parse({
    partnerId: PARTNER_ID,
    rating: 4,
    kind,
    givenAt,
    ...extra,
    ...meta(),
  });
}

export function touchpoint(fields: Partial<TouchpointInput>): Touchpoint {
  return touchpointSchema.parse({
    partnerId: PARTNER_ID,
    kind: 'weekly-sync',
    ...fields,
    ...meta(),
  });
}

export function milestone(fields: Partial<MilestoneInput>): Milestone {
  return milestoneSchema.parse({
    partnerId: PARTNER_ID,
    title: 'Beta release',
    dueDate: '2026-03-01',
    ...fields,
    ...meta(),
  });
}

export function review(fields: Partial<ReviewInput>): Review {
  return reviewSchema.parse({
    partnerId: PARTNER_ID,
    periodStart: '2025-10-01',
    periodEnd: '2025-12-31',
    ...fields,
    ...meta(),
  });
}

export function kpi(fields: Partial<KpiDefinitionInput> = {}): KpiDefinition {
  return kpiDefinitionSchema.parse({
    partnerId: PARTNER_ID,
    name: 'On-time delivery',
    metric: 'manual',
    unit: '%',
    direction: 'higher-is-better',
    target: 90,
    amberThreshold: 80,
    redThreshold: 70,
    ...fields,
    ...meta(),
  });
}

export function measurement(
  kpiId: string,
  date: string,
  status: MeasurementLike['status'],
  value: number | null = status === 'none' ? null : 50,
  source: MeasurementLike['source'] = 'computed',
): MeasurementLike & { partnerId: string } {
  return { kpiId, partnerId: PARTNER_ID, date, value, status, source, sampleSize: 1 };
}

export function snoozed(subject: string, until: string): PromptState {
  return promptStateSchema.parse({
    partnerId: PARTNER_ID,
    subject,
    snoozedUntil: until,
    ...meta(),
    id: promptStateId(subject),
  });
}

export function dismissed(subject: string): PromptState {
  return promptStateSchema.parse({
    partnerId: PARTNER_ID,
    subject,
    dismissed: true,
    ...meta(),
    id: promptStateId(subject),
  });
}

export function settings(changes: Partial<SettingsFields> = {}): SettingsFields {
  return { ...defaultSettings(), ...changes };
}

/** Evaluates with nothing but what a test gives; UTC unless it says otherwise. */
export function nudgesAt(now: string, input: Partial<Omit<NudgeInput, 'now'>>) {
  return evaluateNudges({
    partners: [partner()],
    feedback: [],
    touchpoints: [],
    milestones: [],
    reviews: [],
    kpiDefinitions: [],
    kpiMeasurements: [],
    settings: settings(),
    promptStates: [],
    timeZone: 'UTC',
    ...input,
    now: new Date(now),
  });
}

/** Only the nudges of one rule. */
export function ofRule(nudges: ReturnType<typeof nudgesAt>, rule: string) {
  return nudges.filter((nudge) => nudge.rule === rule);
}
