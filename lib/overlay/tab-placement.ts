/** Elements a click on the host page is meant for: the slim tab must not sit on top of them. */
const INTERACTIVE =
  'a[href],button,input,select,textarea,summary,[role="button"],[role="link"],[role="tab"],[role="menuitem"],[contenteditable="true"],[tabindex]:not([tabindex="-1"])';

/**
 * Whether a host control is under the point, ignoring the extension's own shadow host.
 * `elementsFromPoint` lists elements top-most first; the first one that is not ours is what a
 * click there would reach.
 */
export function hostControlAt(doc: Document, x: number, y: number, ownHost: Element): boolean {
  const hit = doc.elementsFromPoint(x, y).find((element) => element !== ownHost);
  return hit !== undefined && hit.closest(INTERACTIVE) !== null;
}

export interface TabPlacementInput {
  viewportHeight: number;
  tabHeight: number;
  /** Where the tab sits when the spot is free, e.g. a third down the viewport. */
  preferredTop: number;
  /** Keep this much free at the top and bottom (host headers, status bars). */
  margin: number;
  step: number;
  isFree(top: number): boolean;
}

/**
 * The top of the slim tab: the preferred spot if no host control is under it, else the
 * nearest free spot above or below it, tried alternately in `step`s; the preferred spot when
 * none is free (the tab is then still reachable from the keyboard shortcut).
 */
export function chooseTabTop(input: TabPlacementInput): number {
  const { viewportHeight, tabHeight, margin, step } = input;
  const lowest = Math.max(margin, viewportHeight - margin - tabHeight);
  const clamp = (top: number) => Math.min(Math.max(top, margin), lowest);
  const preferred = clamp(input.preferredTop);
  if (input.isFree(preferred)) return preferred;
  for (let offset = step; offset <= viewportHeight; offset += step) {
    for (const top of [preferred + offset, preferred - offset]) {
      if (top < margin || top > lowest) continue;
      if (input.isFree(top)) return top;
    }
  }
  return preferred;
}

/** The slim tab's size (px), as sidebar-frame.css draws it. */
export const SLIM_TAB = { height: 64, width: 24 } as const;

/**
 * The slim tab's top in the current viewport: a third down the right edge, moved to the
 * nearest spot with no host control under it. `ownHost` is the extension's shadow host.
 */
export function slimTabTop(doc: Document, view: Window, ownHost: Element): number {
  const x = [view.innerWidth - 4, view.innerWidth - SLIM_TAB.width + 4];
  return chooseTabTop({
    viewportHeight: view.innerHeight,
    tabHeight: SLIM_TAB.height,
    preferredTop: Math.round(view.innerHeight / 3),
    margin: 64,
    step: 24,
    isFree: (candidate) =>
      [candidate + 4, candidate + SLIM_TAB.height / 2, candidate + SLIM_TAB.height - 4].every((y) =>
        x.every((px) => !hostControlAt(doc, px, y, ownHost)),
      ),
  });
}
