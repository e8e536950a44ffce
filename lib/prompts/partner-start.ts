import { parseDateOnly } from '../kpi/instant';
import type { ZonedCalendar } from '../kpi/time-zone';
import type { Partner } from '../model/partner';
import { dayOfInstant } from './days';

/**
 * The day the partner's work can be expected to start for the rules that measure a gap with
 * nothing to measure from yet: the later of the day it was added to Partner Lens and its
 * contract start (a contract signed years ago does not make a partner added today overdue,
 * and a contract starting next month leaves nothing to give feedback on before then).
 */
export function partnerStartDay(partner: Partner, calendar: ZonedCalendar): number {
  const added = dayOfInstant(calendar, partner.createdAt);
  if (!partner.contractStart) return added;
  return Math.max(added, parseDateOnly(partner.contractStart));
}

/** Words for where the start day came from. */
export function partnerStartPhrase(partner: Partner, calendar: ZonedCalendar): string {
  const added = dayOfInstant(calendar, partner.createdAt);
  return partner.contractStart && parseDateOnly(partner.contractStart) > added
    ? 'its contract started'
    : 'it was added';
}
