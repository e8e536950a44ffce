import { browser } from 'wxt/browser';
import type { InlineItem, InlineTag } from '../../messaging/inline-methods';
import { RPC_KIND } from '../../messaging/kind';

/**
 * The background's answers are trusted (it validates what it receives and builds its replies
 * itself); this only checks the shape it reads, by hand, so the inline script needs no zod.
 */
async function call(method: string, params: unknown): Promise<unknown> {
  const response = (await browser.runtime.sendMessage({ kind: RPC_KIND, method, params })) as {
    ok?: unknown;
    result?: unknown;
  } | null;
  if (!response || response.ok !== true) throw new Error(`Partner Lens: ${method} failed`);
  return response.result;
}

const isTag = (value: unknown): value is InlineTag => {
  const tag = value as Partial<InlineTag> | null;
  return (
    typeof tag === 'object' &&
    tag !== null &&
    typeof tag.key === 'string' &&
    typeof tag.partnerId === 'string' &&
    typeof tag.partnerName === 'string' &&
    typeof tag.letters === 'string'
  );
};

export async function fetchInlineTags(
  tool: string,
  site: string,
  items: InlineItem[],
): Promise<InlineTag[]> {
  const result = (await call('overlay.tags', { tool, site, items })) as { tags?: unknown };
  return Array.isArray(result?.tags) ? result.tags.filter(isTag) : [];
}

/** Brings the sidebar into the page when it is not there yet (opened by a chip). */
export async function requestSidebar(): Promise<void> {
  await call('overlay.openSidebar', {});
}
