import type { HostContext } from '../model/host-context';

/**
 * The item's title read from the tab's title, for the popup's prefill when the item is not
 * cached yet. Only on a page that shows the item itself: a Jira board with a selected issue
 * is titled after the board. Examples (as the trackers title their item pages):
 * - Jira Cloud / Data Center: `[ACME-1] Checkout fails on Safari - Jira`,
 *   `[OPS-1] Rotate certificates - Ops Jira` → `Checkout fails on Safari`, `Rotate certificates`
 * - Asana: `Write launch copy - Asana` → `Write launch copy`
 * - Trello: `Onboarding flow copy on Hooli Sprint Board | Trello` → the part before ` | Trello`
 *   (the board's name cannot be told apart from a card name containing " on ").
 */
export function itemTitleFromTab(
  context: HostContext,
  tabTitle: string | undefined,
): string | undefined {
  const title = tabTitle?.trim();
  if (!title) return undefined;
  let result: string | undefined;
  switch (context.tool) {
    case 'jira': {
      if (context.page !== 'issue' || !context.issueKey) return undefined;
      const prefix = `[${context.issueKey}]`;
      if (!title.startsWith(prefix)) return undefined;
      const rest = title.slice(prefix.length).trim();
      // The last " - " segment is the product or site name.
      const cut = rest.lastIndexOf(' - ');
      result = cut > 0 ? rest.slice(0, cut) : rest;
      break;
    }
    case 'asana':
      if (!context.taskGid) return undefined;
      result = title.replace(/\s+-\s+Asana$/, '');
      if (result === title) return undefined;
      break;
    case 'trello':
      if (context.page !== 'card') return undefined;
      result = title.replace(/\s+\|\s+Trello$/, '');
      if (result === title) return undefined;
      break;
  }
  result = result.trim();
  return result ? result.slice(0, 500) : undefined;
}
