import { civilFromDays } from '../kpi/instant';
import type { Nudge } from '../model/nudge';
import { TOUCHPOINT_KIND_LABELS, TOUCHPOINT_KINDS, type Touchpoint } from '../model/touchpoint';
import { dayOfInstant, days, formatDay, relativeDays, startOfDay } from './days';
import { ACTIVE_ONLY, type NudgeRuleModule } from './rule';
import { nudgeSubject } from './subject';

/**
 * Touchpoints that are overdue, per kind, for active partners:
 *
 * - cadence: the latest held touchpoint of a kind was on day H with a cadence of C days
 *   (its own, else the latest cadence given for that kind), so the next was due on H + C;
 *   from the day after (H + C + 1) it is overdue, unless one of that kind is already
 *   scheduled for today or later;
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
    const heldDay = (touchpoint: Touchpoint) =>
      touchpoint.heldAt === undefined ? undefined : dayOfInstant(calendar, touchpoint.heldAt);
    const scheduledDay = (touchpoint: Touchpoint) =>
      touchpoint.scheduledFor === undefined
        ? undefined
        : dayOfInstant(calendar, touchpoint.scheduledFor);

    for (const kind of TOUCHPOINT_KINDS) {
      const ofKind = touchpoints.filter((touchpoint) => touchpoint.kind === kind);
      if (ofKind.length === 0) continue;
      const label = TOUCHPOINT_KIND_LABELS[kind];
      const held = ofKind
        .filter((touchpoint) => touchpoint.heldAt !== undefined)
        .sort((a, b) => Date.parse(b.heldAt!) - Date.parse(a.heldAt!));
      const lastHeldDay = held[0] === undefined ? undefined : heldDay(held[0]);
      const upcoming = ofKind.some(
        (touchpoint) =>
          touchpoint.heldAt === undefined && (scheduledDay(touchpoint) ?? -Infinity) >= today,
      );

      // Cadence: counted from the latest one held.
      const latestHeld = held[0];
      const cadence =
        latestHeld?.cadenceDays ??
        [...ofKind]
          .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
          .find((touchpoint) => touchpoint.cadenceDays !== undefined)?.cadenceDays;
      if (latestHeld && lastHeldDay !== undefined && cadence !== undefined && !upcoming) {
        const dueDay = lastHeldDay + cadence;
        if (today > dueDay) {
          nudges.push({
            subject: nudgeSubject(
              'touchpoint-overdue',
              partner.id,
              `${kind}:${civilFromDays(dueDay)}`,
            ),
            rule: 'touchpoint-overdue',
            partnerId: partner.id,
            partnerName: partner.name,
            title: `${label} with ${partner.name} is overdue`,
            reason: `The last ${label.toLowerCase()} with ${partner.name} was on ${formatDay(lastHeldDay)}; at a cadence of every ${days(cadence)} the next was due on ${formatDay(dueDay)}, ${relativeDays(dueDay - today)}, and none is scheduled.`,
            action: { kind: 'open-options', label: 'Log or schedule it', route },
            since: startOfDay(calendar, dueDay + 1),
          });
        }
      }

      // Missed: scheduled in the past, never logged as held.
      for (const touchpoint of ofKind) {
        const day = scheduledDay(touchpoint);
        if (touchpoint.heldAt !== undefined || day === undefined || day >= today) continue;
        if (lastHeldDay !== undefined && lastHeldDay >= day) continue;
        nudges.push({
          subject: nudgeSubject('touchpoint-overdue', partner.id, `scheduled:${touchpoint.id}`),
          rule: 'touchpoint-overdue',
          partnerId: partner.id,
          partnerName: partner.name,
          title: `${label} with ${partner.name} was not logged`,
          reason: `A ${label.toLowerCase()} with ${partner.name} was scheduled for ${formatDay(day)}, ${relativeDays(day - today)}, and is not logged as held. Log it with its notes, or schedule a new date.`,
          action: { kind: 'open-options', label: 'Update the touchpoint', route },
          since: startOfDay(calendar, day + 1),
        });
      }
    }
    return nudges;
  },
};
