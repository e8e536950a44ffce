import { parseDateOnly } from '../kpi/instant';
import { days, formatDay, startOfDay } from './days';
import type { NudgeRuleModule } from './rule';
import { nudgeSubject } from './subject';

/**
 * The contract of an active or paused partner ends within N days (setting
 * `contractEndingNudgeDays`, default 30): from N days before the end date (ending in exactly
 * 30 days gives a nudge, in 31 days does not) through the end date itself, and after it
 * while the partner is still active or paused ("ended 3 days ago"), since then either the
 * contract was renewed and its date needs updating, or the partner should be offboarded.
 */
export const contractEndingRule: NudgeRuleModule = {
  rule: 'contract-ending',
  statuses: ['active', 'paused'],
  evaluate({ partner }, { settings, calendar, today }) {
    if (!partner.contractEnd) return [];
    const threshold = settings.contractEndingNudgeDays;
    const end = parseDateOnly(partner.contractEnd);
    const left = end - today;
    if (left > threshold) return [];
    const title =
      left > 0
        ? `Contract with ${partner.name} ends in ${days(left)}`
        : left === 0
          ? `Contract with ${partner.name} ends today`
          : `Contract with ${partner.name} ended ${days(-left)} ago`;
    const reason =
      left >= 0
        ? `The contract with ${partner.name} ends on ${formatDay(end)}. You are reminded ${days(threshold)} before a contract ends: renew it, plan the handover, or decide in a review.`
        : `The contract with ${partner.name} ended on ${formatDay(end)}, but the partner is still ${partner.status}. Update the contract end date if it was renewed, or mark the partner offboarded.`;
    return [
      {
        subject: nudgeSubject('contract-ending', partner.id, partner.contractEnd),
        rule: 'contract-ending',
        partnerId: partner.id,
        partnerName: partner.name,
        title,
        reason,
        action: {
          kind: 'open-options',
          label: 'Review the contract',
          route: `#/partners/${partner.id}/edit`,
        },
        since: startOfDay(calendar, end - threshold),
      },
    ];
  },
};
