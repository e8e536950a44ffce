import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/*
 * A stand-in for app.asana.com/api/1.0 built from the fixtures in test/fixtures/asana/.
 * Routes are keyed by the API path plus the `offset` query parameter when there is one
 * ("/projects/1/tasks" and "/projects/1/tasks?offset=abc"), which is what decides the page.
 */

export const SITE = 'https://app.asana.com';
export const API = `${SITE}/api/1.0`;
export const PROJECT = '1201234567890123';
export const OTHER_PROJECT = '1201234567890999';
export const TASK = {
  sso: '1209000000000001',
  milestone: '1209000000000002',
  reopened: '1209000000000003',
  invalid: '1209000000000004',
  moved: '1209000000000005',
  approval: '1209000000000006',
} as const;
export const SECTION = {
  todo: '1201234567890201',
  inProgress: '1201234567890202',
  review: '1201234567890203',
  done: '1201234567890204',
  building: '1201234567890205',
} as const;
export const TASKS_PAGE_2_OFFSET =
  'eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJib3JkZXJfcmFuayI6IjQifQ.page2';
export const STORIES_PAGE_2_OFFSET = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.c3Rvcmllcw.stories2';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/asana/', import.meta.url));

export function fixture(name: string): unknown {
  return JSON.parse(readFileSync(`${FIXTURES}${name}.json`, 'utf8'));
}

/** The raw tasks of both project pages, by gid. */
export function rawTask(gid: string): Record<string, unknown> {
  const pages = ['project-tasks-page-1', 'project-tasks-page-2'].map(
    (name) => (fixture(name) as { data: Record<string, unknown>[] }).data,
  );
  const found = pages.flat().find((task) => task.gid === gid);
  if (!found) throw new Error(`No fixture task ${gid}`);
  return structuredClone(found);
}

/** All stories of a task across its fixture pages. */
export function rawStories(gid: string): unknown[] {
  const names =
    gid === TASK.moved ? [`stories-${gid}-page-1`, `stories-${gid}-page-2`] : [`stories-${gid}`];
  return names.flatMap((name) => (fixture(name) as { data: unknown[] }).data);
}

export function jsonResponse(
  body: unknown,
  status = 200,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

/** What a signed-out session gets: Asana's login page, with status 200. */
export function signInPage(): Response {
  return new Response('<!DOCTYPE html><html><head><title>Log in - Asana</title></head></html>', {
    status: 200,
    headers: { 'content-type': 'text/html; charset=utf-8' },
  });
}

export type Reply = (request: RecordedRequest) => Response | Promise<Response>;

export interface RecordedRequest {
  url: URL;
  /** Route key: path below /api/1.0, plus `?offset=` when paging. */
  key: string;
  headers: Headers;
  init: RequestInit;
}

export function routeKey(url: URL): string {
  const path = url.pathname.replace(/^\/api\/1\.0/, '');
  const offset = url.searchParams.get('offset');
  return offset ? `${path}?offset=${offset}` : path;
}

/** Fetch double: answers from routes, records each request, and honours abort like fetch. */
export class FakeAsana {
  readonly requests: RecordedRequest[] = [];
  private readonly routes = new Map<string, Reply[]>();

  /** Replies are used in turn; the last one keeps answering. */
  on(key: string, ...replies: Reply[]): this {
    this.routes.set(key, replies);
    return this;
  }

  /** The project's two task pages, and stories for every valid task (403 for the approval). */
  withProject(): this {
    const p = `/projects/${PROJECT}/tasks`;
    this.on(p, () => jsonResponse(fixture('project-tasks-page-1')));
    this.on(`${p}?offset=${TASKS_PAGE_2_OFFSET}`, () =>
      jsonResponse(fixture('project-tasks-page-2')),
    );
    for (const gid of [TASK.sso, TASK.milestone, TASK.reopened]) {
      this.on(`/tasks/${gid}/stories`, () => jsonResponse(fixture(`stories-${gid}`)));
    }
    this.on(`/tasks/${TASK.moved}/stories`, () =>
      jsonResponse(fixture(`stories-${TASK.moved}-page-1`)),
    );
    this.on(`/tasks/${TASK.moved}/stories?offset=${STORIES_PAGE_2_OFFSET}`, () =>
      jsonResponse(fixture(`stories-${TASK.moved}-page-2`)),
    );
    this.on(`/tasks/${TASK.approval}/stories`, () => jsonResponse(fixture('error-forbidden'), 403));
    return this;
  }

  keys(): string[] {
    return this.requests.map((request) => request.key);
  }

  readonly fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const key = routeKey(url);
    const request: RecordedRequest = { url, key, headers: new Headers(init.headers), init };
    this.requests.push(request);
    if (init.signal?.aborted) throw new DOMException('The operation was aborted.', 'AbortError');
    const replies = this.routes.get(key);
    if (!replies || replies.length === 0) {
      return jsonResponse(fixture('error-not-found'), 404);
    }
    const reply = replies.length > 1 ? replies.shift()! : replies[0]!;
    return reply(request);
  };
}

/** A reply that never answers until the request is aborted, like a slow network. */
export function hangUntilAborted(request: RecordedRequest): Promise<Response> {
  return new Promise((_resolve, reject) => {
    request.init.signal?.addEventListener('abort', () =>
      reject(new DOMException('The operation was aborted.', 'AbortError')),
    );
  });
}
