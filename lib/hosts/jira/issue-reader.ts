import type { SkippedItem } from '../adapter';
import { TrackerError, type TrackerErrorKind } from '../http/tracker-error';
import type { WorkItem } from '../../model/work-item';
import type { JiraApi } from './api';
import type { JiraHistory, JiraIssue } from './api-schemas';
import { isChangelogTruncated, loadFullHistories } from './full-changelog';
import { InvalidJiraIssueError, normalizeParsedJiraIssue, parseJiraIssue } from './normalize';
import type { JiraStatusCategories } from './status-categories';
import { isStatusChange } from './status-transitions';

export interface ReadIssues {
  items: WorkItem[];
  skipped: SkippedItem[];
}

export interface IssueReaderOptions {
  api: JiraApi;
  /** Status categories learned so far; the reader adds what each response teaches. */
  known: JiraStatusCategories;
  site: string;
  contextPath: string;
}

export type IssueReader = (
  rawIssues: readonly unknown[],
  signal?: AbortSignal,
) => Promise<ReadIssues>;

/**
 * Validates and normalises the issues of one response, each on its own: a malformed issue, or
 * one whose history cannot be loaded, is skipped with its reason and never fails the others.
 *
 * The statuses of all issues are learned first, since a changelog names statuses that other
 * issues show with their category. Truncated changelogs are completed; the site's status list
 * is read (once per reader) when a changelog still names a status of unknown category.
 */
export function createIssueReader({
  api,
  known,
  site,
  contextPath,
}: IssueReaderOptions): IssueReader {
  let statusList: 'unread' | 'read' | 'unavailable' = 'unread';

  async function learnStatusList(signal?: AbortSignal): Promise<void> {
    if (statusList !== 'unread') return;
    try {
      for (const status of await api.statuses(signal)) known.learn(status);
      statusList = 'read';
    } catch (error) {
      // The list only sharpens guesses: without it, unknown statuses keep their fallback.
      if (isFatal(error)) throw error;
      statusList = 'unavailable';
    }
  }

  return async (rawIssues, signal) => {
    const skipped: SkippedItem[] = [];
    const valid: JiraIssue[] = [];
    for (const raw of rawIssues) {
      try {
        const issue = parseJiraIssue(raw);
        known.learn(issue.fields.status);
        valid.push(issue);
      } catch (error) {
        skipped.push(skippedFor(error));
      }
    }

    const completed = await Promise.all(
      valid.map(async (issue): Promise<CompletedIssue> => {
        if (!isChangelogTruncated(issue)) return { issue };
        try {
          return { issue, histories: await loadFullHistories(api, issue, signal) };
        } catch (error) {
          if (isFatal(error)) throw error;
          return { issue, failure: `Its full history could not be loaded: ${messageOf(error)}` };
        }
      }),
    );

    if (completed.some((entry) => namesUnknownStatus(known, entry))) {
      await learnStatusList(signal);
    }

    const items: WorkItem[] = [];
    for (const { issue, histories, failure } of completed) {
      if (failure) {
        skipped.push({ key: issue.key, reason: failure });
        continue;
      }
      try {
        items.push(
          normalizeParsedJiraIssue(issue, {
            site,
            contextPath,
            statusCategories: known,
            histories,
          }),
        );
      } catch (error) {
        skipped.push(skippedFor(error, issue.key));
      }
    }
    return { items, skipped };
  };
}

interface CompletedIssue {
  issue: JiraIssue;
  /** The complete history, when the embedded one was truncated. */
  histories?: JiraHistory[];
  failure?: string;
}

/** Whether a changelog names a status whose category is not known yet. */
function namesUnknownStatus(known: JiraStatusCategories, { issue, histories }: CompletedIssue) {
  return [...(issue.changelog?.histories ?? []), ...(histories ?? [])].some((history) =>
    history.items.some(
      (item) =>
        isStatusChange(item) &&
        (!known.knows({ id: item.from, name: item.fromString }) ||
          !known.knows({ id: item.to, name: item.toString })),
    ),
  );
}

// Errors that end the whole load: cancelled, signed out, offline, throttled beyond retries.
// Any other tracker error (one issue's history not found or malformed) only skips that issue.
const FATAL_KINDS: ReadonlySet<TrackerErrorKind> = new Set<TrackerErrorKind>([
  'aborted',
  'signed-out',
  'network',
  'rate-limited',
]);

export function isFatal(error: unknown): boolean {
  return !(error instanceof TrackerError) || FATAL_KINDS.has(error.kind);
}

function skippedFor(error: unknown, key?: string): SkippedItem {
  const itemKey = key ?? (error instanceof InvalidJiraIssueError ? error.key : undefined);
  const reason =
    error instanceof InvalidJiraIssueError
      ? error.message
      : `Partner Lens could not read this issue (${messageOf(error)}).`;
  return itemKey === undefined ? { reason } : { key: itemKey, reason };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
