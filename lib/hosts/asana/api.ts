import type { TrackerClient } from '../http/tracker-client';
import { TrackerError } from '../http/tracker-error';
import { asanaPageSchema, asanaSingleSchema } from './api-schemas';

/** Asana's largest page size. */
export const ASANA_PAGE_SIZE = 100;

/**
 * Task fields the normaliser reads. Asana returns only `gid`, `name` and
 * `resource_type` unless asked (opt_fields); nested objects always carry their `gid`.
 */
export const ASANA_TASK_FIELDS = [
  'name',
  'resource_subtype',
  'completed',
  'completed_at',
  'created_at',
  'modified_at',
  'due_on',
  'due_at',
  'start_on',
  'assignee.name',
  'assignee.email',
  'memberships.project.name',
  'memberships.section.name',
  'tags.name',
  'permalink_url',
] as const;

/** Story fields for status history; `text` is left out on purpose (see api-schemas.ts). */
export const ASANA_STORY_FIELDS = [
  'resource_subtype',
  'created_at',
  'old_section.name',
  'new_section.name',
] as const;

function query(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined) search.set(name, value);
  }
  return search.toString();
}

/** Every task of a project, open and completed (no `completed_since`), in project order. */
export function projectTasksPath(projectGid: string, offset?: string): string {
  return `projects/${encodeURIComponent(projectGid)}/tasks?${query({
    opt_fields: ASANA_TASK_FIELDS.join(','),
    limit: String(ASANA_PAGE_SIZE),
    offset,
  })}`;
}

/**
 * Tasks of a project modified since an instant. `/projects/{gid}/tasks` has no
 * `modified_since`; `/tasks?project=` does, and counts section moves, completion and new
 * stories as modifications (spec, getTasks).
 */
export function modifiedTasksPath(projectGid: string, since: string, offset?: string): string {
  return `tasks?${query({
    project: projectGid,
    modified_since: since,
    opt_fields: ASANA_TASK_FIELDS.join(','),
    limit: String(ASANA_PAGE_SIZE),
    offset,
  })}`;
}

export function taskPath(taskGid: string): string {
  return `tasks/${encodeURIComponent(taskGid)}?${query({ opt_fields: ASANA_TASK_FIELDS.join(',') })}`;
}

export function taskStoriesPath(taskGid: string, offset?: string): string {
  return `tasks/${encodeURIComponent(taskGid)}/stories?${query({
    opt_fields: ASANA_STORY_FIELDS.join(','),
    limit: String(ASANA_PAGE_SIZE),
    offset,
  })}`;
}

/**
 * Reads every page of a list, following `next_page.offset` (the `path` Asana sends would
 * work too, but rebuilding the URL keeps our opt_fields under our control). `onPage` gets
 * the running count and whether that was the last page.
 */
export async function readAllPages(
  client: TrackerClient,
  pathFor: (offset?: string) => string,
  signal?: AbortSignal,
  onPage?: (loaded: number, finished: boolean) => void,
): Promise<unknown[]> {
  const items: unknown[] = [];
  const seenOffsets = new Set<string>();
  let offset: string | undefined;
  for (;;) {
    const page = await client.getJson(pathFor(offset), asanaPageSchema, { signal });
    items.push(...page.data);
    const next = page.next_page?.offset;
    onPage?.(items.length, next === undefined);
    if (next === undefined) return items;
    // A server that hands back an offset twice would otherwise keep us paging forever.
    if (seenOffsets.has(next)) {
      throw new TrackerError(
        'invalid-response',
        'Asana repeated a page offset; stopped reading to avoid a loop.',
      );
    }
    seenOffsets.add(next);
    offset = next;
  }
}

/** `GET /tasks/{gid}` — the raw task, validated later by the normaliser. */
export async function readTask(
  client: TrackerClient,
  taskGid: string,
  signal?: AbortSignal,
): Promise<unknown> {
  const body = await client.getJson(taskPath(taskGid), asanaSingleSchema, { signal });
  return body.data;
}

/** Every story of a task, oldest first as Asana lists them (the normaliser sorts anyway). */
export function readTaskStories(
  client: TrackerClient,
  taskGid: string,
  signal?: AbortSignal,
): Promise<unknown[]> {
  return readAllPages(client, (offset) => taskStoriesPath(taskGid, offset), signal);
}
