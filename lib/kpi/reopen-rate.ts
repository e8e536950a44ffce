import { count, formatNumber, type Noun } from './format';
import type { MetricValue } from './metric';
import type { ItemSet } from './item-table';
import { windowPhrase, type KpiWindow } from './window';

/**
 * Reopen rate, in percent.
 *
 *   reopen rate = items moved out of done in the window
 *               ÷ items moved into or out of done in the window × 100
 *
 * A move out of done (done → to do / in progress) is a reopen. The denominator is the items
 * delivered in the window plus the items reopened in it (an item delivered before the window
 * and reopened in it was delivered too, just earlier), each item counted once however often it
 * bounced. An item delivered twice and reopened once in the window counts 1 of 1.
 */
export const FORMULA =
  'Items reopened in the window ÷ items delivered or reopened in the window × 100';

export const SAMPLE: Noun = { one: 'item delivered', other: 'items delivered' };

export interface ReopenRateInput {
  items: ItemSet;
}

export function compute(input: ReopenRateInput, window: KpiWindow): MetricValue {
  const { start, end } = window;
  let delivered = 0;
  let reopened = 0;
  const { table, rows } = input.items;
  const entries = table.lastDoneEntry;
  const reopens = table.lastReopen;
  for (let index = 0; index < rows.length; index += 1) {
    const row = rows[index]!;
    // The latest move at or before now decides whether any happened in the window.
    const reopen = reopens[row]!;
    if (reopen >= start && reopen <= end) {
      delivered += 1;
      reopened += 1;
    } else {
      const entry = entries[row]!;
      if (entry >= start && entry <= end) delivered += 1;
    }
  }
  const within = windowPhrase(window);
  if (delivered === 0) {
    return { value: null, sampleSize: 0, detail: `No items were delivered ${within}` };
  }
  return {
    value: (reopened / delivered) * 100,
    sampleSize: delivered,
    detail: `${formatNumber(reopened)} of ${count(delivered, SAMPLE)} ${within} ${reopened === 1 ? 'was' : 'were'} reopened`,
  };
}
