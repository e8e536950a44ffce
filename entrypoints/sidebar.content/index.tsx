import '@/lib/model/zod-jitless';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { Sidebar } from '@/components/sidebar/Sidebar';
import { readJiraSites } from '@/lib/hosts/jira-sites-store';
import { onLocationChange } from '@/lib/overlay/location-changes';
import { sidebarCommandSchema } from '@/lib/overlay/sidebar-commands';
import { SIDEBAR_MOUNTED_EVENT, SIDEBAR_MOUNTED_FLAG } from '@/lib/overlay/sidebar-events';
import { browser } from 'wxt/browser';
import {
  readSidebarOpen,
  watchSidebarOpen,
  writeSidebarOpen,
} from '@/lib/overlay/sidebar-open-state';
import css from './sidebar.css?inline';

/** Marks the isolated world so a second injection into the same page does nothing. */
const MOUNTED_FLAG = SIDEBAR_MOUNTED_FLAG;
type FlaggedWindow = Window & { [MOUNTED_FLAG]?: boolean };

/**
 * The page announces itself at `document_start`, so this bundle may arrive before `<body>`
 * exists; the sidebar mounts into the body once the parser has created it.
 */
function bodyReady(): Promise<void> {
  if (document.body) return Promise.resolve();
  return new Promise((resolve) =>
    document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }),
  );
}

/**
 * The sidebar bundle (React). Not listed in the manifest: the background injects it with
 * `scripting.executeScript` only on pages that need it, so unmapped pages never load React.
 */
export default defineContentScript({
  matches: ['https://*.atlassian.net/*', 'https://app.asana.com/*', 'https://trello.com/*'],
  registration: 'runtime',
  cssInjectionMode: 'manual',
  async main(ctx) {
    const flagged = window as FlaggedWindow;
    if (flagged[MOUNTED_FLAG]) return;
    flagged[MOUNTED_FLAG] = true;
    ctx.onInvalidated(() => {
      flagged[MOUNTED_FLAG] = false;
    });

    const [initiallyOpen, jiraSites] = await Promise.all([
      readSidebarOpen(),
      readJiraSites(),
      bodyReady(),
    ]);
    const toggleListeners = new Set<() => void>();
    const onCommand = (message: unknown) => {
      if (!sidebarCommandSchema.safeParse(message).success) return undefined;
      toggleListeners.forEach((listener) => listener());
      return Promise.resolve({ toggled: true });
    };
    browser.runtime.onMessage.addListener(onCommand);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onCommand));
    const subscribeToggle = (listener: () => void) => {
      toggleListeners.add(listener);
      return () => void toggleListeners.delete(listener);
    };
    // The slim tab of a board page steps aside; when it had the focus, the panel takes it.
    const tabHadFocus = !window.dispatchEvent(
      new CustomEvent(SIDEBAR_MOUNTED_EVENT, { cancelable: true }),
    );
    let render: (url: string) => void = () => undefined;
    const ui = await createShadowRootUi<Root>(ctx, {
      name: 'partner-lens-sidebar',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css,
      onMount(container) {
        const root = createRoot(container);
        render = (url) =>
          root.render(
            <Sidebar
              url={url}
              jiraSites={jiraSites}
              initiallyOpen={initiallyOpen}
              focusOnMount={tabHadFocus}
              onOpenChange={(open) => void writeSidebarOpen(open)}
              subscribeOpen={watchSidebarOpen}
              subscribeToggle={subscribeToggle}
            />,
          );
        // The first frame commits at once: the panel shows while the partner loads.
        flushSync(() => render(location.href));
        return root;
      },
      onRemove(root) {
        root?.unmount();
      },
    });
    ui.mount();
    onLocationChange(ctx, (url) => render(url));
  },
});
