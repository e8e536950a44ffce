import type { InlineItem } from '../../messaging/inline-methods';
import type { HostContext } from '../../model/host-context';

/** What an anchor reader knows about the page besides the element itself. */
export interface PageScope {
  url: URL;
  context: HostContext;
  /**
   * The project or board the page shows, when the URL (or, for a Trello card or an Asana task
   * outside a project, the tracker) told it: the scope of cards that do not name their own.
   */
  scopeId?: string;
}

/**
 * One place in a host page where a chip or a badge may go. `selector` finds the element;
 * `read` tells which item it shows (null = not an item, or not enough known yet).
 */
export interface AnchorSpec {
  selector: string;
  read(element: Element, page: PageScope): InlineItem | null;
}

/** A host's anchors: item titles (chips) and board/list cards (badges). */
export interface HostSelectors {
  titles: readonly AnchorSpec[];
  cards: readonly AnchorSpec[];
}

/** The path of a link inside `root` (or `root` itself) whose href matches `pattern`. */
export function linkMatch(root: Element, pattern: RegExp): RegExpExecArray | null {
  const links = root.matches('a[href]') ? [root] : [...root.querySelectorAll('a[href]')];
  for (const link of links) {
    const found = pattern.exec(link.getAttribute('href') ?? '');
    if (found) return found;
  }
  return null;
}
