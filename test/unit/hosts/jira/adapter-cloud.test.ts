import { describe, expect, it, vi } from 'vitest';
import type { LoadProgress } from '../../../../lib/hosts/adapter';
import { TrackerError } from '../../../../lib/hosts/http/tracker-error';
import { createJiraAdapter } from '../../../../lib/hosts/jira/adapter';
import { JIRA_ISSUE_FIELDS } from '../../../../lib/hosts/jira/api';
import {
  cloudFixtures,
  failFirst,
  fakeJira,
  fixture,
  fixtureIssues,
  html,
  json,
  type FakeJira,
  type JiraHandler,
} from './fake-jira';

const SITE = 'https://acme.atlassian.net';
const NOW = Date.parse('2024-05-10T12:00:00.000Z');
const SEARCH = '/rest/api/3/search/jql';
const COUNT = '/rest/api/3/search/approximate-count';
const CHANGELOG_7 = '/rest/api/3/issue/ACME-7/changelog';
const STATUSES = '/rest/api/3/status';

function cloudAdapter(...handlers: JiraHandler[]) {
  const jira = fakeJira(...handlers, cloudFixtures);
  const sleep = vi.fn(async (_ms: number, _signal?: AbortSignal) => undefined);
  const adapter = createJiraAdapter({
    site: SITE,
    deployment: 'cloud',
    contextPath: '',
    fetchImpl: jira.fetch,
    sleep,
    now: () => NOW,
  });
  return { adapter, jira, sleep };
}

function paths(jira: FakeJira): string[] {
  return jira.requests.map(({ method, url }) => `${method} ${url.pathname}${url.search}`);
}

