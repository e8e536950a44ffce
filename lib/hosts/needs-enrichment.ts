import type { HostContext } from '../model/host-context';

/**
 * A Trello card or an Asana task URL without its board or project: the mapping needs one
 * tracker read first (`enrich-context.ts`). Kept apart so that callers need not load the
 * tracker clients to ask.
 */
export function needsEnrichment(context: HostContext): boolean {
  return (
    (context.tool === 'trello' && !!context.cardShortLink && !context.boardShortLink) ||
    (context.tool === 'asana' && !!context.taskGid && !context.projectGid)
  );
}
