import type { JiraSite } from '../model/jira-site';

export const FEEDBACK_MENU_ID = 'partner-lens-give-feedback';
export const FEEDBACK_MENU_TITLE = 'Give feedback on this item';

/** Size of the window the quick entry opens in when the toolbar popup cannot be opened. */
const WINDOW_SIZE = { width: 400, height: 640 };

export interface MenuProperties {
  id: string;
  title: string;
  contexts: ['page'];
  documentUrlPatterns: string[];
}

/** The browser APIs the menu uses (`contextMenus`, `action`, `windows`), injected for tests. */
export interface FeedbackMenuApi {
  removeAll(): Promise<void>;
  create(properties: MenuProperties): Promise<void>;
  /** `host_permissions` of the manifest: the trackers served from install on. */
  manifestHostPatterns(): string[];
  /** Self-hosted Jira sites with their permission granted. */
  jiraSites(): Promise<JiraSite[]>;
  /** `action.openPopup()`; throws where the browser does not allow it. */
  openPopup(): Promise<void>;
  /** `windows.create({ type: 'popup', url })`. */
  openWindow(options: { url: string; width: number; height: number }): Promise<void>;
  /** `runtime.getURL(path)`. */
  extensionUrl(path: string): string;
}

export interface ClickInfo {
  menuItemId: string | number;
}

/** The pages the menu item shows on: every supported tracker host (including self-hosted Jira). */
export async function menuUrlPatterns(api: FeedbackMenuApi): Promise<string[]> {
  const patterns = api.manifestHostPatterns().filter((pattern) => pattern.startsWith('https://'));
  for (const site of await api.jiraSites()) {
    const pattern = `${site.origin}${site.contextPath}/*`;
    if (!patterns.includes(pattern)) patterns.push(pattern);
  }
  return patterns;
}

/**
 * "Give feedback on this item" in the page's context menu on tracker pages. A click opens
 * the quick entry for that tab: the toolbar popup where the browser allows opening it, else
 * the same page in a small window, told which tab it is about (`popup.html?tab=<id>`).
 */
export function createFeedbackContextMenu(api: FeedbackMenuApi) {
  let queue: Promise<void> = Promise.resolve();

  /**
   * (Re)creates the menu item. Calls are queued: `onInstalled` and a change of the Jira
   * sites may overlap, and a second `create` of the same id would fail.
   */
  const ensure = (): Promise<void> => {
    queue = queue
      .catch(() => undefined)
      .then(async () => {
        const documentUrlPatterns = await menuUrlPatterns(api);
        await api.removeAll();
        await api.create({
          id: FEEDBACK_MENU_ID,
          title: FEEDBACK_MENU_TITLE,
          contexts: ['page'],
          documentUrlPatterns,
        });
      });
    return queue;
  };

  const onClicked = async (info: ClickInfo, tab: { id?: number } | undefined): Promise<void> => {
    if (info.menuItemId !== FEEDBACK_MENU_ID || tab?.id === undefined) return;
    try {
      await api.openPopup();
    } catch {
      await api.openWindow({
        url: api.extensionUrl(`/popup.html?tab=${tab.id}`),
        ...WINDOW_SIZE,
      });
    }
  };

  return { ensure, onClicked };
}
