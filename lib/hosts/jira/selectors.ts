import type { AnchorSpec, HostSelectors } from '../../overlay/inline/anchors';
import { linkMatch } from '../../overlay/inline/anchors';

/**
 * Where Partner Lens puts its chips and badges in Jira (Cloud and Data Center). `data-testid`
 * first; Jira renamed `data-test-id` to `data-testid` (2021–22), so both spellings are kept
 * side by side. Every anchor is optional: when none matches, only the sidebar shows.
 */

/** `^[A-Z][A-Z0-9_]*-\d+$` (Jira's rule), searched inside text and links. */
const ISSUE_KEY = /\b([A-Z][A-Z0-9_]*)-(\d+)\b/;
const BROWSE_LINK = /\/browse\/([A-Z][A-Z0-9_]*-\d+)(?:[/?#]|$)/;
const SELECTED_LINK = /[?&]selectedIssue=([A-Z][A-Z0-9_]*-\d+)/;

const testId = (id: string) => `[data-testid="${id}"], [data-test-id="${id}"]`;

/** The issue panes a summary heading can sit in: preview panel (2026), issue modal, page. */
const ISSUE_CONTAINERS = [
  testId('preview-panels.preview-panel'),
  testId('issue.views.issue-details.issue-modal.modal-dialog'),
  '[role="dialog"]',
].join(', ');
const CURRENT_ISSUE = testId('issue.views.issue-base.foundation.breadcrumbs.current-issue.item');

export function issueItem(key: string | undefined | null): { key: string; scopeId: string } | null {
  const found = key ? ISSUE_KEY.exec(key.trim()) : null;
  if (!found || found.index !== 0 || found[0] !== key?.trim()) return null;
  return { key: found[0], scopeId: found[1]! };
}

/** The key of the issue whose summary heading this is: its own breadcrumb, then the URL. */
function keyOfHeading(heading: Element, url: URL): string | null {
  const container = heading.closest(ISSUE_CONTAINERS) ?? heading.ownerDocument;
  const crumb = container.querySelector(CURRENT_ISSUE);
  const fromCrumb = crumb && (crumb.textContent?.trim() || linkMatch(crumb, BROWSE_LINK)?.[1]);
  if (fromCrumb) return fromCrumb;
  return url.searchParams.get('selectedIssue') ?? BROWSE_LINK.exec(url.pathname)?.[1] ?? null;
}

/** A board or backlog card: its own attribute, a link to the issue, or the key it prints. */
function keyOfCard(card: Element): string | null {
  return (
    card.getAttribute('data-issue-key') ??
    linkMatch(card, BROWSE_LINK)?.[1] ??
    linkMatch(card, SELECTED_LINK)?.[1] ??
    ISSUE_KEY.exec(card.textContent ?? '')?.[0] ??
    null
  );
}

const titles: AnchorSpec[] = [
  // Issue view, the board's preview panel and the issue modal (Cloud, checked 2026-03).
  {
    selector: testId('issue.views.issue-base.foundation.summary.heading'),
    read: (heading, page) => issueItem(keyOfHeading(heading, page.url)),
  },
  // Data Center / Server issue view and the agile board's detail view: `#summary-val` beside
  // `#key-val`.
  {
    selector: '#summary-val',
    read: (summary) =>
      issueItem(
        (summary.closest('#ghx-detail-view, #issue-content') ?? summary.ownerDocument)
          .querySelector('#key-val')
          ?.textContent?.trim(),
      ),
  },
];

const cards: AnchorSpec[] = [
  // Cloud boards (and backlogs, which reuse the board-kit card since 2024).
  {
    selector: testId('platform-board-kit.ui.card.card'),
    read: (card) => issueItem(keyOfCard(card)),
  },
  // Cloud backlog rows, the older markup (before 2024), kept while tenants still have it.
  {
    selector: testId('software-backlog.card-list.card.card-contents.card-container'),
    read: (card) => issueItem(keyOfCard(card)),
  },
  // Data Center / Server agile board cards.
  {
    selector: '#ghx-pool .ghx-issue[data-issue-key], .ghx-backlog .ghx-issue[data-issue-key]',
    read: (card) => issueItem(card.getAttribute('data-issue-key')),
  },
];

export const JIRA_SELECTORS: HostSelectors = { titles, cards };
