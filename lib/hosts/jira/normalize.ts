import type { z } from 'zod';
import { formatZodError } from '../../model/validation';
import {
  workItemSchema,
  type StatusCategory,
  type WorkItem,
  type WorkItemAssignee,
} from '../../model/work-item';
import { jiraIssueSchema, type JiraHistory, type JiraIssue, type JiraUser } from './api-schemas';
import { categoryOfStatusCategoryKey, JiraStatusCategories } from './status-categories';
import { statusTimeline } from './status-transitions';

export interface JiraNormalizeOptions {
  /** Origin of the Jira site, e.g. `https://acme.atlassian.net`. */
  site: string;
  /** Path prefix of a Data Center instance, e.g. `/jira`; `''` on Cloud. */
  contextPath: string;
  /**
   * Categories of statuses the issue itself does not show (its changelog names statuses, not
   * categories): a learned map, or categories by status name.
   */
  statusCategories?: JiraStatusCategories | Readonly<Record<string, StatusCategory>>;
  /**
   * The issue's complete history when the embedded changelog was cut at 100 entries;
   * merged with the embedded histories.
   */
  histories?: readonly JiraHistory[];
}

/** An issue that cannot become a `WorkItem`; the message says why, for the "skipped" list. */
export class InvalidJiraIssueError extends Error {
  constructor(
    message: string,
    readonly key?: string,
  ) {
    super(message);
    this.name = 'InvalidJiraIssueError';
  }
}

/**
 * Turns an issue as Jira's REST API returns it (`/rest/api/3/search/jql`, `/rest/api/2/search`,
 * `/rest/api/{2,3}/issue/{key}`, with `expand=changelog`) into a `WorkItem`. Throws an
 * {@link InvalidJiraIssueError} with a readable reason, and nothing else, when it cannot.
 *
 * - `statusCategory` from `status.statusCategory.key`: new → todo, indeterminate → doing,
 *   done → done; any other key (Jira's "No Category" is `undefined`) is refused.
 * - `transitions` from the changelog's `status` items, oldest first, starting with the
 *   creation. Those items name statuses, not categories: a status is categorised as the
 *   issue's current status, else from `statusCategories`, else guessed — `todo` for the
 *   status the issue was created in, `doing` for later ones (see `status-transitions.ts`).
 * - `started` is the first move into doing; `done` the last move into done while the issue
 *   is done (a move out of done is a reopen, kept in `transitions`).
 * - Dates keep Jira's offset in ISO form (`+0000` → `+00:00`); `due` is Jira's date.
 */
export function normalizeJiraIssue(raw: unknown, options: JiraNormalizeOptions): WorkItem {
  return normalizeParsedJiraIssue(parseJiraIssue(raw), options);
}

/** Validates one issue of a response; throws an {@link InvalidJiraIssueError} saying what is wrong. */
export function parseJiraIssue(raw: unknown): JiraIssue {
  const parsed = jiraIssueSchema.safeParse(raw);
  if (!parsed.success) {
    throw new InvalidJiraIssueError(
      `Unexpected issue data (${describeIssues(parsed.error)}).`,
      rawIssueKey(raw),
    );
  }
  return parsed.data;
}

/** {@link normalizeJiraIssue} for an issue already validated with `jiraIssueSchema`. */
export function normalizeParsedJiraIssue(
  issue: JiraIssue,
  options: JiraNormalizeOptions,
): WorkItem {
  const { fields } = issue;
  const category = categoryOfStatusCategoryKey(fields.status.statusCategory.key);
  if (!category) {
    throw new InvalidJiraIssueError(
      `Status "${fields.status.name}" has the unknown status category "${fields.status.statusCategory.key}" (Jira uses new, indeterminate or done).`,
      issue.key,
    );
  }

  const timeline = statusTimeline({
    created: fields.created,
    current: { id: fields.status.id, name: fields.status.name, category },
    histories: [...(issue.changelog?.histories ?? []), ...(options.histories ?? [])],
    known: knownCategories(options.statusCategories),
    currentSince:
      fields.statuscategorychangedate ??
      (category === 'done' ? fields.resolutiondate : undefined) ??
      fields.updated ??
      undefined,
  });

  const candidate: WorkItem = {
    tool: 'jira',
    site: options.site,
    key: issue.key,
    title: fields.summary,
    url: `${options.site}${options.contextPath}/browse/${encodeURIComponent(issue.key)}`,
    statusName: fields.status.name,
    statusCategory: category,
    created: fields.created,
    ...(timeline.started ? { started: timeline.started } : {}),
    // An issue done since its creation (imports, a changelog without status changes) has no
    // move into done: its resolution date tells when it was finished, else its creation.
    ...(category === 'done'
      ? { done: timeline.done ?? fields.resolutiondate ?? fields.created }
      : {}),
    ...(fields.duedate ? { due: fields.duedate } : {}),
    assignee: fields.assignee ? assigneeOf(fields.assignee) : null,
    labels: fields.labels ?? [],
    components: (fields.components ?? []).map((component) => component.name),
    project: {
      id: fields.project.key,
      ...(fields.project.name ? { name: fields.project.name } : {}),
    },
    ...(fields.issuetype ? { itemType: fields.issuetype.name } : {}),
    transitions: timeline.transitions,
  };
  const checked = workItemSchema.safeParse(candidate);
  if (!checked.success) {
    throw new InvalidJiraIssueError(
      `The issue cannot be shown (${describeIssues(checked.error)}).`,
      issue.key,
    );
  }
  return checked.data;
}

function assigneeOf(user: JiraUser): WorkItemAssignee {
  const name = user.displayName ?? user.name ?? user.key ?? user.accountId ?? 'Unknown user';
  // `emailAddress` is null (or absent) when the user's privacy settings hide it.
  return user.emailAddress ? { name, email: user.emailAddress } : { name };
}

function knownCategories(given: JiraNormalizeOptions['statusCategories']): JiraStatusCategories {
  return given instanceof JiraStatusCategories
    ? given
    : JiraStatusCategories.fromNames(given ?? {});
}

/** The key of an issue that failed validation, when it has a readable one. */
function rawIssueKey(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { key, id } = raw as { key?: unknown; id?: unknown };
  if (typeof key === 'string' && key) return key;
  return typeof id === 'string' && id ? id : undefined;
}

function describeIssues(error: z.ZodError): string {
  return formatZodError(error)
    .slice(0, 3)
    .map(({ path, message }) => (path ? `${path}: ${message}` : message))
    .join('; ');
}
