import { describe, expect, it } from 'vitest';
import { createJiraAdapter } from '../../../../lib/hosts/jira/adapter';
import { handleApi } from '../../../e2e/server/api.mjs';
import { SAMPLE_DATA } from '../../../e2e/server/sample-data.mjs';
import { fakeJira, json } from './fake-jira';

// The browser tests' stand-in Jira (test/e2e/server) must keep agreeing with this client:
// the same adapter runs against it in the real extension.

const HOST = 'acme.atlassian.net';

function standInAdapter() {
  const tenant = SAMPLE_DATA.jira[HOST]!;
  const jira = fakeJira(({ method, url, headers, body }) => {
    const answer = handleApi('jira', tenant, {
      method,
      url,
      headers: Object.fromEntries(headers.entries()),
      body: body === undefined ? '' : JSON.stringify(body),
    });
    return answer ? json(answer.json, answer.status, answer.headers) : undefined;
  });
  const adapter = createJiraAdapter({
    site: `https://${HOST}`,
    deployment: 'cloud',
    fetchImpl: jira.fetch,
    sleep: async () => undefined,
  });
  return { adapter, jira, tenant };
}

describe('Jira adapter against the browser tests’ stand-in server', () => {
  it('loads every issue of every project without skipping any', async () => {
    const { adapter, tenant } = standInAdapter();
    for (const project of tenant.projects) {
      const { items, skipped } = await adapter.loadScope({ scopeId: project.key });
      expect(skipped).toEqual([]);
      expect(items.map((item) => item.key).sort()).toEqual(
        project.issues.map((issue) => issue.key).sort(),
      );
    }
  });

  it('loads one issue with its status history', async () => {
    const { adapter, tenant } = standInAdapter();
    const project = tenant.projects[0]!;
    const issue = project.issues.find((candidate) => candidate.history.length > 0)!;
    const { item } = await adapter.loadItem(issue.key);
    expect(item).toMatchObject({ key: issue.key, statusName: issue.status });
    // The history ends in the current status's category.
    expect(item!.transitions.at(-1)?.to).toBe(item!.statusCategory);
  });
});
