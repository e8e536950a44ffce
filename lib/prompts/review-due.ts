import { civilFromDays, parseDateOnly } from '../kpi/instant';
import { dayOfInstant, days, formatDay, relativeDays, startOfDay } from './days';
import { ACTIVE_ONLY, type NudgeRuleModule } from './rule';
import { nudgeSubject } from './subject';

/**
 * A review (QBR) of an active partner is due: R days (setting `reviewCadenceDays`, default
 * 91) after the end of the period its latest review covered, or, with no review yet, after
 * its contract start (or the day it was added, without a contract start). Shown from the due
 * day on: due today gives a nudge, due tomorrow does not.
 */
export const reviewDueRule: NudgeRuleModule = {
  rule: 'review-due',
  statuses: ACTIVE_ONLY,
  evaluate({ partner, reviews }, { settings, calendar, today }) {
    const cadence = settings.reviewCadenceDays;
    const latest = [...reviews].sort((a, b) => b.periodEnd.localeCompare(a.periodEnd))[0];
    const from = latest
      ? parseDateOnly(latest.periodEnd)
      : partner.contractStart
        ? parseDateOnly(partner.contractStart)
        : dayOfInstant(calendar, partner.createdAt);
    const due = from + cadence;
    if (today < due) return [];
    const basis = latest
      ? `The last review of ${partner.name} covered the period up to ${formatDay(from)}`
      : partner.contractStart
        ? `${partner.name} has not been reviewed since its contract started on ${formatDay(from)}`
        : `${partner.name} has not been reviewed since it was added on ${formatDay(from)}`;
    return [
      {
        subject: nudgeSubject('review-due', partner.id, civilFromDays(due)),
        rule: 'review-due',
        partnerId: partner.id,
        partnerName: partner.name,
        title: `Review of ${partner.name} is due`,
        reason: `${basis}. Reviews are due every ${days(cadence)}, so the next one was due on ${formatDay(due)} (${relativeDays(due - today)}).`,
        action: {
          kind: 'open-options',
          label: 'Start the review',
          route: `#/partners/${partner.id}/reviews`,
        },
        since: startOfDay(calendar, due),
      },
    ];
  },
};
