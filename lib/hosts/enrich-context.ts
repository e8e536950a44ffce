import { z } from 'zod';
import type { HostContext } from '../model/host-context';
import { ASANA_SESSION_HEADERS } from './asana/adapter';
import { createTrackerClient, type TrackerClientOptions } from './http/tracker-client';

type ClientOptions = Pick<TrackerClientOptions, 'fetchImpl' | 'sleep' | 'random'>;

/**
 * Some URLs name an item but not the project or board the mapping needs: a Trello card
 * (`/c/{shortLink}`) and an Asana task outside a project URL (`/1/{ws}/task/{t}`). This reads
 * the missing parent from the tracker's API, same-origin with the user's session, through the
 * shared client (so a 429 is retried and a sign-in page is recognised). Read only.
 */
export async function enrichContext(
  context: HostContext,
  signal: AbortSignal,
  options: ClientOptions = {},
): Promise<HostContext> {
  if (context.tool === 'trello' && context.cardShortLink && !context.boardShortLink) {
    const client = createTrackerClient({
      ...options,
      baseUrl: `${context.site}/1`,
      toolLabel: 'Trello',
    });
    const card = await client.getJson(
      `cards/${encodeURIComponent(context.cardShortLink)}?fields=shortLink,idBoard&board=true&board_fields=shortLink,name`,
      trelloCardSchema,
      { signal },
    );
    return { ...context, boardShortLink: card.board.shortLink };
  }
  if (context.tool === 'asana' && context.taskGid && !context.projectGid) {
    const client = createTrackerClient({
      ...options,
      baseUrl: `${context.site}/api/1.0`,
      toolLabel: 'Asana',
      headers: { ...ASANA_SESSION_HEADERS },
    });
    const task = await client.getJson(
      `tasks/${encodeURIComponent(context.taskGid)}?opt_fields=memberships.project.gid,memberships.project.name`,
      asanaTaskSchema,
      { signal },
    );
    const projectGid = task.data.memberships.find((m) => m.project)?.project?.gid;
    return projectGid ? { ...context, projectGid } : context;
  }
  return context;
}

const trelloCardSchema = z.lazy(() =>
  z.object({
    board: z.object({ shortLink: z.string().regex(/^[A-Za-z0-9]{8}$/) }),
  }),
);

const asanaTaskSchema = z.lazy(() =>
  z.object({
    data: z.object({
      memberships: z
        .array(z.object({ project: z.object({ gid: z.string().regex(/^\d+$/) }).nullish() }))
        .default([]),
    }),
  }),
);
