import type { NudgeRule } from '../model/nudge';
import { contractEndingRule } from './contract-ending';
import { kpiRedRule } from './kpi-red';
import { milestoneOverdueRule } from './milestone-overdue';
import { noFeedbackRule } from './no-feedback';
import { noPraiseRule } from './no-praise';
import { onlyNegativeRule } from './only-negative';
import type { NudgeRuleModule } from './rule';
import { reviewDueRule } from './review-due';
import { touchpointOverdueRule } from './touchpoint-overdue';

/** Every nudge rule, one module each; the order is the order of `NUDGE_RULES`. */
export const NUDGE_RULE_MODULES: Record<NudgeRule, NudgeRuleModule> = {
  'no-feedback': noFeedbackRule,
  'no-praise': noPraiseRule,
  'only-negative': onlyNegativeRule,
  'touchpoint-overdue': touchpointOverdueRule,
  'kpi-red': kpiRedRule,
  'milestone-overdue': milestoneOverdueRule,
  'contract-ending': contractEndingRule,
  'review-due': reviewDueRule,
};

/** What each rule is called in settings and lists. */
export const NUDGE_RULE_LABELS: Record<NudgeRule, string> = {
  'no-feedback': 'No feedback for a while',
  'no-praise': 'No praise for a while',
  'only-negative': 'Only criticism lately',
  'touchpoint-overdue': 'Touchpoint overdue',
  'kpi-red': 'KPI turned red',
  'milestone-overdue': 'Milestone overdue',
  'contract-ending': 'Contract ending',
  'review-due': 'Review due',
};
