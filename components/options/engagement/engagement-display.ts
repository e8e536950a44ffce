export { dateText, messageOf, scopeText, todayIso } from '../kpi/kpi-display';

/** "28 Nov 2026, 14:30" in the person's time zone, from an ISO instant. */
export function dateTimeText(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** `<input type="datetime-local">` text ("2026-11-28T14:30") of an ISO instant, local time. */
export function toLocalInput(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * ISO instant of a `datetime-local` value; `''` stays `undefined` (not entered), and text the
 * browser would not produce is passed on as is so the schema names the problem.
 */
export function fromLocalInput(text: string): string | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  const date = new Date(trimmed);
  return Number.isNaN(date.getTime()) ? trimmed : date.toISOString();
}

/** Splits text into trimmed, non-empty lines (one entry a line; commas are kept). */
export function splitLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}
