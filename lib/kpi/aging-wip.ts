import type { DayKind } from '../model/kpi-definition';
import type { AgingValue } from './definition';
import { count, dayNoun, formatNumber, type Noun } from './format';
import type { MetricValue } from './metric';
import { activeDuring, CODE_DOING, type ItemSet } from './item-table';
import { windowPhrase, type KpiWindow } from './window';

/**
 * Aging work in progress: how long the items in progress now have been in progress.
 *
 *   age = now − first move to in progress (creation when the tracker never recorded a start)
 *   oldest age = max age over items in progress          (value when agingValue = oldest-age)
 *   aging count = items in progress with age > N days    (value when agingValue = count-over)
 *
 * N is the definition's `agingDays` (14 by default); ages are calendar or business days
 * (durations.ts). The detail always gives both figures and names the oldest item. With nothing
 * in progress the oldest age is 0. The sample is the items active in the window, as for
 * throughput.
 */
export const FORMULA =
  'Age in days of the oldest item in progress, or count of items in progress for more than N days';

export const SAMPLE: Noun = { one: 'item active', other: 'items active' };

export interface AgingWipInput {
  items: ItemSet;
  dayKind: DayKind;
  agingDays: number;
  value: AgingValue;
}

export function compute(input: AgingWipInput, window: KpiWindow): MetricValue {
  const { start, end } = window;
  const { dayKind, agingDays } = input;
  const { table, rows } = input.items;
  const nowPosition = table.counter.position(end, dayKind);
  const categories = table.category;
  const startedColumn = table.started;
  let active = 0;
  let inProgress = 0;
  let aging = 0;
  let oldestAge = 0;
  let oldest = -1;
  for (let index = 0; index < rows.length; index += 1) {
    const row = rows[index]!;
    if (!activeDuring(table, row, start, end)) continue;
    active += 1;
    if (categories[row] !== CODE_DOING) continue;
    inProgress += 1;
    const from = table.position(
      row,
      Number.isNaN(startedColumn[row]!) ? 'created' : 'started',
      dayKind,
    );
    const raw = nowPosition - from;
    const age = raw > 0 ? raw : 0;
    if (age > agingDays) aging += 1;
    if (oldest < 0 || age > oldestAge) {
      oldest = row;
      oldestAge = age;
    }
  }
  if (active === 0) {
    return { value: null, sampleSize: 0, detail: `No items were active ${windowPhrase(window)}` };
  }
  const days = dayNoun(dayKind);
  const value = input.value === 'count-over' ? aging : oldestAge;
  if (oldest < 0) {
    return { value, sampleSize: active, detail: 'No items in progress' };
  }
  const inProgressItems = count(inProgress, { one: 'item', other: 'items' });
  const oldestShown = count(Math.floor(oldestAge * 10) / 10, days);
  return {
    value,
    sampleSize: active,
    detail:
      `${formatNumber(aging)} of ${inProgressItems} in progress for more than ` +
      `${count(agingDays, days)}; oldest: ${table.items[oldest]!.key} at ${oldestShown}`,
  };
}
