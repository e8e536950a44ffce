/** @vitest-environment happy-dom */
import { beforeEach, describe, expect, it } from 'vitest';
import { JIRA_SELECTORS, issueItem } from '@/lib/hosts/jira/selectors';
import type { PageScope } from '@/lib/overlay/inline/anchors';
import { detectContext } from '@/lib/hosts/detect';
import { loadDomFixture, readAll } from '../dom-fixture';

function pageAt(url: string, dataCenter = false): PageScope {
  const context = detectContext(url, {
    jiraDataCenter: dataCenter
      ? [{ origin: 'https://jira.example.com', contextPath: '/jira' }]
      : [],
  });
  if (!context) throw new Error(`not a Jira URL: ${url}`);
  return { url: new URL(url), context };
}

describe('Jira selectors', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('accepts only whole issue keys', () => {
    expect(issueItem('ACME-12')).toEqual({ key: 'ACME-12', scopeId: 'ACME' });
    expect(issueItem(' A1_B-3 ')).toEqual({ key: 'A1_B-3', scopeId: 'A1_B' });
    expect(issueItem('acme-12')).toBeNull();
    expect(issueItem('ACME-12 and more')).toBeNull();
    expect(issueItem(null)).toBeNull();
  });

  it('reads Cloud board cards in old and new markup, and the preview panel title', () => {
    loadDomFixture('jira-cloud-board-preview.html');
    const page = pageAt(
      'https://acme.atlassian.net/jira/software/projects/ACME/boards/1?selectedIssue=ACME-4',
    );
    expect(readAll(JIRA_SELECTORS.cards, page).map(({ id, item }) => [id, item])).toEqual([
      ['c1', { key: 'ACME-1', scopeId: 'ACME' }],
      ['c2', { key: 'ACME-2', scopeId: 'ACME' }],
      ['c3', { key: 'INT-7', scopeId: 'INT' }],
      ['c4', null],
    ]);
    expect(readAll(JIRA_SELECTORS.titles, page).map(({ item }) => item)).toEqual([
      { key: 'ACME-4', scopeId: 'ACME' },
    ]);
  });

  it('reads the issue modal title from its own breadcrumb, not the URL', () => {
    loadDomFixture('jira-cloud-issue-modal.html');
    const page = pageAt('https://acme.atlassian.net/jira/software/c/projects/GLOBEX/issues');
    expect(readAll(JIRA_SELECTORS.titles, page).map(({ item }) => item)).toEqual([
      { key: 'GLOBEX-1', scopeId: 'GLOBEX' },
    ]);
  });

  it('falls back to the URL for an issue page without a breadcrumb', () => {
    document.body.innerHTML =
      '<h1 data-testid="issue.views.issue-base.foundation.summary.heading">Title</h1>';
    const page = pageAt('https://acme.atlassian.net/browse/ACME-9');
    expect(readAll(JIRA_SELECTORS.titles, page).map(({ item }) => item)).toEqual([
      { key: 'ACME-9', scopeId: 'ACME' },
    ]);
  });

  it('reads Data Center board cards and the detail view title', () => {
    loadDomFixture('jira-dc-board.html');
    const page = pageAt('https://jira.example.com/jira/secure/RapidBoard.jspa?rapidView=12', true);
    expect(readAll(JIRA_SELECTORS.cards, page).map(({ item }) => item)).toEqual([
      { key: 'OPS-1', scopeId: 'OPS' },
      { key: 'OPS-2', scopeId: 'OPS' },
    ]);
    expect(readAll(JIRA_SELECTORS.titles, page).map(({ item }) => item)).toEqual([
      { key: 'OPS-2', scopeId: 'OPS' },
    ]);
  });
});
