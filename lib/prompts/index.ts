export { evaluateNudges, type NudgeInput } from './evaluate';
export { newlyPending } from './notify';
export { NUDGE_RULE_LABELS, NUDGE_RULE_MODULES } from './registry';
export type { NudgeRuleModule, PartnerFacts, RuleContext } from './rule';
export { nudgeSubject } from './subject';
