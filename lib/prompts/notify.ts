import type { Nudge } from '../model/nudge';

/**
 * Which nudges are new since the last evaluation, for desktop notifications: those whose
 * subject was not pending last time. A nudge that went away (snoozed, or its condition
 * ended) and comes back counts as new again, which is what "remind me later" asks for.
 */
export function newlyPending(
  previous: readonly string[] | null,
  current: readonly Nudge[],
): Nudge[] {
  // No record yet (first run after install): remember, but do not notify the backlog.
  if (previous === null) return [];
  const known = new Set(previous);
  return current.filter((nudge) => !known.has(nudge.subject));
}
