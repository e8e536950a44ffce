import type { MeasurementLike } from '../kpi/history';
import { zonedCalendar } from '../kpi/time-zone';
import type { Feedback } from '../model/feedback';
import type { KpiDefinition } from '../model/kpi-definition';
import type { Milestone } from '../model/milestone';
import { NUDGE_RULES, type Nudge } from '../model/nudge';
import type { Partner } from '../model/partner';
import { isSilenced, type PromptState } from '../model/prompt-state';
import type { Review } from '../model/review';
import type { SettingsFields } from '../model/settings';
import type { Touchpoint } from '../model/touchpoint';
import { NUDGE_RULE_MODULES } from './registry';
import type { PartnerFacts, RuleContext } from './rule';

export interface NudgeInput {
  partners: readonly Partner[];
  feedback: readonly Feedback[];
  touchpoints: readonly Touchpoint[];
  milestones: readonly Milestone[];
  reviews: readonly Review[];
  kpiDefinitions: readonly KpiDefinition[];
  kpiMeasurements: readonly MeasurementLike[];
  settings: SettingsFields;
  promptStates: readonly PromptState[];
  now: Date;
  /** IANA zone whose local days the rules count in (e.g. `Europe/Berlin`). */
  timeZone: string;
}

type Owned = { partnerId: string; deleted?: boolean };

function byPartner<T extends Owned>(records: readonly T[]): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const record of records) {
    if (record.deleted === true) continue;
    const list = grouped.get(record.partnerId);
    if (list) list.push(record);
    else grouped.set(record.partnerId, [record]);
  }
  return grouped;
}

const RULE_ORDER = new Map(NUDGE_RULES.map((rule, index) => [rule, index]));

/**
 * The pending nudges at `now`: every enabled rule over every partner it applies to, less the
 * ones the user snoozed (until the snooze ends) or dismissed. Oldest condition first, then by
 * partner and rule, so the list reads the same on every evaluation.
 */
export function evaluateNudges(input: NudgeInput): Nudge[] {
  const calendar = zonedCalendar(input.timeZone);
  const context: RuleContext = {
    settings: input.settings,
    calendar,
    today: calendar.dayOf(input.now.getTime()),
    now: input.now,
  };
  const feedback = byPartner(input.feedback);
  const touchpoints = byPartner(input.touchpoints);
  const milestones = byPartner(input.milestones);
  const reviews = byPartner(input.reviews);
  const kpis = byPartner(input.kpiDefinitions);
  const measurements = byPartner(
    input.kpiMeasurements as readonly (MeasurementLike & { partnerId: string })[],
  );
  const states = new Map<string, PromptState>();
  for (const state of input.promptStates) {
    if (!state.deleted) states.set(state.subject, state);
  }
  const disabled = new Set(input.settings.disabledNudgeRules);
  const rules = NUDGE_RULES.filter((rule) => !disabled.has(rule)).map(
    (rule) => NUDGE_RULE_MODULES[rule],
  );

  const nudges: Nudge[] = [];
  for (const partner of input.partners) {
    if (partner.deleted) continue;
    const facts: PartnerFacts = {
      partner,
      feedback: (feedback.get(partner.id) ?? []).sort(
        (a, b) => Date.parse(b.givenAt) - Date.parse(a.givenAt),
      ),
      touchpoints: touchpoints.get(partner.id) ?? [],
      milestones: milestones.get(partner.id) ?? [],
      reviews: reviews.get(partner.id) ?? [],
      kpiDefinitions: kpis.get(partner.id) ?? [],
      kpiMeasurements: measurements.get(partner.id) ?? [],
    };
    for (const rule of rules) {
      if (!rule.statuses.includes(partner.status)) continue;
      for (const nudge of rule.evaluate(facts, context)) {
        if (!isSilenced(states.get(nudge.subject), input.now)) nudges.push(nudge);
      }
    }
  }
  return nudges.sort(
    (a, b) =>
      (a.since ?? '').localeCompare(b.since ?? '') ||
      a.partnerName.localeCompare(b.partnerName) ||
      RULE_ORDER.get(a.rule)! - RULE_ORDER.get(b.rule)! ||
      a.subject.localeCompare(b.subject),
  );
}
