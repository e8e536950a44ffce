import type { Milestone } from '../model/milestone';
import { count, formatNumber, type Noun } from './format';
import type { MetricValue } from './metric';
import { dateInWindow, windowPhrase, type KpiWindow } from './window';

/** What the hit rate reads from a milestone record. */
export type MilestoneLike = Pick<Milestone, 'title' | 'dueDate' | 'status'> &
  Partial<Pick<Milestone, 'doneDate' | 'partnerId' | 'linkedItemKeys'>> & {
    readonly deleted?: boolean;
  };

/**
 * Milestone hit rate, in percent.
 *
 *   hit rate = milestones done on or before their due date
 *            ÷ milestones decided in the window × 100
 *
 * A milestone is decided on the day it is done (hit when doneDate ≤ dueDate, missed when
 * later), or — while it is not done — on its due date once that day is over (a miss), or when
 * someone marks it missed and its due date is in the window. Dates are the user's local days.
 * A milestone due today and not done yet is still open; one done early is a hit on the day it
 * is done.
 */
export const FORMULA =
  'Milestones done on or before their due date ÷ milestones done or past due in the window × 100';

export const SAMPLE: Noun = { one: 'milestone due or done', other: 'milestones due or done' };

export interface MilestoneHitRateInput {
  milestones: readonly MilestoneLike[];
}

export function compute(input: MilestoneHitRateInput, window: KpiWindow): MetricValue {
  let decided = 0;
  let hit = 0;
  const missed: string[] = [];
  for (const milestone of input.milestones) {
    if (milestone.deleted === true) continue;
    if (milestone.status === 'done' && milestone.doneDate !== undefined) {
      if (!dateInWindow(window, milestone.doneDate)) continue;
      decided += 1;
      if (milestone.doneDate <= milestone.dueDate) hit += 1;
      else missed.push(milestone.title);
    } else if (
      milestone.dueDate >= window.startDate &&
      (milestone.dueDate < window.endDate ||
        (milestone.status === 'missed' && milestone.dueDate <= window.endDate))
    ) {
      decided += 1;
      missed.push(milestone.title);
    }
  }
  const within = windowPhrase(window);
  if (decided === 0) {
    return { value: null, sampleSize: 0, detail: `No milestones were due or done ${within}` };
  }
  const missedList =
    missed.length === 0
      ? ''
      : `; missed: ${missed.slice(0, 3).join(', ')}${missed.length > 3 ? ` and ${missed.length - 3} more` : ''}`;
  return {
    value: (hit / decided) * 100,
    sampleSize: decided,
    detail: `${formatNumber(hit)} of ${count(decided, SAMPLE)} ${within} hit${missedList}`,
  };
}
