import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnchorSpec, HostSelectors, PageScope } from '@/lib/overlay/inline/anchors';
import type { InlineItem } from '@/lib/messaging/inline-methods';

/** Loads a saved DOM snippet of a host page (test/fixtures/dom/) into the document. */
export function loadDomFixture(name: string): void {
  document.body.innerHTML = readFileSync(
    join(__dirname, '..', '..', 'fixtures', 'dom', name),
    'utf8',
  );
}

/** What each anchor of a kind reads, in document order, with the matching element's id. */
export function readAll(
  specs: readonly AnchorSpec[],
  page: PageScope,
): { selector: string; id: string; item: InlineItem | null }[] {
  return specs.flatMap((spec) =>
    [...document.querySelectorAll(spec.selector)].map((element) => ({
      selector: spec.selector,
      id: element.id || element.textContent?.trim().slice(0, 20) || element.localName,
      item: spec.read(element, page),
    })),
  );
}

export type { HostSelectors };
