/** Marks every element Partner Lens adds to a host page, so its own changes are not observed. */
export const OWN_ATTRIBUTE = 'data-partner-lens';

/** Our chips and badges, and the sidebar's host element (`partner-lens-sidebar`). */
function isOwnNode(node: Node): boolean {
  return (
    node instanceof Element &&
    (node.hasAttribute(OWN_ATTRIBUTE) || node.localName.startsWith('partner-lens-'))
  );
}

/**
 * Calls `pass` at most once per animation frame after the page's DOM changed (and once at
 * start). The MutationObserver callback only schedules; all reading and writing happens in the
 * pass, so a board that re-renders 500 cards costs one pass, not 500. Changes made only of
 * Partner Lens's own elements are ignored. `pass` is told whether the page's DOM changed since
 * the previous pass: a pass scheduled by the returned function alone (e.g. once answers came
 * in) may reuse what the previous one read. Stops for good when `signal` aborts.
 */
export function observeBatched(
  root: Node,
  pass: (domChanged: boolean) => void,
  signal: AbortSignal,
): () => void {
  let frame: number | null = null;
  let domChanged = true;
  const schedule = () => {
    if (frame !== null || signal.aborted) return;
    frame = requestAnimationFrame(() => {
      frame = null;
      const changed = domChanged;
      domChanged = false;
      if (!signal.aborted) pass(changed);
    });
  };
  const changed = () => {
    domChanged = true;
    schedule();
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (!isOwnNode(node)) return changed();
      for (const node of record.removedNodes) if (!isOwnNode(node)) return changed();
    }
  });
  observer.observe(root, { childList: true, subtree: true });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      if (frame !== null) cancelAnimationFrame(frame);
    },
    { once: true },
  );
  schedule();
  return schedule;
}
