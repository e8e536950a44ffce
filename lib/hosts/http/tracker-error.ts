/**
 * Why a read from a tracker failed, in the terms the sidebar explains to the user:
 * signed out → "Sign in to <tool>", forbidden / not found → a message for that scope,
 * network → cached data with its age, invalid response → diagnostics.
 */
export type TrackerErrorKind =
  | 'signed-out'
  | 'forbidden'
  | 'not-found'
  | 'rate-limited'
  | 'network'
  | 'invalid-response'
  | 'http'
  | 'aborted';

export class TrackerError extends Error {
  constructor(
    readonly kind: TrackerErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'TrackerError';
  }
}

export function isAbort(error: unknown): boolean {
  return (
    (error instanceof TrackerError && error.kind === 'aborted') ||
    (error instanceof DOMException && error.name === 'AbortError') ||
    (error instanceof Error && error.name === 'AbortError')
  );
}
