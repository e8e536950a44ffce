import { z } from 'zod';
import type { HostContext } from '../model/host-context';

/**
 * Some URLs name an item but not the project or board the mapping needs: a Trello card
 * (`/c/{shortLink}`) and an Asana task outside a project URL (`/1/{ws}/task/{t}`). This reads
 * the missing parent from the tracker's API, same-origin with the user's session. Read only.
 */
export async function enrichContext(
  context: HostContext,
  signal: AbortSignal,
  fetchImpl: typeof fetch = fetch,
): Promise<HostContext> {
  if (context.tool === 'trello' && context.cardShortLink && !context.boardShortLink) {
    const url = `${context.site}/1/cards/${encodeURIComponent(context.cardShortLink)}?fields=shortLink,idBoard&board=true&board_fields=shortLink,name`;
    const card = trelloCardSchema.parse(await getJson(url, signal, fetchImpl));
    return { ...context, boardShortLink: card.board.shortLink };
  }
  if (context.tool === 'asana' && context.taskGid && !context.projectGid) {
    const url = `${context.site}/api/1.0/tasks/${encodeURIComponent(context.taskGid)}?opt_fields=memberships.project.gid,memberships.project.name`;
    const task = asanaTaskSchema.parse(
      await getJson(url, signal, fetchImpl, {
        'X-Requested-With': 'XMLHttpRequest',
        'X-Allow-Asana-Client': '1',
      }),
    );
    const projectGid = task.data.memberships.find((m) => m.project)?.project?.gid;
    return projectGid ? { ...context, projectGid } : context;
  }
  return context;
}

const trelloCardSchema = z.object({
  board: z.object({ shortLink: z.string().regex(/^[A-Za-z0-9]{8}$/) }),
});

const asanaTaskSchema = z.object({
  data: z.object({
    memberships: z
      .array(z.object({ project: z.object({ gid: z.string().regex(/^\d+$/) }).nullish() }))
      .default([]),
  }),
});

export class TrackerRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'TrackerRequestError';
  }
}

async function getJson(
  url: string,
  signal: AbortSignal,
  fetchImpl: typeof fetch,
  headers: Record<string, string> = {},
): Promise<unknown> {
  const response = await fetchImpl(url, {
    signal,
    credentials: 'include',
    headers: { Accept: 'application/json', ...headers },
  });
  if (response.status === 401 || response.redirected) {
    throw new TrackerRequestError('Sign in to the tracker to load this item’s project.', 401);
  }
  if (!response.ok) {
    throw new TrackerRequestError(`The tracker answered ${response.status}.`, response.status);
  }
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) {
    // A signed-out session gets a sign-in HTML page instead of JSON.
    throw new TrackerRequestError('Sign in to the tracker to load this item’s project.', 401);
  }
  return response.json();
}