describe('Jira Cloud adapter: loadScope', () => {
  it('follows nextPageToken until isLast and returns every readable issue', async () => {
    const { adapter, jira } = cloudAdapter();
    const result = await adapter.loadScope({ scopeId: 'ACME' });

    expect(result.items.map((item) => item.key)).toEqual([
      'ACME-1',
      'ACME-2',
      'ACME-3',
      'ACME-5',
      'ACME-7',
    ]);
    expect(result.removedKeys).toEqual([]);
    const searches = jira.to(SEARCH);
    expect(searches).toHaveLength(2);
    expect(searches[0]!.url.searchParams.has('nextPageToken')).toBe(false);
    expect(searches[1]!.url.searchParams.get('nextPageToken')).toBe('CAEaAggD');
  });

  it('asks for a bounded JQL, an explicit field list and the changelog', async () => {
    const { adapter, jira } = cloudAdapter();
    await adapter.loadScope({ scopeId: 'acme' });
    const query = jira.to(SEARCH)[0]!.url.searchParams;
    expect(query.get('jql')).toBe('project = "ACME" ORDER BY updated ASC');
    expect(query.get('fields')?.split(',')).toEqual([...JIRA_ISSUE_FIELDS]);
    expect(query.get('expand')).toBe('changelog');
    expect(query.get('maxResults')).toBe('100');
    // Spaces as %20 in the URL.
    expect(jira.to(SEARCH)[0]!.url.search).toContain('jql=project%20%3D%20%22ACME%22');
  });

  it('never calls the removed /rest/api/3/search', async () => {
    const { adapter, jira } = cloudAdapter();
    await adapter.loadScope({ scopeId: 'ACME' });
    await adapter.loadScope({ scopeId: 'ACME', since: '2024-05-10T11:00:00.000Z' });
    await adapter.loadItem('ACME-2');
    expect(jira.to('/rest/api/3/search')).toEqual([]);
    expect(jira.to('/rest/api/2/search')).toEqual([]);
  });

  it('reports each skipped issue with its key and a readable reason, loading the rest', async () => {
    const { adapter } = cloudAdapter();
    const { skipped } = await adapter.loadScope({ scopeId: 'ACME' });
    expect(skipped).toEqual([
      {
        key: 'ACME-4',
        reason: expect.stringMatching(/^Unexpected issue data \(fields\.status\.statusCategory: /),
      },
      {
        key: 'ACME-6',
        reason:
          'Status "Limbo" has the unknown status category "undefined" (Jira uses new, indeterminate or done).',
      },
    ]);
  });

  it('counts once, with the XSRF header, and reports progress after each page', async () => {
    const { adapter, jira } = cloudAdapter();
    const progress: LoadProgress[] = [];
    await adapter.loadScope({ scopeId: 'ACME', onProgress: (p) => progress.push(p) });

    const counts = jira.to(COUNT);
    expect(counts).toHaveLength(1);
    expect(counts[0]!.method).toBe('POST');
    expect(counts[0]!.body).toEqual({ jql: 'project = "ACME"' });
    expect(counts[0]!.headers.get('x-atlassian-token')).toBe('no-check');
    expect(counts[0]!.headers.get('content-type')).toBe('application/json');
    expect(progress).toEqual([
      { loaded: 4, total: 7 },
      { loaded: 7, total: 7 },
    ]);
  });

  it('continues without a total when the count fails', async () => {
    const { adapter } = cloudAdapter(
      failFirst(COUNT, 1, () => json({ errorMessages: ['Internal error'] }, 500)),
    );
    const progress: LoadProgress[] = [];
    const result = await adapter.loadScope({
      scopeId: 'ACME',
      onProgress: (p) => progress.push(p),
    });
    expect(result.items).toHaveLength(5);
    expect(progress).toEqual([
      { loaded: 4, total: undefined },
      { loaded: 7, total: 7 },
    ]);
  });

  it('fetches the rest of a changelog cut at 100 of 130 histories, and only that', async () => {
    const { adapter, jira } = cloudAdapter();
    const { items } = await adapter.loadScope({ scopeId: 'ACME' });

    // Oldest first, 20 per page here: two pages complete the 30 missing histories.
    expect(jira.to(CHANGELOG_7).map(({ url }) => url.searchParams.get('startAt'))).toEqual([
      '0',
      '20',
    ]);
    expect(jira.to(CHANGELOG_7)[0]!.url.searchParams.get('maxResults')).toBe('100');
    const acme7 = items.find((item) => item.key === 'ACME-7')!;
    // The move into In Progress is history 5 of 130: not among the embedded ones.
    expect(acme7.started).toBe('2024-03-01T13:00:00.000+00:00');
    expect(acme7.transitions.map((t) => t.to)).toEqual(['todo', 'doing', 'done']);
  });

  it('does not fetch changelogs that were embedded whole', async () => {
    const { adapter, jira } = cloudAdapter();
    await adapter.loadScope({ scopeId: 'ACME' });
    const changelogPaths = jira.requests
      .map(({ url }) => url.pathname)
      .filter((path) => path.endsWith('/changelog'));
    expect(new Set(changelogPaths)).toEqual(new Set([CHANGELOG_7]));
  });

  it('reads the status list once to categorise statuses no issue shows', async () => {
    const { adapter, jira } = cloudAdapter();
    const { items } = await adapter.loadScope({ scopeId: 'ACME' });
    await adapter.loadScope({ scopeId: 'ACME' });
    expect(jira.to(STATUSES)).toHaveLength(1);
    // "Selected for Development" is a To Do status: ACME-5 started when it went In Progress.
    expect(items.find((item) => item.key === 'ACME-5')?.started).toBe(
      '2024-02-05T09:00:00.000+00:00',
    );
  });

  it('still loads when the status list is refused, guessing unknown statuses', async () => {
    const { adapter } = cloudAdapter(
      failFirst(STATUSES, 1, () => json({ errorMessages: ['Forbidden'] }, 403)),
    );
    const { items } = await adapter.loadScope({ scopeId: 'ACME' });
    expect(items.find((item) => item.key === 'ACME-5')?.started).toBe(
      '2024-02-02T09:00:00.000+00:00',
    );
  });

  it('skips an issue whose remaining history cannot be loaded', async () => {
    const { adapter } = cloudAdapter(
      failFirst(CHANGELOG_7, 1, () => json({ errorMessages: ['Issue does not exist'] }, 404)),
    );
    const { items, skipped } = await adapter.loadScope({ scopeId: 'ACME' });
    expect(items.map((item) => item.key)).not.toContain('ACME-7');
    expect(skipped).toContainEqual({
      key: 'ACME-7',
      reason:
        'Its full history could not be loaded: Jira could not find this. It may have been moved or deleted.',
    });
  });

  it('loads only issues updated since the last load, in one request when nothing changed', async () => {
    const { adapter, jira } = cloudAdapter(({ url }) =>
      url.pathname === SEARCH ? json({ issues: [], isLast: true }) : undefined,
    );
    const progress: LoadProgress[] = [];
    const result = await adapter.loadScope({
      scopeId: 'ACME',
      since: '2024-05-10T11:00:00.000Z',
      onProgress: (p) => progress.push(p),
    });
    expect(result).toEqual({ items: [], skipped: [], removedKeys: [] });
    expect(paths(jira)).toHaveLength(1);
    expect(jira.to(SEARCH)[0]!.url.searchParams.get('jql')).toBe(
      'project = "ACME" AND updated >= "-61m" ORDER BY updated ASC',
    );
    expect(progress).toEqual([{ loaded: 0, total: 0 }]);
  });

  it('counts the incremental query, not the whole project', async () => {
    const { adapter, jira } = cloudAdapter();
    await adapter.loadScope({ scopeId: 'ACME', since: '2024-05-09T12:00:00.000Z' });
    expect(jira.to(COUNT)[0]!.body).toEqual({
      jql: 'project = "ACME" AND updated >= "-1441m"',
    });
  });

  it('keeps the newest copy of an issue that moved to a later page while paging', async () => {
    const acme2 = fixtureIssues('search-jql-page-1.json')[1]!;
    const updated = structuredClone(acme2);
    updated.fields.summary = 'Build the invoice export (renamed)';
    const { adapter } = cloudAdapter(({ url }) => {
      if (url.pathname !== SEARCH) return undefined;
      return url.searchParams.get('nextPageToken')
        ? json({ issues: [updated], isLast: true })
        : json({ issues: [acme2], nextPageToken: 'next', isLast: false });
    });
    const { items } = await adapter.loadScope({ scopeId: 'ACME' });
    expect(items.map((item) => [item.key, item.title])).toEqual([
      ['ACME-2', 'Build the invoice export (renamed)'],
    ]);
  });

  it('stops with an error when Jira hands out the same page token twice', async () => {
    const { adapter } = cloudAdapter(({ url }) =>
      url.pathname === SEARCH
        ? json({ issues: [], nextPageToken: 'again', isLast: false })
        : undefined,
    );
    await expect(adapter.loadScope({ scopeId: 'ACME' })).rejects.toMatchObject({
      kind: 'invalid-response',
    });
  });

  it('refuses a scope id that is not a project key, before any request', async () => {
    const { adapter, jira } = cloudAdapter();
    await expect(adapter.loadScope({ scopeId: 'ACME" OR project = "X' })).rejects.toThrow(
      'is not a Jira project key',
    );
    expect(jira.requests).toEqual([]);
  });
});

describe('Jira Cloud adapter: failures', () => {
  it('waits and retries after a 429, honouring Retry-After', async () => {
    const { adapter, jira, sleep } = cloudAdapter(
      failFirst(SEARCH, 1, () => json(fixture('rate-limited.json'), 429, { 'Retry-After': '2' })),
    );
    const { items } = await adapter.loadScope({ scopeId: 'ACME' });
    expect(items).toHaveLength(5);
    expect(sleep).toHaveBeenCalledTimes(1);
    expect(sleep.mock.calls[0]![0]).toBe(2000);
    expect(jira.to(SEARCH)).toHaveLength(3);
  });

  it('reports a signed-out session (401 with the sign-in page)', async () => {
    const { adapter } = cloudAdapter(({ url }) =>
      url.pathname === SEARCH
        ? html(
            '<!DOCTYPE html><html><head><title>Log in with Atlassian account</title></head></html>',
            401,
          )
        : undefined,
    );
    const error = await adapter.loadScope({ scopeId: 'ACME' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TrackerError);
    expect(error).toMatchObject({ kind: 'signed-out', message: 'Sign in to Jira to load data.' });
  });

  it('reports a signed-out session redirected to the sign-in page (200 HTML)', async () => {
    const { adapter } = cloudAdapter(({ url }) =>
      url.pathname === SEARCH ? html('<html><body>Log in to continue</body></html>') : undefined,
    );
    await expect(adapter.loadScope({ scopeId: 'ACME' })).rejects.toMatchObject({
      kind: 'signed-out',
    });
  });

  it('reports a body that is not valid JSON', async () => {
    const { adapter } = cloudAdapter(({ url }) =>
      url.pathname === SEARCH
        ? new Response('{"issues": [', { headers: { 'content-type': 'application/json' } })
        : undefined,
    );
    await expect(adapter.loadScope({ scopeId: 'ACME' })).rejects.toMatchObject({
      kind: 'invalid-response',
      message: 'Jira sent a response that is not valid JSON.',
    });
  });

  it('reports a page whose envelope has an unexpected shape', async () => {
    const { adapter } = cloudAdapter(({ url }) =>
      url.pathname === SEARCH ? json({ values: [] }) : undefined,
    );
    await expect(adapter.loadScope({ scopeId: 'ACME' })).rejects.toMatchObject({
      kind: 'invalid-response',
    });
  });

  it('stops when aborted between pages, without asking for the next one', async () => {
    const { adapter, jira } = cloudAdapter();
    const controller = new AbortController();
    const loading = adapter.loadScope({
      scopeId: 'ACME',
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(loading).rejects.toMatchObject({ kind: 'aborted' });
    expect(jira.to(SEARCH)).toHaveLength(1);
  });

  it('stops when aborted while a request is in flight', async () => {
    const controller = new AbortController();
    const { adapter, jira } = cloudAdapter(({ url }) => {
      // Cancelled while the changelog of ACME-7 (page 2) is being fetched.
      if (url.pathname === CHANGELOG_7) controller.abort();
      return undefined;
    });
    await expect(
      adapter.loadScope({ scopeId: 'ACME', signal: controller.signal }),
    ).rejects.toMatchObject({ kind: 'aborted' });
    expect(jira.to(CHANGELOG_7)).toHaveLength(1);
  });

  it('makes no request when already aborted', async () => {
    const { adapter, jira } = cloudAdapter();
    await expect(
      adapter.loadScope({ scopeId: 'ACME', signal: AbortSignal.abort() }),
    ).rejects.toMatchObject({ kind: 'aborted' });
    expect(jira.requests).toEqual([]);
  });
});

describe('Jira Cloud adapter: loadItem', () => {
  it('loads one issue with its changelog', async () => {
    const { adapter, jira } = cloudAdapter();
    const { item, skipped } = await adapter.loadItem('ACME-2');
    expect(skipped).toBeUndefined();
    expect(item).toMatchObject({ key: 'ACME-2', statusCategory: 'doing', due: '2024-03-04' });
    const query = jira.to('/rest/api/3/issue/ACME-2')[0]!.url.searchParams;
    expect(query.get('expand')).toBe('changelog');
    expect(query.get('fields')?.split(',')).toEqual([...JIRA_ISSUE_FIELDS]);
  });

  it('loads an issue of a tenant without components', async () => {
    const { adapter } = cloudAdapter();
    const { item } = await adapter.loadItem('WEB-1');
    expect(item).toMatchObject({ key: 'WEB-1', components: [], project: { id: 'WEB' } });
  });

  it('answers null for an issue Jira does not find (deleted or not visible)', async () => {
    const { adapter } = cloudAdapter();
    expect(await adapter.loadItem('ACME-999')).toEqual({ item: null });
  });

  it('reports an issue that cannot be read as skipped', async () => {
    const { adapter } = cloudAdapter(({ url }) =>
      url.pathname === '/rest/api/3/issue/ACME-4'
        ? json(fixture<{ issues: unknown[] }>('search-jql-page-1.json').issues[3])
        : undefined,
    );
    expect(await adapter.loadItem('ACME-4')).toEqual({
      item: null,
      skipped: { key: 'ACME-4', reason: expect.stringContaining('fields.status.statusCategory') },
    });
  });

  it('passes a signed-out session on as an error', async () => {
    const { adapter } = cloudAdapter(() => html('<html>Log in</html>', 401));
    await expect(adapter.loadItem('ACME-2')).rejects.toMatchObject({ kind: 'signed-out' });
  });
});
