import type { JiraContext } from '../../model/host-context';

/** A self-hosted Jira (Data Center / Server) the user allowed, e.g. `https://jira.example.com` under `/jira`. */
export interface JiraDataCenterInstance {
  origin: string;
  /** Path prefix of the instance (`window.contextPath` on its pages), e.g. `/jira`; `''` or `/` for none. */
  contextPath: string;
}

type JiraPage = Pick<JiraContext, 'page' | 'projectKey' | 'issueKey' | 'boardId'>;

// Jira keys are upper case, but Jira accepts them in any case in URLs (`/browse/acme-1`
// redirects to `/browse/ACME-1`), so they are matched case-insensitively and upper-cased.
const PROJECT_KEY = /^[A-Z][A-Z0-9_]*$/i;
const ISSUE_KEY = /^([A-Z][A-Z0-9_]*)-\d+$/i;
const NUMERIC_ID = /^\d+$/;

// Exactly one DNS label before atlassian.net: `acme.atlassian.net.evil.com`,
// `evilatlassian.net` and `atlassian.net` itself are not Jira Cloud sites.
const JIRA_CLOUD_HOST = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.atlassian\.net$/;

// The `/jira/<product>/projects/KEY/…` families: Software, Work Management (core, business),
// Service Management, Product Discovery (polaris).
const JIRA_PRODUCTS = new Set(['software', 'core', 'business', 'servicedesk', 'polaris']);

/** True for `https://<tenant>.atlassian.net` on the default port (a port means it is not Atlassian's). */
export function isJiraCloudUrl(url: URL): boolean {
  return url.protocol === 'https:' && url.port === '' && JIRA_CLOUD_HOST.test(url.hostname);
}

/** What a Jira Cloud URL shows; null when it is not Jira Cloud or names no project, issue or board. */
export function detectJiraCloudUrl(url: URL): JiraContext | null {
  if (!isJiraCloudUrl(url)) return null;
  const page = readJiraPath(pathSegments(url.pathname), url.searchParams);
  return page && { tool: 'jira', site: url.origin, deployment: 'cloud', contextPath: '', ...page };
}

/**
 * What a URL of one of the configured Jira Data Center instances shows. The same paths as on
 * Cloud, after the instance's context path:
 *   https://jira.example.com/jira/browse/OPS-7  (context path /jira)
 *   https://jira.example.com/jira/secure/RapidBoard.jspa?rapidView=12&projectKey=OPS&view=planning  (context path /jira)
 *   https://jira.example.com/jira/projects/OPS/issues/OPS-7?filter=allopenissues  (context path /jira)
 *   https://tracker.example.org:8443/browse/WEB-3  (no context path)
 */
export function detectJiraDataCenterUrl(
  url: URL,
  instances: readonly JiraDataCenterInstance[],
): JiraContext | null {
  if (url.protocol !== 'https:') return null;
  const contextPath = matchingContextPath(url, instances);
  if (contextPath === null) return null;
  const rest = url.pathname.slice(contextPath.length);
  const page = readJiraPath(pathSegments(rest), url.searchParams);
  return page && { tool: 'jira', site: url.origin, deployment: 'datacenter', contextPath, ...page };
}

/** The longest configured context path of the URL's origin that prefixes its path, or null. */
function matchingContextPath(
  url: URL,
  instances: readonly JiraDataCenterInstance[],
): string | null {
  let best: string | null = null;
  for (const instance of instances) {
    if (originOf(instance?.origin) !== url.origin) continue;
    const contextPath = normalizeContextPath(instance.contextPath);
    const covers = url.pathname === contextPath || url.pathname.startsWith(`${contextPath}/`);
    if (covers && (best === null || contextPath.length > best.length)) best = contextPath;
  }
  return best;
}

