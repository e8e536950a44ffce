import { civilFromDays } from '../kpi/instant';
import { dayOfInstant, days, formatDay, startOfDay } from './days';
import { partnerStartDay, partnerStartPhrase } from './partner-start';
import { ACTIVE_ONLY, type NudgeRuleModule } from './rule';
import { nudgeSubject } from './subject';

/**
 * No feedback for an active partner in more than N days (setting `noFeedbackNudgeDays`,
 * default 14). Days are counted between local calendar days: feedback given on 1 March is 14
 * days old on 15 March (no nudge) and 15 days old on 16 March (nudge). With no feedback at
 * all, the gap is counted from the partner's start (see `partnerStartDay`).
 */
export const noFeedbackRule: NudgeRuleModule = {
  rule: 'no-feedback',
  statuses: ACTIVE_ONLY,
  evaluate({ partner, feedback }, { settings, calendar, today }) {
    const threshold = settings.noFeedbackNudgeDays;
    const latest = feedback[0];
    const anchor = latest
      ? dayOfInstant(calendar, latest.givenAt)
      : partnerStartDay(partner, calendar);
    const gap = today - anchor;
    if (gap <= threshold) return [];
    const from = latest
      ? `The last feedback for ${partner.name} was given on ${formatDay(anchor)}, ${days(gap)} ago`
      : `No feedback has been given for ${partner.name} since ${partnerStartPhrase(partner, calendar)} on ${formatDay(anchor)}, ${days(gap)} ago`;
    return [
      {
        subject: nudgeSubject('no-feedback', partner.id, civilFromDays(anchor)),
        rule: 'no-feedback',
        partnerId: partner.id,
        partnerName: partner.name,
        title: `No feedback for ${partner.name} in ${days(gap)}`,
        reason: `${from}. You are reminded after ${days(threshold)} without feedback.`,
        action: {
          kind: 'give-feedback',
          label: 'Give feedback',
          route: `#/partners/${partner.id}/feedback`,
        },
        since: startOfDay(calendar, anchor + threshold + 1),
      },
    ];
  },
};
