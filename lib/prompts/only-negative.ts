import type { Feedback } from '../model/feedback';
import { ACTIVE_ONLY, type NudgeRuleModule } from './rule';
import { nudgeSubject } from './subject';

/**
 * The newest N feedback entries of an active partner (setting `onlyNegativeNudgeCount`,
 * default 5) are all criticism (kind constructive or issue, none praise). Fewer than N
 * entries never trigger it. The occurrence is the run of criticism since the last praise, so
 * dismissing it holds while more criticism follows, and one praise ends it.
 */
export const onlyNegativeRule: NudgeRuleModule = {
  rule: 'only-negative',
  statuses: ACTIVE_ONLY,
  evaluate({ partner, feedback }, { settings }) {
    const size = settings.onlyNegativeNudgeCount;
    if (feedback.length < size) return [];
    const run: Feedback[] = [];
    for (const entry of feedback) {
      if (entry.kind === 'praise') break;
      run.push(entry);
    }
    if (run.length < size) return [];
    const newest = run.slice(0, size);
    const issues = newest.filter((entry) => entry.kind === 'issue').length;
    const parts = [
      issues > 0 ? `${issues} ${issues === 1 ? 'issue' : 'issues'}` : null,
      size - issues > 0 ? `${size - issues} constructive` : null,
    ].filter(Boolean);
    const oldestOfRun = run[run.length - 1]!;
    // The condition began with the N-th criticism in a row.
    const began = run[run.length - size]!;
    return [
      {
        subject: nudgeSubject('only-negative', partner.id, oldestOfRun.id),
        rule: 'only-negative',
        partnerId: partner.id,
        partnerName: partner.name,
        title: `Only criticism for ${partner.name} lately`,
        reason: `The last ${size} feedback entries for ${partner.name} are all criticism (${parts.join(', ')}) and none is praise. Recognise what goes well, too; you are reminded when the newest ${size} entries hold no praise.`,
        action: {
          kind: 'give-feedback',
          label: 'Give praise',
          route: `#/partners/${partner.id}/feedback`,
        },
        since: new Date(began.givenAt).toISOString(),
      },
    ];
  },
};