function originOf(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

/** `jira/`, `/jira/` and `/jira` all mean `/jira`; `/` and `''` mean no context path. */
function normalizeContextPath(value: unknown): string {
  const parts = typeof value === 'string' ? value.split('/').filter(Boolean) : [];
  return parts.length ? `/${parts.join('/')}` : '';
}

function pathSegments(pathname: string): string[] {
  return pathname.split('/').filter(Boolean);
}

/** Reads a Jira path (after any context path); shared by Cloud and Data Center. */
function readJiraPath(segments: readonly string[], query: URLSearchParams): JiraPage | null {
  const [first, second] = segments;
  if (first === 'browse') return readBrowse(segments.slice(1));
  if (first === 'projects') return readProjectView(segments.slice(1), query);
  if (first === 'issues') return readIssueNavigator(segments.slice(1), query);
  if (first === 'secure' && second === 'RapidBoard.jspa' && segments.length === 2) {
    return readRapidBoard(query);
  }
  if (first === 'jira' && second === 'browse') return readBrowse(segments.slice(2));
  if (first === 'jira' && second !== undefined && JIRA_PRODUCTS.has(second)) {
    // Company-managed projects put a `c` before `projects`.
    const rest = segments[2] === 'c' ? segments.slice(3) : segments.slice(2);
    return rest[0] === 'projects' ? readProjectView(rest.slice(1), query) : null;
  }
  // Everything else is about no single project, and Confluence shares the host under /wiki/:
  //   https://acme.atlassian.net/jira/your-work
  //   https://acme.atlassian.net/jira/projects
  //   https://acme.atlassian.net/jira/dashboards/10001
  //   https://acme.atlassian.net/jira/settings/issues/issue-types
  //   https://acme.atlassian.net/jira/software/projects
  //   https://acme.atlassian.net/secure/Dashboard.jspa
  //   https://acme.atlassian.net/issues/?jql=project%3DACME
  //   https://acme.atlassian.net/wiki/spaces/ENG/pages/123/ACME-12+notes
  return null;
}

/**
 * The issue page, or a project key that Jira redirects to the project:
 *   https://acme.atlassian.net/browse/ACME-12
 *   https://acme.atlassian.net/browse/ACME-12?focusedCommentId=10001#comment-10001
 *   https://acme.atlassian.net/browse/acme-12
 *   https://acme.atlassian.net/browse/A1B_2-10/
 *   https://acme.atlassian.net/jira/browse/ACME-12
 *   https://acme.atlassian.net/browse/ACME
 */
function readBrowse(rest: readonly string[]): JiraPage | null {
  if (rest.length !== 1) return null;
  const issueKey = issueKeyOf(rest[0]);
  if (issueKey) return { page: 'issue', projectKey: projectOfIssue(issueKey), issueKey };
  const projectKey = projectKeyOf(rest[0]);
  return projectKey ? { page: 'project', projectKey } : null;
}

/**
 * Everything under `projects/KEY`, with or without `/jira/<product>/(c/)`. The project key in
 * the path names the project even when the open issue belongs to another one (a board can
 * span projects); `?selectedIssue=` keeps the page kind and adds the issue.
 *   https://acme.atlassian.net/jira/software/projects/ACME/boards/3
 *   https://acme.atlassian.net/jira/software/projects/ACME/boards/3?selectedIssue=ACME-12
 *   https://acme.atlassian.net/jira/software/projects/ACME/boards/3/backlog
 *   https://acme.atlassian.net/jira/software/projects/ACME/boards/3/backlog?selectedIssue=ACME-12
 *   https://acme.atlassian.net/jira/software/projects/ACME/boards/3/reports/cumulative-flow-diagram
 *   https://acme.atlassian.net/jira/software/projects/ACME/boards/3/timeline?selectedIssue=ACME-5
 *   https://acme.atlassian.net/jira/software/c/projects/ACME/boards/7
 *   https://acme.atlassian.net/jira/software/c/projects/ACME/boards/7/backlog?selectedIssue=OPS-4
 *   https://acme.atlassian.net/jira/software/projects/ACME/summary
 *   https://acme.atlassian.net/jira/software/projects/ACME/list
 *   https://acme.atlassian.net/jira/software/projects/ACME/timeline
 *   https://acme.atlassian.net/jira/software/projects/ACME/issues/ACME-12
 *   https://acme.atlassian.net/jira/software/projects/ACME/issues?jql=project%3DACME&selectedIssue=ACME-12
 *   https://acme.atlassian.net/jira/software/c/projects/ACME/issues/?filter=allissues
 *   https://acme.atlassian.net/jira/core/projects/OPS/board
 *   https://acme.atlassian.net/jira/core/projects/OPS/list?selectedIssue=OPS-3
 *   https://acme.atlassian.net/jira/servicedesk/projects/HELP/queues/custom/1
 *   https://acme.atlassian.net/jira/servicedesk/projects/HELP/queues/custom/1/HELP-42
 *   https://acme.atlassian.net/projects/ACME/issues/ACME-12?filter=allopenissues
 *   https://acme.atlassian.net/projects/ACME
 */
function readProjectView(rest: readonly string[], query: URLSearchParams): JiraPage | null {
  const projectKey = projectKeyOf(rest[0]);
  if (!projectKey) return null;
  const [, view, id, subview] = rest;
  const selectedIssue = issueKeyOf(query.get('selectedIssue'));
  const withIssue = (page: JiraPage['page'], issueKey = selectedIssue): JiraPage => ({
    page,
    projectKey,
    ...(issueKey ? { issueKey } : {}),
  });
  switch (view) {
    case undefined:
    case 'summary':
      return withIssue('project');
    case 'boards': {
      if (id === undefined || !NUMERIC_ID.test(id)) return withIssue('other');
      // Board sub-views other than the backlog (reports, timeline) show no cards: 'other'.
      const page = subview === undefined ? 'board' : subview === 'backlog' ? 'backlog' : 'other';
      return { ...withIssue(page), boardId: id };
    }
    case 'board':
      // Work Management boards have no board id in the URL.
      return withIssue('board');
    case 'issues':
      return withIssue('issues', issueKeyOf(id) ?? selectedIssue);
    case 'queues':
      return withIssue('queue', issueKeyOf(rest.at(-1)) ?? selectedIssue);
    default:
      return withIssue('other');
  }
}

/**
 * The global issue navigator names no project, so it counts only with an issue open; the
 * project is then the issue's prefix.
 *   https://acme.atlassian.net/issues/?jql=assignee%3DcurrentUser()&selectedIssue=ACME-12
 *   https://acme.atlassian.net/issues/ACME-12?filter=-1
 */
function readIssueNavigator(rest: readonly string[], query: URLSearchParams): JiraPage | null {
  if (rest.length > 1) return null;
  const issueKey = issueKeyOf(rest[0]) ?? issueKeyOf(query.get('selectedIssue'));
  return issueKey ? { page: 'issues', projectKey: projectOfIssue(issueKey), issueKey } : null;
}

/**
 * The legacy board page, still used by Data Center and old Cloud links. `view=planning…` is the
 * backlog, `view=reporting…` the reports. Without `projectKey` the project is the open issue's
 * prefix, or unknown (the board id alone can be resolved through the agile API).
 *   https://acme.atlassian.net/secure/RapidBoard.jspa?rapidView=3&projectKey=ACME
 *   https://acme.atlassian.net/secure/RapidBoard.jspa?rapidView=3&view=planning&selectedIssue=ACME-12
 *   https://acme.atlassian.net/secure/RapidBoard.jspa?rapidView=3&view=reporting&chart=burndownChart
 *   https://acme.atlassian.net/secure/RapidBoard.jspa?rapidView=3
 */
function readRapidBoard(query: URLSearchParams): JiraPage | null {
  const rapidView = query.get('rapidView');
  const boardId = rapidView !== null && NUMERIC_ID.test(rapidView) ? rapidView : undefined;
  const issueKey = issueKeyOf(query.get('selectedIssue'));
  const projectKey =
    projectKeyOf(query.get('projectKey')) ?? (issueKey ? projectOfIssue(issueKey) : undefined);
  if (!boardId && !projectKey) return null;
  const view = query.get('view') ?? '';
  const page = view.startsWith('planning')
    ? 'backlog'
    : view.startsWith('reporting')
      ? 'other'
      : 'board';
  return {
    page,
    ...(projectKey ? { projectKey } : {}),
    ...(issueKey ? { issueKey } : {}),
    ...(boardId ? { boardId } : {}),
  };
}

function projectKeyOf(value: string | null | undefined): string | undefined {
  return value && PROJECT_KEY.test(value) ? value.toUpperCase() : undefined;
}

function issueKeyOf(value: string | null | undefined): string | undefined {
  return value && ISSUE_KEY.test(value) ? value.toUpperCase() : undefined;
}

/** `A1B-10` → `A1B`: an issue key is its project key, a dash and a number. */
function projectOfIssue(issueKey: string): string {
  return issueKey.slice(0, issueKey.lastIndexOf('-'));
}
