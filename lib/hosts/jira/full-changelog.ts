import { jiraIssueSchema, type JiraHistory, type JiraIssue } from './api-schemas';
import { TrackerError } from '../http/tracker-error';
import type { JiraApi } from './api';

/** True when Jira embedded only part of the issue's history (`changelog.total` says more exist). */
export function isChangelogTruncated(issue: JiraIssue): boolean {
  const changelog = issue.changelog;
  return changelog?.total !== undefined && changelog.total > changelog.histories.length;
}

/**
 * The complete history of an issue whose embedded changelog was cut short.
 *
 * Cloud embeds only the 100 most recent histories with `expand=changelog`; the older ones come
 * from `GET /rest/api/3/issue/{key}/changelog`, which lists oldest first, so reading from the
 * start until the histories add up to `total` fetches only the missing part.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-changelog-get
 *
 * On Data Center the single-issue read (`/rest/api/2/issue/{key}?expand=changelog`) returns
 * the whole changelog, so that is read instead.
 */
export async function loadFullHistories(
  api: JiraApi,
  issue: JiraIssue,
  signal?: AbortSignal,
): Promise<JiraHistory[]> {
  const embedded = issue.changelog?.histories ?? [];
  const total = issue.changelog?.total ?? embedded.length;
  if (api.deployment === 'datacenter') {
    const full = jiraIssueSchema.safeParse(await api.issue(issue.key, signal));
    if (!full.success) {
      throw new TrackerError('invalid-response', 'Jira sent its history in an unexpected shape.');
    }
    return full.data.changelog?.histories ?? embedded;
  }

  const byId = new Map(embedded.map((history) => [history.id, history]));
  // Bounded so that a server that never advances cannot loop forever.
  const maxPages = Math.ceil(total / 10) + 2;
  let startAt = 0;
  for (let page = 0; page < maxPages && byId.size < total; page++) {
    const { values, isLast } = await api.changelogPage(issue.key, startAt, signal);
    for (const history of values) byId.set(history.id, history);
    if (isLast || values.length === 0) break;
    startAt += values.length;
  }
  return [...byId.values()];
}
