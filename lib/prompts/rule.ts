import type { MeasurementLike } from '../kpi/history';
import type { ZonedCalendar } from '../kpi/time-zone';
import type { Feedback } from '../model/feedback';
import type { KpiDefinition } from '../model/kpi-definition';
import type { Milestone } from '../model/milestone';
import type { Nudge, NudgeRule } from '../model/nudge';
import type { Partner, PartnerStatus } from '../model/partner';
import type { Review } from '../model/review';
import type { SettingsFields } from '../model/settings';
import type { Touchpoint } from '../model/touchpoint';

/** Everything the rules read about one partner, records already limited to live ones. */
export interface PartnerFacts {
  partner: Partner;
  /** Newest first by `givenAt`. */
  feedback: Feedback[];
  touchpoints: Touchpoint[];
  milestones: Milestone[];
  reviews: Review[];
  kpiDefinitions: KpiDefinition[];
  kpiMeasurements: MeasurementLike[];
}

/** The clock and thresholds one evaluation runs with. */
export interface RuleContext {
  settings: SettingsFields;
  calendar: ZonedCalendar;
  /** Today's local day number in `calendar`. */
  today: number;
  now: Date;
}

/** One nudge rule: which partners it looks at and the nudges it raises for one of them. */
export interface NudgeRuleModule {
  rule: NudgeRule;
  /** Partner statuses the rule applies to (most apply to active partners only). */
  statuses: readonly PartnerStatus[];
  evaluate(facts: PartnerFacts, context: RuleContext): Nudge[];
}

export const ACTIVE_ONLY: readonly PartnerStatus[] = ['active'];
