import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// A stand-in for `fetch` that answers Jira REST requests from test/fixtures/jira and records
// every request, so tests can assert on paths, queries, headers and bodies.
//
// The fixtures, in the official response shapes (Cloud REST v3, Data Center REST v2):
// - search-jql-page-1.json: ACME-1 (To Do, `emailAddress: null`, `duedate: null`), ACME-2
//   (In Progress, due date, +0100 dates), ACME-3 (reopened once; histories listed newest
//   first, status and resolution changed in one history), ACME-4 (status without its category:
//   skipped); `nextPageToken` "CAEaAggD", `isLast: false`.
// - search-jql-page-2.json: ACME-5 (passes through To Do-category statuses no issue shows),
//   ACME-6 (status in Jira's "No Category", key `undefined`: skipped), ACME-7 (130 histories,
//   the 100 most recent embedded, `total: 130`); no token, `isLast: true`.
// - issue-ACME-7-changelog-startAt-{0,20}.json: the oldest histories of ACME-7, 20 a page.
// - approximate-count.json, statuses.json (GET /rest/api/3/status), rate-limited.json (429 body).
// - issue-ACME-2.json; issue-WEB-1-no-components.json (team-managed, no `components` field).
// - search-datacenter-page-{1,2}.json: OPS-1..3 at /jira, `total: 3`, two a page, users with
//   `name`/`key` (one without e-mail).

const FIXTURES = fileURLToPath(new URL('../../../fixtures/jira/', import.meta.url));

export function fixture<T = unknown>(name: string): T {
  return JSON.parse(readFileSync(`${FIXTURES}${name}`, 'utf8')) as T;
}

/** A Jira issue as the fixtures hold it, typed just enough for tests to alter copies. */
export interface RawIssue {
  key: string;
  fields: {
    status: { id?: string; name: string; statusCategory: { key: string } };
    [field: string]: unknown;
  };
  changelog: { total?: number; histories: RawHistory[] };
}

export interface RawHistory {
  id: string;
  created: string;
  items: {
    field: string;
    fieldtype?: string;
    from: string | null;
    fromString: string | null;
    to: string | null;
    toString: string | null;
  }[];
}

/** The issues of a search-response fixture. */
export function fixtureIssues(name: string): RawIssue[] {
  return fixture<{ issues: RawIssue[] }>(name).issues;
}

export interface RecordedRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: unknown;
}

/** Answers one request; `undefined` passes it to the next handler (finally a 404). */
export type JiraHandler = (
  request: RecordedRequest,
) => Response | undefined | Promise<Response | undefined>;

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json;charset=UTF-8', ...headers },
  });
}

export function html(body: string, status = 200): Response {
  return new Response(body, { status, headers: { 'content-type': 'text/html;charset=UTF-8' } });
}

/** What Jira answers for a missing issue or endpoint. */
export function notFound(): Response {
  return json(
    {
      errorMessages: ['Issue does not exist or you do not have permission to see it.'],
      errors: {},
    },
    404,
  );
}

/** Jira Cloud `https://acme.atlassian.net`, answering from the fixtures. */
export const cloudFixtures: JiraHandler = ({ method, url }) => {
  const path = url.pathname;
  const q = url.searchParams;
  if (path === '/rest/api/3/search' || path === '/rest/api/2/search') {
    // The old search endpoint is gone on Cloud.
    return json(
      {
        errorMessages: [
          'The requested API has been removed. Please migrate to the /rest/api/3/search/jql API.',
        ],
        errors: {},
      },
      410,
    );
  }
  if (method === 'GET' && path === '/rest/api/3/search/jql') {
    const token = q.get('nextPageToken');
    if (token === null) return json(fixture('search-jql-page-1.json'));
    if (token === 'CAEaAggD') return json(fixture('search-jql-page-2.json'));
    return json({ errorMessages: ['Invalid nextPageToken'], errors: {} }, 400);
  }
  if (method === 'POST' && path === '/rest/api/3/search/approximate-count') {
    return json(fixture('approximate-count.json'));
  }
  if (method === 'GET' && path === '/rest/api/3/status') return json(fixture('statuses.json'));
  const changelog = /^\/rest\/api\/3\/issue\/([^/]+)\/changelog$/.exec(path);
  if (method === 'GET' && changelog) {
    const name = `issue-${changelog[1]}-changelog-startAt-${q.get('startAt') ?? '0'}.json`;
    return tryFixture(name);
  }
  const issue = /^\/rest\/api\/3\/issue\/([^/]+)$/.exec(path);
  if (method === 'GET' && issue?.[1] === 'ACME-2') return json(fixture('issue-ACME-2.json'));
  if (method === 'GET' && issue?.[1] === 'WEB-1')
    return json(fixture('issue-WEB-1-no-components.json'));
  return undefined;
};

/** Jira Data Center at `https://jira.example.com/jira`, two issues per search page. */
export const dataCenterFixtures: JiraHandler = ({ method, url }) => {
  if (method === 'GET' && url.pathname === '/jira/rest/api/2/search') {
    const startAt = url.searchParams.get('startAt');
    if (startAt === '0') return json(fixture('search-datacenter-page-1.json'));
    if (startAt === '2') return json(fixture('search-datacenter-page-2.json'));
  }
  return undefined;
};

function tryFixture(name: string): Response {
  try {
    return json(fixture(name));
  } catch {
    return notFound();
  }
}

export interface FakeJira {
  fetch: typeof fetch;
  requests: RecordedRequest[];
  /** Requests to one path, e.g. `/rest/api/3/search/jql`. */
  to(path: string): RecordedRequest[];
}

/**
 * A fake `fetch` trying `handlers` in order. It honours `AbortSignal` like the real one: an
 * aborted request rejects with an `AbortError`.
 */
export function fakeJira(...handlers: JiraHandler[]): FakeJira {
  const requests: RecordedRequest[] = [];
  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const signal = init?.signal;
    if (signal?.aborted) throw new DOMException('The operation was aborted.', 'AbortError');
    const request: RecordedRequest = {
      method: init?.method ?? 'GET',
      url: new URL(String(input)),
      headers: new Headers(init?.headers),
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    requests.push(request);
    for (const handler of handlers) {
      const response = await handler(request);
      if (signal?.aborted) throw new DOMException('The operation was aborted.', 'AbortError');
      if (response) return response;
    }
    return notFound();
  };
  return {
    fetch: fetchImpl as typeof fetch,
    requests,
    to: (path) => requests.filter((request) => request.url.pathname === path),
  };
}

/** Answers the first `times` requests to `path` with `response()`, then lets others answer. */
export function failFirst(path: string, times: number, response: () => Response): JiraHandler {
  let left = times;
  return ({ url }) => {
    if (url.pathname !== path || left <= 0) return undefined;
    left--;
    return response();
  };
}
