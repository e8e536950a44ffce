import type { NudgeRule } from '../model/nudge';

/**
 * The subject of a nudge: `nudge:<rule>:<partnerId>[:<target>]`. The target names the
 * occurrence (the date the gap started, the milestone and its due date…), so "dismiss"
 * silences this occurrence only and a new one, later, is shown again.
 */
export function nudgeSubject(rule: NudgeRule, partnerId: string, target?: string): string {
  return target === undefined
    ? `nudge:${rule}:${partnerId}`
    : `nudge:${rule}:${partnerId}:${target}`;
}
