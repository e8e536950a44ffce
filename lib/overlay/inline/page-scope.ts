import { detectContext } from '../../hosts/detect';
import type { JiraDataCenterInstance } from '../../hosts/jira/detect-url';
import type { HostContext } from '../../model/host-context';
import type { PageScope } from './anchors';

/**
 * A self-hosted Jira page names itself (`<body id="jira">`) and its context path
 * (`<meta name="ajs-context-path">`); the inline script reads them instead of asking the
 * background for the list of sites (the background injected it only on a site it knows).
 */
export function jiraDataCenterOf(doc: Document, origin: string): JiraDataCenterInstance[] {
  if (doc.body?.id !== 'jira') return [];
  const contextPath =
    doc.querySelector('meta[name="ajs-context-path"]')?.getAttribute('content') ?? '';
  return [{ origin, contextPath }];
}

function scopeOf(context: HostContext): string | undefined {
  if (context.tool === 'jira') return context.projectKey;
  if (context.tool === 'asana') return context.projectGid;
  return context.boardShortLink;
}

const SHORT_LINK = /^[A-Za-z0-9]{8}$/;
const GID = /^\d{1,30}$/;

/**
 * The project or board a Trello card or an Asana task outside a project URL belongs to, read
 * once from the tracker's API with the user's session (the same reads as the sidebar's
 * `enrich-context.ts`, without zod: this runs in the small inline script; values are checked
 * by pattern). Undefined when the tracker does not answer.
 */
async function parentScope(context: HostContext, signal: AbortSignal): Promise<string | undefined> {
  try {
    if (context.tool === 'trello' && context.cardShortLink) {
      const response = await fetch(
        `${context.site}/1/cards/${encodeURIComponent(context.cardShortLink)}?fields=shortLink&board=true&board_fields=shortLink`,
        { signal, credentials: 'include' },
      );
      if (!response.ok) return undefined;
      const body = (await response.json()) as { board?: { shortLink?: unknown } };
      const shortLink = body.board?.shortLink;
      return typeof shortLink === 'string' && SHORT_LINK.test(shortLink) ? shortLink : undefined;
    }
    if (context.tool === 'asana' && context.taskGid) {
      const response = await fetch(
        `${context.site}/api/1.0/tasks/${encodeURIComponent(context.taskGid)}?opt_fields=memberships.project.gid`,
        {
          signal,
          credentials: 'include',
          headers: { 'X-Requested-With': 'XMLHttpRequest', 'X-Allow-Asana-Client': '1' },
        },
      );
      if (!response.ok) return undefined;
      const body = (await response.json()) as {
        data?: { memberships?: { project?: { gid?: unknown } | null }[] };
      };
      const gid = body.data?.memberships?.find((m) => m.project)?.project?.gid;
      return typeof gid === 'string' && GID.test(gid) ? gid : undefined;
    }
  } catch {
    // Best effort: without the parent, titles on this page get no chip.
  }
  return undefined;
}

/** The page's context and scope; the parent of a lone card or task is read when needed. */
export async function readPageScope(
  href: string,
  doc: Document,
  signal: AbortSignal,
): Promise<PageScope | null> {
  const url = new URL(href);
  const context = detectContext(href, { jiraDataCenter: jiraDataCenterOf(doc, url.origin) });
  if (!context) return null;
  const scopeId = scopeOf(context) ?? (await parentScope(context, signal));
  return { url, context, scopeId };
}
