import type { ZonedCalendar } from '../kpi/time-zone';
import { TOUCHPOINT_KINDS, type Touchpoint, type TouchpointKind } from '../model/touchpoint';
import { dayOfInstant } from './days';

/** A touchpoint a partner is due, on a local day of the user's time zone. */
export type DueTouchpoint = {
  kind: TouchpointKind;
  /** The local day it is (or was) due. */
  dueDay: number;
} & (
  | {
      /** Set for that day and not logged as held. */
      source: 'scheduled';
      touchpoint: Touchpoint;
    }
  | {
      /** The latest one held of its kind plus the cadence. */
      source: 'cadence';
      /** The held touchpoint the cadence counts from. */
      touchpoint: Touchpoint;
      lastHeldDay: number;
      cadence: number;
    }
);

/**
 * The touchpoints due, per kind, as of the local day `today`; the one rule behind the
 * sidebar's next touchpoint and the "touchpoint overdue" reminder, so the two always agree.
 * A touchpoint due before `today` is overdue.
 *
 * - Scheduled: set for a day and not logged as held, unless one of its kind was held on or
 *   after that day.
 * - Cadence: the latest one held of a kind, on day H, with a cadence of C days (its own, else
 *   the latest cadence given for that kind), makes the next due on H + C, unless one of that
 *   kind is scheduled for `today` or later.
 */
export function dueTouchpoints(
  touchpoints: readonly Touchpoint[],
  calendar: ZonedCalendar,
  today: number,
): DueTouchpoint[] {
  const due: DueTouchpoint[] = [];
  const live = touchpoints.filter((touchpoint) => !touchpoint.deleted);
  for (const kind of TOUCHPOINT_KINDS) {
    const ofKind = live.filter((touchpoint) => touchpoint.kind === kind);
    const held = ofKind
      .filter((touchpoint) => touchpoint.heldAt !== undefined)
      .sort((a, b) => Date.parse(b.heldAt!) - Date.parse(a.heldAt!));
    const latestHeld = held[0];
    const lastHeldDay = latestHeld ? dayOfInstant(calendar, latestHeld.heldAt!) : undefined;

    let upcoming = false;
    for (const touchpoint of ofKind) {
      if (touchpoint.heldAt !== undefined || touchpoint.scheduledFor === undefined) continue;
      const day = dayOfInstant(calendar, touchpoint.scheduledFor);
      if (day >= today) upcoming = true;
      // Held on or after its day: this one took place, only not logged on its own record.
      if (lastHeldDay !== undefined && lastHeldDay >= day) continue;
      due.push({ kind, dueDay: day, source: 'scheduled', touchpoint });
    }

    const cadence =
      latestHeld?.cadenceDays ??
      [...ofKind]
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
        .find((touchpoint) => touchpoint.cadenceDays !== undefined)?.cadenceDays;
    if (latestHeld && lastHeldDay !== undefined && cadence !== undefined && !upcoming) {
      due.push({
        kind,
        dueDay: lastHeldDay + cadence,
        source: 'cadence',
        touchpoint: latestHeld,
        lastHeldDay,
        cadence,
      });
    }
  }
  return due;
}
