import type { z } from 'zod';
import { workItemSchema, type WorkItem, type WorkItemAssignee } from '../../model/work-item';
import {
  asanaStorySchema,
  asanaTaskSchema,
  describeIssue,
  type AsanaStory,
  type AsanaTask,
} from './api-schemas';
import {
  sectionCategory,
  taskStatusCategory,
  type SectionCategoryConfig,
} from './section-categories';
import { taskTransitions } from './task-transitions';

export const ASANA_SITE = 'https://app.asana.com';
/** Asana's own "no project" id, as in My Tasks URLs (`/0/0/{task}`). */
const NO_PROJECT = '0';

export interface AsanaNormalizeOptions {
  site?: string;
  /**
   * The scope's project: its section gives the task's status. When absent (an item opened
   * outside a scope) or the task is not in it, the task's first project is used.
   */
  projectGid?: string;
  sections?: SectionCategoryConfig;
}

/** A task that cannot become a `WorkItem`; the message says which field and why. */
export class AsanaTaskError extends Error {
  constructor(
    readonly taskGid: string | undefined,
    reason: string,
  ) {
    super(`Asana task ${taskGid ?? '(without a gid)'} was skipped: ${reason}`);
    this.name = 'AsanaTaskError';
  }
}

/** The gid of a raw task, if it has a readable one: for skip reports of invalid tasks. */
export function rawTaskGid(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null || !('gid' in raw)) return undefined;
  const gid = (raw as { gid: unknown }).gid;
  return typeof gid === 'string' && gid.length > 0 ? gid : undefined;
}

/** Validates a raw task; throws `AsanaTaskError` saying which field is wrong. */
export function parseAsanaTask(raw: unknown): AsanaTask {
  const parsed = asanaTaskSchema.safeParse(raw);
  if (!parsed.success) throw new AsanaTaskError(rawTaskGid(raw), describeIssue(parsed.error));
  return parsed.data;
}

/**
 * Stories that fail validation are dropped one by one: history is best effort, and the
 * reconciliation in `taskTransitions` keeps the current status right without them.
 */
function parseStories(stories: readonly unknown[] | undefined): AsanaStory[] | undefined {
  if (stories === undefined) return undefined;
  return stories.flatMap((story) => {
    const parsed = asanaStorySchema.safeParse(story);
    return parsed.success ? [parsed.data] : [];
  });
}

function scopeProject(task: AsanaTask, projectGid: string | undefined) {
  const id = projectGid ?? task.memberships.find((m) => m.project)?.project?.gid ?? NO_PROJECT;
  const membership = task.memberships.find((m) => m.project?.gid === id);
  const foreignSectionGids = new Set(
    task.memberships
      .filter((m) => m.project?.gid !== id)
      .flatMap((m) => (m.section?.gid ? [m.section.gid] : [])),
  );
  return { id, name: membership?.project?.name, section: membership?.section, foreignSectionGids };
}

function taskUrl(task: AsanaTask, site: string, projectId: string): string {
  // Only an https link is shown as-is; the sidebar renders it as a link.
  if (task.permalink_url) {
    try {
      if (new URL(task.permalink_url).protocol === 'https:') return task.permalink_url;
    } catch {
      // Fall through to the URL built from ids.
    }
  }
  return `${site}/0/${projectId}/${task.gid}`;
}

function assigneeOf(task: AsanaTask): WorkItemAssignee | null {
  if (!task.assignee) return null;
  const { name, email, gid } = task.assignee;
  return { name: name ?? email ?? `Asana user ${gid}`, ...(email ? { email } : {}) };
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

/**
 * Turns a raw Asana task (as `GET /projects/{gid}/tasks` or `GET /tasks/{gid}` return it
 * with `ASANA_TASK_FIELDS`) and its stories into a `WorkItem`. `stories` is `undefined`
 * when they could not be read. Throws `AsanaTaskError`, and nothing else, when the task is
 * not usable.
 */
export function normalizeAsanaTask(
  rawTask: unknown,
  stories: readonly unknown[] | undefined,
  options: AsanaNormalizeOptions = {},
): WorkItem {
  const task = parseAsanaTask(rawTask);
  const site = (options.site ?? ASANA_SITE).replace(/\/+$/, '');
  const project = scopeProject(task, options.projectGid);
  const categoryOf = (section: { gid?: string; name?: string } | undefined) =>
    sectionCategory(section, project.id, options.sections);

  const transitions = taskTransitions({
    createdAt: task.created_at,
    completed: task.completed,
    completedAt: task.completed_at,
    modifiedAt: task.modified_at,
    currentSection: project.section,
    foreignSectionGids: project.foreignSectionGids,
    stories: parseStories(stories),
    categoryOf,
  });
  const lastDone = transitions.findLast((change) => change.to === 'done')?.at;

  const item = dropUndefined({
    tool: 'asana' as const,
    site,
    key: task.gid,
    title: task.name,
    url: taskUrl(task, site, project.id),
    statusName: task.completed ? 'Completed' : (project.section?.name ?? 'Open'),
    statusCategory: taskStatusCategory(
      task.completed,
      project.section,
      project.id,
      options.sections,
    ),
    created: task.created_at,
    started: transitions.find((change) => change.to === 'doing')?.at,
    done: task.completed ? (task.completed_at ?? lastDone) : undefined,
    due: task.due_at ?? task.due_on,
    assignee: assigneeOf(task),
    labels: task.tags.flatMap((tag) => (tag.name ? [tag.name] : [])),
    components: [],
    list: project.section?.name,
    project: dropUndefined({ id: project.id, name: project.name }),
    itemType: task.resource_subtype,
    transitions,
  });
  return validated(item, task.gid);
}

/** The last guard: whatever the input, only a valid `WorkItem` leaves the normaliser. */
function validated(item: z.input<typeof workItemSchema>, gid: string): WorkItem {
  const result = workItemSchema.safeParse(item);
  if (!result.success) throw new AsanaTaskError(gid, describeIssue(result.error));
  return result.data;
}
