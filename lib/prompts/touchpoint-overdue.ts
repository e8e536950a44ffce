import { civilFromDays } from '../kpi/instant';
import type { Nudge } from '../model/nudge';
import { TOUCHPOINT_KIND_LABELS } from '../model/touchpoint';
import { days, formatDay, relativeDays, startOfDay } from './days';
import { ACTIVE_ONLY, type NudgeRuleModule } from './rule';
import { nudgeSubject } from './subject';
import { dueTouchpoints } from './touchpoint-due';

/**
 * Touchpoints that are overdue, per kind, for active partners (`dueTouchpoints`, the rule the
 * sidebar shows too), due before today:
 *
 * - cadence: the latest held touchpoint of a kind was on day H with a cadence of C days, so
 *   the next was due on H + C; from the day after (H + C + 1) it is overdue, unless one of
 *   that kind is already scheduled for today or later;
 * - missed: a touchpoint scheduled for a day before today was not logged as held, and no
 *   touchpoint of that kind was held on or after that day.
 *
 * The threshold is the cadence of each touchpoint (weekly sync 7 days by default).
 */
export const touchpointOverdueRule: NudgeRuleModule = {
  rule: 'touchpoint-overdue',
  statuses: ACTIVE_ONLY,
  evaluate({ partner, touchpoints }, { calendar, today }) {
    const route = `#/partners/${partner.id}/touchpoints`;
    const nudges: Nudge[] = [];
    for (const due of dueTouchpoints(touchpoints, calendar, today)) {
      if (due.dueDay >= today) continue;
      const label = TOUCHPOINT_KIND_LABELS[due.kind];
      if (due.source === 'cadence') {
        nudges.push({
          subject: nudgeSubject(
            'touchpoint-overdue',
            partner.id,
            `${due.kind}:${civilFromDays(due.dueDay)}`,
          ),
          rule: 'touchpoint-overdue',
          partnerId: partner.id,
          partnerName: partner.name,
          title: `${label} with ${partner.name} is overdue`,
          reason: `The last ${label.toLowerCase()} with ${partner.name} was on ${formatDay(due.lastHeldDay)}; at a cadence of every ${days(due.cadence)} the next was due on ${formatDay(due.dueDay)}, ${relativeDays(due.dueDay - today)}, and none is scheduled.`,
          action: { kind: 'open-options', label: 'Log or schedule it', route },
          since: startOfDay(calendar, due.dueDay + 1),
        });
      } else {
        nudges.push({
          subject: nudgeSubject('touchpoint-overdue', partner.id, `scheduled:${due.touchpoint.id}`),
          rule: 'touchpoint-overdue',
          partnerId: partner.id,
          partnerName: partner.name,
          title: `${label} with ${partner.name} was not logged`,
          reason: `A ${label.toLowerCase()} with ${partner.name} was scheduled for ${formatDay(due.dueDay)}, ${relativeDays(due.dueDay - today)}, and is not logged as held. Log it with its notes, or schedule a new date.`,
          action: { kind: 'open-options', label: 'Update the touchpoint', route },
          since: startOfDay(calendar, due.dueDay + 1),
        });
      }
    }
    return nudges;
  },
};
