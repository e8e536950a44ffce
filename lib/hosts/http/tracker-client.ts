import type { z } from 'zod';
import { retryDelayMs } from './retry-delay';
import { Semaphore } from './semaphore';
import { TrackerError } from './tracker-error';

export interface TrackerClientOptions {
  /** Origin (plus context path for self-hosted Jira) that relative paths resolve against. */
  baseUrl: string;
  /** Shown in messages: "Sign in to Jira to load data". */
  toolLabel: string;
  headers?: Record<string, string>;
  maxConcurrent?: number;
  maxRetries?: number;
  fetchImpl?: typeof fetch;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
  now?: () => number;
}

export interface RequestOptions {
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

export interface TrackerClient {
  readonly baseUrl: string;
  getJson<S extends z.ZodType>(
    path: string,
    schema: S,
    options?: RequestOptions,
  ): Promise<z.output<S>>;
  /** Read-only POSTs only (search, counts, bulk changelog); never used to write data. */
  postJson<S extends z.ZodType>(
    path: string,
    body: unknown,
    schema: S,
    options?: RequestOptions,
  ): Promise<z.output<S>>;
  /** Requests sent so far, retries included (for the refresh bench and tests). */
  readonly requestCount: number;
}

const RETRYABLE = new Set([429, 502, 503, 504]);

export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new TrackerError('aborted', 'The request was cancelled.'));
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new TrackerError('aborted', 'The request was cancelled.'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Same-origin JSON reads from a tracker with the user's session: a concurrency limit per host,
 * retries on 429/5xx honouring `Retry-After` with jittered backoff, cancellation through
 * `AbortSignal`, sign-in pages recognised, and every body validated by a zod schema.
 */
export function createTrackerClient(options: TrackerClientOptions): TrackerClient {
  const {
    baseUrl,
    toolLabel,
    maxRetries = 4,
    fetchImpl = (input, init) => fetch(input, init),
    sleep = abortableSleep,
    random = Math.random,
    now = Date.now,
  } = options;
  const semaphore = new Semaphore(options.maxConcurrent ?? 4);
  let requestCount = 0;

  async function send(path: string, init: RequestInit, signal?: AbortSignal): Promise<unknown> {
    const url = new URL(path, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).toString();
    for (let attempt = 0; ; attempt++) {
      if (signal?.aborted) throw new TrackerError('aborted', 'The request was cancelled.');
      let response: Response;
      try {
        requestCount++;
        response = await semaphore.run(() =>
          fetchImpl(url, { ...init, signal, credentials: 'include' }),
        );
      } catch (error) {
        if (signal?.aborted) throw new TrackerError('aborted', 'The request was cancelled.');
        throw new TrackerError(
          'network',
          `${toolLabel} could not be reached. Check your connection; cached data is shown meanwhile.`,
          error instanceof TypeError ? undefined : 0,
        );
      }
      if (RETRYABLE.has(response.status) && attempt < maxRetries) {
        await response.body?.cancel().catch(() => undefined);
        await sleep(
          retryDelayMs(attempt, response.headers.get('retry-after'), now(), random),
          signal,
        );
        continue;
      }
      return readBody(response, toolLabel);
    }
  }

  function headers(extra?: Record<string, string>, json = false): Record<string, string> {
    return {
      Accept: 'application/json',
      ...(json ? { 'Content-Type': 'application/json' } : {}),
      ...options.headers,
      ...extra,
    };
  }

  function validate<S extends z.ZodType>(schema: S, body: unknown, path: string): z.output<S> {
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new TrackerError(
        'invalid-response',
        `${toolLabel} answered ${path.split('?')[0]} in an unexpected shape (${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}).`,
      );
    }
    return parsed.data;
  }

  return {
    baseUrl,
    get requestCount() {
      return requestCount;
    },
    async getJson(path, schema, request = {}) {
      const body = await send(
        path,
        { method: 'GET', headers: headers(request.headers) },
        request.signal,
      );
      return validate(schema, body, path);
    },
    async postJson(path, payload, schema, request = {}) {
      const body = await send(
        path,
        { method: 'POST', headers: headers(request.headers, true), body: JSON.stringify(payload) },
        request.signal,
      );
      return validate(schema, body, path);
    },
  };
}

async function readBody(response: Response, toolLabel: string): Promise<unknown> {
  const type = response.headers.get('content-type') ?? '';
  // A signed-out session is redirected to a sign-in page: HTML where JSON was asked for.
  if (response.status === 401 || (response.ok && !type.includes('json'))) {
    throw new TrackerError('signed-out', `Sign in to ${toolLabel} to load data.`, 401);
  }
  if (response.status === 403) {
    throw new TrackerError(
      'forbidden',
      `${toolLabel} does not let you see this. Ask for access to it.`,
      403,
    );
  }
  if (response.status === 404) {
    throw new TrackerError(
      'not-found',
      `${toolLabel} could not find this. It may have been moved or deleted.`,
      404,
    );
  }
  if (response.status === 429) {
    throw new TrackerError(
      'rate-limited',
      `${toolLabel} is limiting requests. Partner Lens will try again shortly.`,
      429,
    );
  }
  if (!response.ok) {
    throw new TrackerError(
      'http',
      `${toolLabel} answered with error ${response.status}. Try again later.`,
      response.status,
    );
  }
  try {
    return await response.json();
  } catch {
    throw new TrackerError(
      'invalid-response',
      `${toolLabel} sent a response that is not valid JSON.`,
    );
  }
}
