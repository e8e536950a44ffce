const BASE_DELAY_MS = 1_000;
const MAX_DELAY_MS = 60_000;

/**
 * Milliseconds to wait before retrying a throttled or failed request. A server-given
 * `Retry-After` (seconds or an HTTP date) wins; otherwise exponential backoff with jitter
 * (half to full delay) so that parallel requests do not retry in lockstep. Trello's 429
 * carries no header at all, only `{"error":"API_TOKEN_LIMIT_EXCEEDED"}`.
 */
export function retryDelayMs(
  attempt: number,
  retryAfter: string | null,
  now: number,
  random: () => number,
): number {
  const fromHeader = parseRetryAfter(retryAfter, now);
  if (fromHeader !== null) return Math.min(fromHeader, MAX_DELAY_MS);
  const exponential = Math.min(BASE_DELAY_MS * 2 ** attempt, MAX_DELAY_MS);
  return Math.round(exponential * (0.5 + random() / 2));
}

export function parseRetryAfter(value: string | null, now: number): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}
