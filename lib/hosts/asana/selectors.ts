import type { AnchorSpec, HostSelectors } from '../../overlay/inline/anchors';
import { linkMatch } from '../../overlay/inline/anchors';

/**
 * Where Partner Lens puts its chips and badges in Asana. Asana has no test ids and renames
 * its classes often (toggl's extension needed eight fixes in 2024–26), so every anchor is
 * optional: class names of the current web app first, the ARIA label of the title field
 * beside them. Rows and cards of a project view belong to the project on screen.
 */

/** A task link in either URL form: `/0/{project}/{task}` or `/1/{ws}/…/task/{task}`. */
const TASK_LINK = /(?:\/task\/(\d+)|^\/0\/\d+\/(\d+))(?:[/?#]|$)/;

function taskOfUrl(url: URL): string | null {
  const found = TASK_LINK.exec(url.pathname);
  return found ? (found[1] ?? found[2] ?? null) : null;
}

function openTask(_title: Element, page: { url: URL; scopeId?: string }) {
  const gid = taskOfUrl(page.url);
  return gid && page.scopeId ? { key: gid, scopeId: page.scopeId } : null;
}

function rowTask(row: Element, page: { scopeId?: string }) {
  const link = linkMatch(row, TASK_LINK);
  const gid = row.getAttribute('data-task-gid') ?? (link ? (link[1] ?? link[2]) : undefined);
  return gid && /^\d+$/.test(gid) && page.scopeId ? { key: gid, scopeId: page.scopeId } : null;
}

const titles: AnchorSpec[] = [
  // Task pane title (class names as of 2026-03).
  { selector: '.TaskPane .TaskPaneTitle', read: openTask },
  // Task pane title as an editable field (2024 markup), named by its ARIA label.
  { selector: '.TaskPane textarea[aria-label="Task Name"]', read: openTask },
];

const cards: AnchorSpec[] = [
  // List view rows and board view cards of a project.
  { selector: '.SpreadsheetRow', read: rowTask },
  { selector: '.BoardCardLayout', read: rowTask },
];

export const ASANA_SELECTORS: HostSelectors = { titles, cards };
