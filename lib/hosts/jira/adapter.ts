import type { HostAdapter, ScopeLoadRequest, ScopeLoadResult, SkippedItem } from '../adapter';
import { createTrackerClient, type TrackerClient } from '../http/tracker-client';
import { TrackerError } from '../http/tracker-error';
import type { StatusCategory, WorkItem } from '../../model/work-item';
import { createJiraApi, normalizeContextPath, type JiraApi, type JiraDeployment } from './api';
import { createIssueReader, isFatal, type IssueReader, type ReadIssues } from './issue-reader';
import { projectKeyOf, scopeQuery, type ScopeQuery } from './jql';
import { JiraStatusCategories } from './status-categories';

export interface JiraAdapterOptions {
  /** Origin of the site: `https://acme.atlassian.net`, or a Data Center origin. */
  site: string;
  deployment: JiraDeployment;
  /** Path prefix of a Data Center instance (`/jira`); `''` (the default) on Cloud. */
  contextPath?: string;
  /** A ready client whose base URL is `site` (tests, a shared per-host limit). */
  client?: TrackerClient;
  fetchImpl?: typeof fetch;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => number;
  /** Categories of statuses by name, known beforehand (e.g. from the user's settings). */
  statusCategories?: Readonly<Record<string, StatusCategory>>;
}

/**
 * The read-only Jira client for Cloud and Data Center: loads a project's issues (all, or those
 * updated since the last load) and single issues, as `WorkItem`s. An issue Jira sends in a
 * shape that cannot be read is skipped and reported; it never fails the load.
 */
export function createJiraAdapter(options: JiraAdapterOptions): HostAdapter {
  const contextPath = normalizeContextPath(options.contextPath ?? '');
  const now = options.now ?? Date.now;
  const client =
    options.client ??
    createTrackerClient({
      baseUrl: options.site,
      toolLabel: 'Jira',
      fetchImpl: options.fetchImpl,
      sleep: options.sleep,
      now,
    });
  const api = createJiraApi({ client, deployment: options.deployment, contextPath });
  const readIssues = createIssueReader({
    api,
    // Kept for the adapter's life: each load teaches the categories of more statuses.
    known: JiraStatusCategories.fromNames(options.statusCategories ?? {}),
    site: options.site,
    contextPath,
  });

  return {
    async loadScope(request) {
      const query = scopeQuery(projectKeyOf(request.scopeId), request.since, now());
      return api.deployment === 'cloud'
        ? loadCloudScope(api, readIssues, query, request)
        : loadDataCenterScope(api, readIssues, query, request);
    },

    async loadItem(key, signal) {
      let raw: unknown;
      try {
        raw = await api.issue(key, signal);
      } catch (error) {
        // Jira answers 404 both for a deleted issue and for one the user may not see.
        if (error instanceof TrackerError && error.kind === 'not-found') return { item: null };
        throw error;
      }
      const { items, skipped } = await readIssues([raw], signal);
      return skipped[0] ? { item: null, skipped: skipped[0] } : { item: items[0] ?? null };
    },
  };
}

/** Cloud: `search/jql` pages, linked by `nextPageToken` until `isLast`. */
async function loadCloudScope(
  api: JiraApi,
  readIssues: IssueReader,
  query: ScopeQuery,
  { signal, onProgress }: ScopeLoadRequest,
): Promise<ScopeLoadResult> {
  const results = new ScopeResults();
  const seenTokens = new Set<string>();
  let token: string | undefined;
  let count: number | undefined;
  for (let first = true; ; first = false) {
    throwIfAborted(signal);
    const page = await api.searchCloud(query.ordered, token, signal);
    results.add(await readIssues(page.issues, signal), page.issues.length);
    const next = page.nextPageToken ?? undefined;
    const last = page.isLast === true || next === undefined;
    // `search/jql` has no `total`. The approximate count is asked only when there is more than
    // one page to show progress for, so that a refresh with no changes stays one request.
    if (first && !last) count = await approximateCount(api, query.filter, signal);
    // The count is approximate: never below what has arrived, and exact once all has.
    let total = count === undefined ? undefined : Math.max(count, results.loaded);
    if (last) total = results.loaded;
    onProgress?.({ loaded: results.loaded, total });
    if (last) break;
    if (seenTokens.has(next)) {
      throw new TrackerError('invalid-response', 'Jira sent the same page of issues twice.');
    }
    seenTokens.add(next);
    token = next;
  }
  return results.result();
}

/** Data Center: `/rest/api/2/search` pages by `startAt`, with a `total`. */
async function loadDataCenterScope(
  api: JiraApi,
  readIssues: IssueReader,
  query: ScopeQuery,
  { signal, onProgress }: ScopeLoadRequest,
): Promise<ScopeLoadResult> {
  const results = new ScopeResults();
  let startAt = 0;
  for (;;) {
    throwIfAborted(signal);
    const page = await api.searchDataCenter(query.ordered, startAt, signal);
    results.add(await readIssues(page.issues, signal), page.issues.length);
    // Jira may return fewer issues than asked (its own page limit): continue from what came.
    startAt = page.startAt + page.issues.length;
    // The total can shrink while paging (issues moved away): an empty page also ends it.
    const last = page.issues.length === 0 || startAt >= page.total;
    onProgress?.({ loaded: results.loaded, total: last ? results.loaded : page.total });
    if (last) break;
  }
  return results.result();
}

/** The approximate count, or `undefined` when Jira cannot give it: progress shows no total. */
async function approximateCount(
  api: JiraApi,
  jql: string,
  signal?: AbortSignal,
): Promise<number | undefined> {
  try {
    return await api.approximateCount(jql, signal);
  } catch (error) {
    if (isFatal(error)) throw error;
    return undefined;
  }
}

/**
 * Items and skipped issues of a whole load. An issue updated while paging moves to a later
 * page (the search is ordered by `updated`) and arrives twice: its newest copy counts.
 */
class ScopeResults {
  private readonly items = new Map<string, WorkItem>();
  private readonly skipped = new Map<string, SkippedItem>();
  private readonly unnamedSkips: SkippedItem[] = [];
  /** Issues received, for progress. */
  loaded = 0;

  add(page: ReadIssues, received: number): void {
    this.loaded += received;
    for (const item of page.items) {
      this.items.delete(item.key);
      this.items.set(item.key, item);
      this.skipped.delete(item.key);
    }
    for (const skipped of page.skipped) {
      if (skipped.key === undefined) this.unnamedSkips.push(skipped);
      else if (!this.items.has(skipped.key)) this.skipped.set(skipped.key, skipped);
    }
  }

  result(): ScopeLoadResult {
    return {
      items: [...this.items.values()],
      skipped: [...this.skipped.values(), ...this.unnamedSkips],
      // A search cannot tell which issues left the project since the last load.
      removedKeys: [],
    };
  }
}

function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw new TrackerError('aborted', 'The request was cancelled.');
}
