/** Words and numbers for the sentences the KPI engine writes (detail and status reason). */

const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** 12, 3.5, 1,250 — at most one decimal, as the sidebar shows values. */
export function formatNumber(value: number): string {
  // Avoid "-0" for tiny negatives produced by float noise.
  return oneDecimal.format(Object.is(Math.round(value * 10) / 10, -0) ? 0 : value);
}

/** "92%", "4.2/5", "3.5 days", "12 items", "7" — units that are symbols attach to the number. */
export function formatValue(value: number, unit: string): string {
  const number = formatNumber(value);
  const trimmed = unit.trim();
  if (trimmed === '') return number;
  if (trimmed === '%' || trimmed.startsWith('/')) return `${number}${trimmed}`;
  if (trimmed === 'days' && value === 1) return `${number} day`;
  if (trimmed === 'items' && value === 1) return `${number} item`;
  return `${number} ${trimmed}`;
}

/** A noun phrase with a singular and a plural form. */
export interface Noun {
  one: string;
  other: string;
}

/** "1 item", "3 items". */
export function count(n: number, noun: Noun): string {
  return `${formatNumber(n)} ${n === 1 ? noun.one : noun.other}`;
}

export const ITEM: Noun = { one: 'item', other: 'items' };
export const DAY: Noun = { one: 'day', other: 'days' };
export const BUSINESS_DAY: Noun = { one: 'business day', other: 'business days' };

/** "days" or "business days", by a definition's day kind. */
export function dayNoun(kind: 'calendar' | 'business'): Noun {
  return kind === 'business' ? BUSINESS_DAY : DAY;
}
