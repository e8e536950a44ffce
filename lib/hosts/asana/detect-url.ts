import type { AsanaContext } from '../../model/host-context';

const ASANA_ORIGIN = 'https://app.asana.com';
const GID = /^\d+$/;
// Project views in the old URL form: list, board, timeline, calendar, overview, files, …
const VIEW_NAME = /^[a-z][a-z_-]*$/;

/** True for `https://app.asana.com` only (no other host or port serves the app). */
export function isAsanaUrl(url: URL): boolean {
  return url.origin === ASANA_ORIGIN;
}

/**
 * What an Asana URL shows; null when it is not Asana or names neither a project nor a task.
 * Both URL forms stay valid (forum.asana.com, "Upcoming new V1 Asana URL format").
 */
export function detectAsanaUrl(url: URL): AsanaContext | null {
  if (!isAsanaUrl(url)) return null;
  const [version, ...rest] = url.pathname.split('/').filter(Boolean);
  if (version === '0') return readOldForm(rest);
  if (version === '1') return readNewForm(rest);
  return null;
}

/**
 * `/0/{project}/{task}`, ids by position. Project `0` means "no project" (My Tasks, Inbox).
 *   https://app.asana.com/0/1201234567890123/1209876543210987
 *   https://app.asana.com/0/1201234567890123/1209876543210987/f
 *   https://app.asana.com/0/0/1209876543210987
 *   https://app.asana.com/0/0/1209876543210987/f
 *   https://app.asana.com/0/1201234567890123/list
 *   https://app.asana.com/0/1201234567890123/board
 *   https://app.asana.com/0/1201234567890123/timeline
 *   https://app.asana.com/0/1201234567890123/calendar
 *   https://app.asana.com/0/1201234567890123/overview
 *   https://app.asana.com/0/1201234567890123
 * Not a project or task: /0/home/{ws}, /0/inbox/{user}, /0/search/…, /0/portfolio/…
 *   https://app.asana.com/0/home/1100000000000001
 *   https://app.asana.com/0/inbox/1100000000000002
 */
function readOldForm(rest: readonly string[]): AsanaContext | null {
  const [first, second, ...tail] = rest;
  if (first === undefined || !GID.test(first)) return null;
  const projectGid = first === '0' ? undefined : first;
  // `/f` opens the task full screen; anything else after the task is not a known form.
  if (second !== undefined && GID.test(second) && (tail.length === 0 || tail.join('/') === 'f')) {
    return asanaContext('task', { projectGid, taskGid: second });
  }
  if (!projectGid) return null;
  if (second === undefined || (VIEW_NAME.test(second) && second !== 'f' && tail.length === 0)) {
    return asanaContext('project', { projectGid });
  }
  return null;
}

/**
 * `/1/{workspace}/{object}/{id}/{subobject}/{id}…`: ids are read by the name before them, not by
 * position, because views and comments add segments anywhere after the workspace.
 *   https://app.asana.com/1/1100000000000001/project/1201234567890123/task/1209876543210987
 *   https://app.asana.com/1/1100000000000001/project/1201234567890123/task/1209876543210987?focus=true
 *   https://app.asana.com/1/1100000000000001/project/1201234567890123/task/1209876543210987/comment/1210000000000005
 *   https://app.asana.com/1/1100000000000001/task/1209876543210987
 *   https://app.asana.com/1/1100000000000001/task/1209876543210987/comment/1210000000000005?focus=true
 *   https://app.asana.com/1/1100000000000001/project/1201234567890123/list
 *   https://app.asana.com/1/1100000000000001/project/1201234567890123/list/1201234567890999
 *   https://app.asana.com/1/1100000000000001/project/1201234567890123/board
 *   https://app.asana.com/1/1100000000000001/project/1201234567890123/timeline
 *   https://app.asana.com/1/1100000000000001/project/1201234567890123/calendar
 *   https://app.asana.com/1/1100000000000001/project/1201234567890123/overview
 *   https://app.asana.com/1/1100000000000001/inbox/1100000000000002/task/1209876543210987
 * Null without a project or task:
 *   https://app.asana.com/1/1100000000000001/home
 *   https://app.asana.com/1/1100000000000001/inbox/1100000000000002
 *   https://app.asana.com/1/1100000000000001/portfolio/1200000000000003/list
 */
function readNewForm(rest: readonly string[]): AsanaContext | null {
  const [workspaceGid, ...objects] = rest;
  if (workspaceGid === undefined || !GID.test(workspaceGid)) return null;
  const projectGid = gidAfter(objects, 'project');
  const taskGid = gidAfter(objects, 'task');
  if (taskGid) return asanaContext('task', { workspaceGid, projectGid, taskGid });
  if (projectGid) return asanaContext('project', { workspaceGid, projectGid });
  return null;
}

/** The gid right after the first segment named `name`, if that segment is followed by one. */
function gidAfter(segments: readonly string[], name: string): string | undefined {
  for (let index = 0; index < segments.length - 1; index += 1) {
    const next = segments[index + 1];
    if (segments[index] === name && next !== undefined && GID.test(next)) return next;
  }
  return undefined;
}

function asanaContext(
  page: AsanaContext['page'],
  ids: Pick<AsanaContext, 'workspaceGid' | 'projectGid' | 'taskGid'>,
): AsanaContext {
  const context: AsanaContext = { tool: 'asana', site: ASANA_ORIGIN, page };
  if (ids.workspaceGid) context.workspaceGid = ids.workspaceGid;
  if (ids.projectGid) context.projectGid = ids.projectGid;
  if (ids.taskGid) context.taskGid = ids.taskGid;
  return context;
}
