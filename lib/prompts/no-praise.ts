import { civilFromDays } from '../kpi/instant';
import { dayOfInstant, days, formatDay, startOfDay } from './days';
import { partnerStartDay, partnerStartPhrase } from './partner-start';
import { ACTIVE_ONLY, type NudgeRuleModule } from './rule';
import { nudgeSubject } from './subject';

/**
 * No praise for an active partner in more than N days (setting `noPraiseNudgeDays`, default
 * 60), counted like "no feedback": praise given 60 local days ago gives no nudge, 61 days ago
 * does. With no praise ever, from the partner's start. A partner with no feedback at all gets
 * the "no feedback" nudge instead, not both.
 */
export const noPraiseRule: NudgeRuleModule = {
  rule: 'no-praise',
  statuses: ACTIVE_ONLY,
  evaluate({ partner, feedback }, { settings, calendar, today }) {
    if (feedback.length === 0) return [];
    const threshold = settings.noPraiseNudgeDays;
    const praise = feedback.find((entry) => entry.kind === 'praise');
    const anchor = praise
      ? dayOfInstant(calendar, praise.givenAt)
      : partnerStartDay(partner, calendar);
    const gap = today - anchor;
    if (gap <= threshold) return [];
    const from = praise
      ? `The last praise for ${partner.name} was given on ${formatDay(anchor)}, ${days(gap)} ago`
      : `${partner.name} has had no praise since ${partnerStartPhrase(partner, calendar)} on ${formatDay(anchor)}, ${days(gap)} ago`;
    return [
      {
        subject: nudgeSubject('no-praise', partner.id, civilFromDays(anchor)),
        rule: 'no-praise',
        partnerId: partner.id,
        partnerName: partner.name,
        title: `No praise for ${partner.name} in ${days(gap)}`,
        reason: `${from}. Recognising good work keeps the relationship healthy; you are reminded after ${days(threshold)} without praise.`,
        action: {
          kind: 'give-feedback',
          label: 'Give praise',
          route: `#/partners/${partner.id}/feedback`,
        },
        since: startOfDay(calendar, anchor + threshold + 1),
      },
    ];
  },
};
