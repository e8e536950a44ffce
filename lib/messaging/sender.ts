/** The parts of `runtime.MessageSender` the background relies on. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

export type SenderKind = 'extension' | 'content';

export interface SenderPolicy {
  extensionId: string;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`, without trailing slash. */
  extensionOrigin: string;
  /** True for pages of Jira, Asana, Trello (and self-hosted Jira sites the user added). */
  isSupportedHostUrl(url: string): boolean | Promise<boolean>;
}

/**
 * Classifies who sent a message, or returns null for anyone we do not talk to: another
 * extension, a page of ours opened in an unexpected way, or a content script on a site that
 * is not a supported tracker (which would mean the match patterns were widened by mistake).
 */
export async function classifySender(
  sender: SenderInfo,
  policy: SenderPolicy,
): Promise<SenderKind | null> {
  if (sender.id !== policy.extensionId || !sender.url) return null;
  // Compare by prefix: `new URL()` reports the origin of non-web schemes as "null" in some engines.
  if (sender.url.startsWith(`${policy.extensionOrigin}/`)) return 'extension';
  if (sender.tab?.id !== undefined && (await policy.isSupportedHostUrl(sender.url)))
    return 'content';
  return null;
}
