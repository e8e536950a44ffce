import type { HostContext } from '../model/host-context';
import { TOOL_LABELS } from '../model/tools';

export interface ContextPart {
  label: string;
  value: string;
}

/** What the page shows, in words: tool, site, project or board, and the open item. */
export function describeContext(context: HostContext): ContextPart[] {
  const parts: ContextPart[] = [{ label: 'Tool', value: TOOL_LABELS[context.tool] }];
  parts.push({ label: 'Site', value: new URL(context.site).host });
  switch (context.tool) {
    case 'jira':
      if (context.projectKey) parts.push({ label: 'Project', value: context.projectKey });
      if (context.boardId) parts.push({ label: 'Board', value: context.boardId });
      if (context.issueKey) parts.push({ label: 'Issue', value: context.issueKey });
      break;
    case 'asana':
      if (context.projectGid) parts.push({ label: 'Project', value: context.projectGid });
      if (context.taskGid) parts.push({ label: 'Task', value: context.taskGid });
      break;
    case 'trello':
      if (context.boardShortLink) parts.push({ label: 'Board', value: context.boardShortLink });
      if (context.cardShortLink) parts.push({ label: 'Card', value: context.cardShortLink });
      break;
  }
  return parts;
}

/** The id a new scope would need to cover this page, if the page names one. */
export function mappableId(context: HostContext): string | undefined {
  switch (context.tool) {
    case 'jira':
      return context.projectKey;
    case 'asana':
      return context.projectGid;
    case 'trello':
      return context.boardShortLink;
  }
}

export const MAPPABLE_NOUN: Record<HostContext['tool'], string> = {
  jira: 'project',
  asana: 'project',
  trello: 'board',
};
