import { describe, expect, it } from 'vitest';
import type { LoadProgress } from '../../../../lib/hosts/adapter';
import { createJiraAdapter } from '../../../../lib/hosts/jira/adapter';
import {
  dataCenterFixtures,
  fakeJira,
  fixture,
  fixtureIssues,
  html,
  json,
  type JiraHandler,
} from './fake-jira';

const SITE = 'https://jira.example.com';
const NOW = Date.parse('2024-05-10T12:00:00.000Z');
const SEARCH = '/jira/rest/api/2/search';

function dataCenterAdapter(...handlers: JiraHandler[]) {
  const jira = fakeJira(...handlers, dataCenterFixtures);
  const adapter = createJiraAdapter({
    site: SITE,
    deployment: 'datacenter',
    // As `window.contextPath` gives it, with a trailing slash tolerated.
    contextPath: '/jira/',
    fetchImpl: jira.fetch,
    sleep: async () => undefined,
    now: () => NOW,
  });
  return { adapter, jira };
}

describe('Jira Data Center adapter', () => {
  it('pages by startAt until the total, under the context path, and reports progress', async () => {
    const { adapter, jira } = dataCenterAdapter();
    const progress: LoadProgress[] = [];
    const result = await adapter.loadScope({ scopeId: 'OPS', onProgress: (p) => progress.push(p) });

    expect(result.items.map((item) => item.key)).toEqual(['OPS-1', 'OPS-2', 'OPS-3']);
    expect(result.skipped).toEqual([]);
    // The server returned 2 per page though 100 were asked for: the next page starts at 2.
    const searches = jira.to(SEARCH);
    expect(searches.map(({ url }) => url.searchParams.get('startAt'))).toEqual(['0', '2']);
    expect(searches[0]!.url.searchParams.get('maxResults')).toBe('100');
    expect(searches[0]!.url.searchParams.get('expand')).toBe('changelog');
    expect(searches[0]!.url.searchParams.get('jql')).toBe('project = "OPS" ORDER BY updated ASC');
    expect(progress).toEqual([
      { loaded: 2, total: 3 },
      { loaded: 3, total: 3 },
    ]);
    // Only REST v2 under /jira: no Cloud endpoints, no count request.
    expect(jira.requests.every(({ url }) => url.pathname.startsWith('/jira/rest/api/2/'))).toBe(
      true,
    );
  });

  it('normalises Data Center users and links issues under the context path', async () => {
    const { adapter } = dataCenterAdapter();
    const { items } = await adapter.loadScope({ scopeId: 'OPS' });
    expect(items[0]).toMatchObject({
      url: 'https://jira.example.com/jira/browse/OPS-1',
      assignee: { name: 'Jane Doe', email: 'jane.doe@example.com' },
    });
    expect(items[1]).toMatchObject({
      statusCategory: 'done',
      assignee: { name: 'Contractor Seven' },
      done: '2024-02-06T17:00:00.000+01:00',
    });
  });

  it('adds the incremental clause when loading changes since the last load', async () => {
    const { adapter, jira } = dataCenterAdapter();
    await adapter.loadScope({ scopeId: 'OPS', since: '2024-05-10T10:00:00.000Z' });
    expect(jira.to(SEARCH)[0]!.url.searchParams.get('jql')).toBe(
      'project = "OPS" AND updated >= "-121m" ORDER BY updated ASC',
    );
  });

  it('ends on an empty page when the total shrank while paging', async () => {
    const { adapter, jira } = dataCenterAdapter(({ url }) =>
      url.pathname === SEARCH && url.searchParams.get('startAt') === '2'
        ? json({ startAt: 2, maxResults: 2, total: 5, issues: [] })
        : undefined,
    );
    const { items } = await adapter.loadScope({ scopeId: 'OPS' });
    expect(items).toHaveLength(2);
    expect(jira.to(SEARCH)).toHaveLength(2);
  });

  it('reads a truncated changelog whole from the single-issue endpoint', async () => {
    const ops2 = fixtureIssues('search-datacenter-page-1.json')[1]!;
    const truncated = structuredClone(ops2);
    // Only the closing history embedded, of two: the move into In Progress is missing.
    truncated.changelog = { total: 2, histories: truncated.changelog.histories.slice(1) };
    const { adapter, jira } = dataCenterAdapter(({ url }) => {
      if (url.pathname === SEARCH)
        return json({ startAt: 0, maxResults: 100, total: 1, issues: [truncated] });
      if (url.pathname === '/jira/rest/api/2/issue/OPS-2') return json(ops2);
      return undefined;
    });
    const { items } = await adapter.loadScope({ scopeId: 'OPS' });
    expect(items[0]?.started).toBe('2024-02-03T10:00:00.000+01:00');
    expect(jira.to('/jira/rest/api/2/issue/OPS-2')[0]!.url.searchParams.get('expand')).toBe(
      'changelog',
    );
  });

  it('loads one issue from REST v2', async () => {
    const [ops1] = fixture<{ issues: unknown[] }>('search-datacenter-page-1.json').issues;
    const { adapter, jira } = dataCenterAdapter(({ url }) =>
      url.pathname === '/jira/rest/api/2/issue/OPS-1' ? json(ops1) : undefined,
    );
    const { item } = await adapter.loadItem('OPS-1');
    expect(item).toMatchObject({ key: 'OPS-1', statusCategory: 'todo', due: '2024-02-29' });
    expect(jira.requests).toHaveLength(1);
  });

  it('reports the sign-in page of a Data Center instance as signed out', async () => {
    const { adapter } = dataCenterAdapter(() =>
      html('<html><body id="jira"><form id="login-form"></form></body></html>'),
    );
    await expect(adapter.loadScope({ scopeId: 'OPS' })).rejects.toMatchObject({
      kind: 'signed-out',
    });
  });

  it('stops when aborted between pages', async () => {
    const { adapter, jira } = dataCenterAdapter();
    const controller = new AbortController();
    await expect(
      adapter.loadScope({
        scopeId: 'OPS',
        signal: controller.signal,
        onProgress: () => controller.abort(),
      }),
    ).rejects.toMatchObject({ kind: 'aborted' });
    expect(jira.to(SEARCH)).toHaveLength(1);
  });
});
