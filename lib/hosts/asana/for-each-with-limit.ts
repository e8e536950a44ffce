import { TrackerError } from '../http/tracker-error';

/**
 * Runs `work` on every item with at most `limit` running at once, and stops handing out
 * items after the first failure or an abort. Queuing a thousand story reads up front would
 * keep them firing after the load already failed (for example on sign-out).
 */
export async function forEachWithLimit<T>(
  items: readonly T[],
  limit: number,
  signal: AbortSignal | undefined,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;

  async function worker(): Promise<void> {
    while (failure === undefined && next < items.length) {
      if (signal?.aborted) {
        failure = { error: new TrackerError('aborted', 'The request was cancelled.') };
        return;
      }
      const item = items[next++] as T;
      try {
        await work(item);
      } catch (error) {
        failure ??= { error };
      }
    }
  }

  const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker);
  await Promise.all(workers);
  if (failure) throw failure.error;
}
