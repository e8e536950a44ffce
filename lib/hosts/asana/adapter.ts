import { ASANA_GID } from '../../model/scope-ids';
import type { WorkItem } from '../../model/work-item';
import type {
  HostAdapter,
  ItemLoadResult,
  ScopeLoadRequest,
  ScopeLoadResult,
  SkippedItem,
} from '../adapter';
import { createTrackerClient, type TrackerClient } from '../http/tracker-client';
import { TrackerError } from '../http/tracker-error';
import {
  modifiedTasksPath,
  projectTasksPath,
  readAllPages,
  readTask,
  readTaskStories,
} from './api';
import { forEachWithLimit } from './for-each-with-limit';
import {
  ASANA_SITE,
  AsanaTaskError,
  normalizeAsanaTask,
  parseAsanaTask,
  rawTaskGid,
} from './normalize';
import type { SectionCategoryConfig } from './section-categories';

export interface AsanaAdapterOptions {
  /** Origin of the Asana app; the API lives under `/api/1.0` on it. */
  site?: string;
  /** A function is read at every use, so a long-lived adapter follows the user's edits. */
  sections?: SectionCategoryConfig | (() => SectionCategoryConfig | undefined);
  /** A ready client (tests, a shared per-host client); otherwise one is created. */
  client?: TrackerClient;
  fetchImpl?: typeof fetch;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => number;
  /** How many tasks have their stories read at once (the client caps requests anyway). */
  storyConcurrency?: number;
}

/** Headers Asana's own browser-extension example sends for session (cookie) requests. */
export const ASANA_SESSION_HEADERS = {
  'X-Requested-With': 'XMLHttpRequest',
  'X-Allow-Asana-Client': '1',
} as const;

/**
 * These failures make a task's history unreadable but leave the task itself usable: it is
 * kept with transitions derived from its dates. Anything else (signed out, offline, still
 * throttled after retries, cancelled) stops the whole load.
 */
const HISTORY_ONLY_FAILURES = new Set(['forbidden', 'not-found', 'invalid-response', 'http']);

export function createAsanaAdapter(options: AsanaAdapterOptions = {}): HostAdapter {
  const site = (options.site ?? ASANA_SITE).replace(/\/+$/, '');
  const client =
    options.client ??
    createTrackerClient({
      baseUrl: `${site}/api/1.0`,
      toolLabel: 'Asana',
      headers: { ...ASANA_SESSION_HEADERS },
      fetchImpl: options.fetchImpl,
      sleep: options.sleep,
      now: options.now,
    });
  const storyConcurrency = options.storyConcurrency ?? 4;

  async function storiesOf(taskGid: string, signal?: AbortSignal): Promise<unknown[] | undefined> {
    try {
      return await readTaskStories(client, taskGid, signal);
    } catch (error) {
      if (error instanceof TrackerError && HISTORY_ONLY_FAILURES.has(error.kind)) return undefined;
      throw error;
    }
  }

  function skippedFor(error: unknown, raw: unknown): SkippedItem {
    const key = error instanceof AsanaTaskError ? error.taskGid : rawTaskGid(raw);
    const reason = error instanceof Error ? error.message : 'The task could not be read.';
    return { ...(key ? { key } : {}), reason };
  }

  function normalize(
    raw: unknown,
    stories: unknown[] | undefined,
    projectGid: string | undefined,
  ): { item: WorkItem } | { skipped: SkippedItem } {
    try {
      return {
        item: normalizeAsanaTask(raw, stories, {
          site,
          projectGid,
          sections: typeof options.sections === 'function' ? options.sections() : options.sections,
        }),
      };
    } catch (error) {
      return { skipped: skippedFor(error, raw) };
    }
  }

  /** Validates first, so an invalid task is skipped without costing a stories request. */
  async function loadListedTask(
    raw: unknown,
    projectGid: string,
    signal?: AbortSignal,
  ): Promise<{ item: WorkItem } | { skipped: SkippedItem }> {
    let gid: string;
    try {
      gid = parseAsanaTask(raw).gid;
    } catch (error) {
      return { skipped: skippedFor(error, raw) };
    }
    return normalize(raw, await storiesOf(gid, signal), projectGid);
  }

  return {
    /**
     * Lists the project's tasks first (all of them, or with `since` only those Asana reports
     * as modified), then reads stories for each listed task. Every listed task is new or
     * modified by construction, so an unchanged project costs a single request. Listing
     * before reading stories keeps the paging quick, so Asana's offset tokens, which expire,
     * are used while fresh. Asana does not report deleted tasks or tasks removed from the
     * project, so `removedKeys` stays empty; a full load (no `since`) is the way to drop them.
     */
    async loadScope(request: ScopeLoadRequest): Promise<ScopeLoadResult> {
      const { scopeId: projectGid, since, signal, onProgress } = request;
      if (!ASANA_GID.test(projectGid)) {
        throw new TrackerError('not-found', `“${projectGid}” is not an Asana project id.`);
      }
      const pathFor = (offset?: string) =>
        since === undefined
          ? projectTasksPath(projectGid, offset)
          : modifiedTasksPath(projectGid, since, offset);
      const rawTasks = await readAllPages(client, pathFor, signal);

      const items: WorkItem[] = [];
      const skipped: SkippedItem[] = [];
      const total = rawTasks.length;
      let loaded = 0;
      onProgress?.({ loaded, total });
      await forEachWithLimit(rawTasks, storyConcurrency, signal, async (raw) => {
        const result = await loadListedTask(raw, projectGid, signal);
        if ('item' in result) items.push(result.item);
        else skipped.push(result.skipped);
        loaded += 1;
        onProgress?.({ loaded, total });
      });
      // Workers finish out of order; keep Asana's project order for stable results.
      const order = new Map(rawTasks.map((raw, index) => [rawTaskGid(raw), index]));
      items.sort((a, b) => (order.get(a.key) ?? 0) - (order.get(b.key) ?? 0));
      return { items, skipped, removedKeys: [] };
    },

    async loadItem(key: string, signal?: AbortSignal): Promise<ItemLoadResult> {
      if (!ASANA_GID.test(key)) {
        throw new TrackerError('not-found', `“${key}” is not an Asana task id.`);
      }
      const [raw, stories] = await Promise.all([
        readTask(client, key, signal),
        storiesOf(key, signal),
      ]);
      const result = normalize(raw, stories, undefined);
      return 'item' in result ? { item: result.item } : { item: null, skipped: result.skipped };
    },
  };
}
