import type { TrackerClient } from '../http/tracker-client';
import {
  jiraApproximateCountSchema,
  jiraChangelogPageSchema,
  jiraCloudSearchPageSchema,
  jiraDataCenterSearchPageSchema,
  jiraRawIssueSchema,
  jiraStatusListSchema,
  type JiraChangelogPage,
  type JiraCloudSearchPage,
  type JiraDataCenterSearchPage,
  type JiraStatus,
} from './api-schemas';

export type JiraDeployment = 'cloud' | 'datacenter';

/**
 * The issue fields the normaliser reads. Jira Cloud's `search/jql` returns only `id` unless
 * fields are listed, and listing them keeps pages small on both deployments.
 */
export const JIRA_ISSUE_FIELDS = [
  'summary',
  'status',
  'issuetype',
  'created',
  'updated',
  'resolutiondate',
  'statuscategorychangedate',
  'duedate',
  'assignee',
  'labels',
  'components',
  'project',
] as const;

/**
 * Issues asked for per search page. Jira may return fewer (it shrinks pages that carry many
 * fields or changelogs; Data Center caps them by its own setting): paging follows what came.
 */
export const SEARCH_PAGE_SIZE = 100;
/** Histories per changelog page, Jira Cloud's maximum. */
export const CHANGELOG_PAGE_SIZE = 100;

// A POST from the page needs this header, or Jira's XSRF check refuses it. These POSTs only
// read (search and count); nothing is ever written to Jira.
const XSRF_HEADER = { 'X-Atlassian-Token': 'no-check' };

export interface JiraApiOptions {
  client: TrackerClient;
  deployment: JiraDeployment;
  /** Path prefix of a Data Center instance, e.g. `/jira`; `''` on Cloud. */
  contextPath: string;
}

/**
 * The read-only Jira REST endpoints Partner Lens uses, as typed calls. Cloud uses REST v3 and
 * the token-paginated `search/jql` (the old `/rest/api/3/search` was removed and answers 410):
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-search/
 * Data Center uses REST v2 with offset pagination.
 */
export interface JiraApi {
  readonly deployment: JiraDeployment;
  /** Cloud: one page of `GET /rest/api/3/search/jql`. */
  searchCloud(
    jql: string,
    nextPageToken: string | undefined,
    signal?: AbortSignal,
  ): Promise<JiraCloudSearchPage>;
  /** Cloud: `POST /rest/api/3/search/approximate-count`. */
  approximateCount(jql: string, signal?: AbortSignal): Promise<number>;
  /** Data Center: one page of `GET /rest/api/2/search`. */
  searchDataCenter(
    jql: string,
    startAt: number,
    signal?: AbortSignal,
  ): Promise<JiraDataCenterSearchPage>;
  /** Cloud: one page of `GET /rest/api/3/issue/{key}/changelog`, oldest first. */
  changelogPage(key: string, startAt: number, signal?: AbortSignal): Promise<JiraChangelogPage>;
  /** `GET /rest/api/{3|2}/issue/{key}` with the changelog; the issue is left unvalidated. */
  issue(key: string, signal?: AbortSignal): Promise<unknown>;
  /** `GET /rest/api/{3|2}/status`: every status of the site with its category. */
  statuses(signal?: AbortSignal): Promise<JiraStatus[]>;
}

export function createJiraApi({ client, deployment, contextPath }: JiraApiOptions): JiraApi {
  const version = deployment === 'cloud' ? 3 : 2;
  const restPath = (path: string, query?: Record<string, string | number | undefined>) => {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(query ?? {})) {
      if (value !== undefined) params.set(name, String(value));
    }
    // `%20` rather than `+` for spaces: the conventional form in JQL URLs (Jira reads both).
    const search = params.size > 0 ? `?${params.toString().replaceAll('+', '%20')}` : '';
    return `${normalizeContextPath(contextPath)}/rest/api/${version}/${path}${search}`;
  };
  const fields = JIRA_ISSUE_FIELDS.join(',');

  return {
    deployment,
    searchCloud(jql, nextPageToken, signal) {
      const path = restPath('search/jql', {
        jql,
        fields,
        expand: 'changelog',
        maxResults: SEARCH_PAGE_SIZE,
        nextPageToken,
      });
      return client.getJson(path, jiraCloudSearchPageSchema, { signal });
    },
    async approximateCount(jql, signal) {
      const { count } = await client.postJson(
        restPath('search/approximate-count'),
        { jql },
        jiraApproximateCountSchema,
        { signal, headers: XSRF_HEADER },
      );
      return count;
    },
    searchDataCenter(jql, startAt, signal) {
      const path = restPath('search', {
        jql,
        fields,
        expand: 'changelog',
        startAt,
        maxResults: SEARCH_PAGE_SIZE,
      });
      return client.getJson(path, jiraDataCenterSearchPageSchema, { signal });
    },
    changelogPage(key, startAt, signal) {
      const path = restPath(`issue/${encodeURIComponent(key)}/changelog`, {
        startAt,
        maxResults: CHANGELOG_PAGE_SIZE,
      });
      return client.getJson(path, jiraChangelogPageSchema, { signal });
    },
    issue(key, signal) {
      const path = restPath(`issue/${encodeURIComponent(key)}`, {
        fields,
        expand: 'changelog',
      });
      return client.getJson(path, jiraRawIssueSchema, { signal });
    },
    statuses(signal) {
      return client.getJson(restPath('status'), jiraStatusListSchema, { signal });
    },
  };
}

/** `''`, `/` → `''`; `jira/` → `/jira`: the form that joins with `/rest/…`. */
export function normalizeContextPath(contextPath: string): string {
  const trimmed = contextPath.trim().replace(/\/+$/, '');
  if (!trimmed) return '';
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}
