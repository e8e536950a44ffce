import type { HostContext } from '../model/host-context';

/**
 * The key of the item open on the page (issue, task or card), if any. Kept apart from the
 * adapters so that the popup can use it without bundling the tracker clients.
 */
export function itemKeyOf(context: HostContext): string | undefined {
  switch (context.tool) {
    case 'jira':
      return context.issueKey;
    case 'asana':
      return context.taskGid;
    case 'trello':
      return context.cardShortLink;
  }
}
