import { parseDateOnly } from '../kpi/instant';
import type { Nudge } from '../model/nudge';
import { days, formatDay, startOfDay } from './days';
import { ACTIVE_ONLY, type NudgeRuleModule } from './rule';
import { nudgeSubject } from './subject';

const STATUS_WORDS = { planned: 'still planned', 'in-progress': 'still in progress' } as const;

/**
 * A milestone of an active partner is past its due date and still planned or in progress:
 * due yesterday or earlier (a milestone due today is not overdue yet). Done and missed ones
 * were dealt with. The occurrence is the milestone and its due date, so moving the date
 * re-arms a dismissed nudge.
 */
export const milestoneOverdueRule: NudgeRuleModule = {
  rule: 'milestone-overdue',
  statuses: ACTIVE_ONLY,
  evaluate({ partner, milestones }, { calendar, today }) {
    const nudges: Nudge[] = [];
    for (const milestone of milestones) {
      if (milestone.status !== 'planned' && milestone.status !== 'in-progress') continue;
      const due = parseDateOnly(milestone.dueDate);
      if (due >= today) continue;
      nudges.push({
        subject: nudgeSubject(
          'milestone-overdue',
          partner.id,
          `${milestone.id}:${milestone.dueDate}`,
        ),
        rule: 'milestone-overdue',
        partnerId: partner.id,
        partnerName: partner.name,
        title: `Milestone “${milestone.title}” is overdue`,
        reason: `“${milestone.title}” of ${partner.name} was due on ${formatDay(due)}, ${days(today - due)} ago, and is ${STATUS_WORDS[milestone.status]}. Mark it done or missed, or move its date.`,
        action: {
          kind: 'open-options',
          label: 'Update the milestone',
          route: `#/partners/${partner.id}/plan`,
        },
        since: startOfDay(calendar, due + 1),
      });
    }
    return nudges;
  },
};
