import type { InlineItem, InlineTag } from '../../messaging/inline-methods';
import type { HostSelectors, PageScope } from './anchors';
import { createBadge } from './badge';
import { observeBatched } from './batched-observer';
import { createChip } from './chip';

/** On each anchor: which item it was tagged for (`scopeId key`), so a reused element is redone. */
export const TAGGED_ATTRIBUTE = 'data-partner-lens-item';

export interface InlineTagsOptions {
  root: Document;
  selectors: HostSelectors;
  /** The page as it is now (null while it is not known yet, e.g. a card's board being read). */
  page(): PageScope | null;
  /** One batched question to the background: the partner of each item, if any. */
  fetchTags(page: PageScope, items: InlineItem[]): Promise<InlineTag[]>;
  /** Brings the sidebar in; rejects when it could not (the chip says so). */
  onOpenSidebar(): Promise<void>;
  signal: AbortSignal;
}

const itemId = (item: InlineItem) => `${item.scopeId} ${item.key}`;

interface ReadAnchor {
  anchor: Element;
  item: InlineItem | null;
  kind: 'chip' | 'badge';
}

/**
 * Chips beside item titles and badges on board cards, kept in step with the page: a batched
 * observer runs one pass per animation frame at most; the pass tags anchors it has not tagged
 * for their current item, asks the background once about items it does not know yet, and
 * removes chips whose title went away. Host text is read with `textContent` only.
 * Returns `refresh`, which forgets the answers and schedules a pass (navigation, tab shown).
 */
export function startInlineTags(options: InlineTagsOptions): () => void {
  const { root, selectors, signal } = options;
  /** null = asked, and no partner. */
  const known = new Map<string, InlineTag | null>();
  const asking = new Set<string>();
  const decorations = new WeakMap<Element, HTMLElement>();
  const chips = new Map<HTMLElement, Element>();

  const undecorate = (anchor: Element) => {
    const old = decorations.get(anchor);
    if (old) {
      old.remove();
      chips.delete(old);
      decorations.delete(anchor);
    }
    anchor.removeAttribute(TAGGED_ATTRIBUTE);
  };

  const decorate = (
    anchor: Element,
    item: InlineItem | null,
    kind: 'chip' | 'badge',
    wanted: Map<string, InlineItem>,
  ) => {
    if (!item) {
      if (anchor.hasAttribute(TAGGED_ATTRIBUTE)) undecorate(anchor);
      return;
    }
    const id = itemId(item);
    const tag = known.get(id);
    if (tag === undefined) {
      if (!asking.has(id)) wanted.set(id, item);
      return;
    }
    if (anchor.getAttribute(TAGGED_ATTRIBUTE) === id) {
      const current = decorations.get(anchor);
      if (!tag || (current?.isConnected ?? false)) return;
    }
    undecorate(anchor);
    anchor.setAttribute(TAGGED_ATTRIBUTE, id);
    if (!tag) return;
    if (kind === 'badge') {
      const badge = createBadge(tag);
      anchor.append(badge);
      decorations.set(anchor, badge);
    } else {
      const chip = createChip(tag, options.onOpenSidebar);
      anchor.after(chip);
      decorations.set(anchor, chip);
      chips.set(chip, anchor);
    }
  };

  /** What the last pass read: anchors with their items, for the page it read them on. */
  let lastRead: { page: PageScope; anchors: ReadAnchor[] } | null = null;
  const readAnchors = (page: PageScope): ReadAnchor[] => {
    const anchors: ReadAnchor[] = [];
    for (const spec of selectors.titles) {
      for (const anchor of root.querySelectorAll(spec.selector)) {
        anchors.push({ anchor, item: spec.read(anchor, page), kind: 'chip' });
      }
    }
    for (const spec of selectors.cards) {
      for (const anchor of root.querySelectorAll(spec.selector)) {
        anchors.push({ anchor, item: spec.read(anchor, page), kind: 'badge' });
      }
    }
    return anchors;
  };

  let schedule: () => void = () => undefined;
  const pass = (domChanged: boolean) => {
    const page = options.page();
    if (!page) return;
    // Unchanged page and DOM (a pass for answers that came in): the anchors read last time
    // still show the same items; reading 500 cards again would only cost time.
    const anchors = !domChanged && lastRead?.page === page ? lastRead.anchors : readAnchors(page);
    lastRead = { page, anchors };
    const wanted = new Map<string, InlineItem>();
    for (const { anchor, item, kind } of anchors) decorate(anchor, item, kind, wanted);
    // A chip stays only beside the title it belongs to (a re-rendered title gets a new one).
    for (const [chip, anchor] of chips) {
      if (!anchor.isConnected || anchor.nextElementSibling !== chip) {
        chip.remove();
        chips.delete(chip);
      }
    }
    if (wanted.size > 0) void ask(page, wanted);
  };

  const ask = async (page: PageScope, wanted: Map<string, InlineItem>) => {
    for (const id of wanted.keys()) asking.add(id);
    let tags: InlineTag[] = [];
    try {
      tags = await options.fetchTags(page, [...wanted.values()]);
    } catch {
      // Best effort: the sidebar shows the partner anyway; the next navigation asks again.
      for (const id of wanted.keys()) asking.delete(id);
      return;
    }
    const byKey = new Map(tags.map((tag) => [tag.key, tag]));
    for (const [id, item] of wanted) {
      known.set(id, byKey.get(item.key) ?? null);
      asking.delete(id);
    }
    schedule();
  };

  schedule = observeBatched(root.documentElement, pass, signal);
  signal.addEventListener('abort', () => chips.forEach((_anchor, chip) => chip.remove()), {
    once: true,
  });
  return () => {
    // Mappings may have changed in the options page meanwhile: ask again, redraw what differs.
    known.clear();
    lastRead = null;
    schedule();
  };
}
