import { pageTheme, watchHostTheme } from './host-theme';
import { SIDEBAR_MOUNTED_EVENT, SLIM_TAB_TAG } from './sidebar-events';
import { slimTabTop } from './tab-placement';

export interface SlimTabOptions {
  /** Styles of the shadow root (slim-tab.css). */
  css: string;
  /** Brings the sidebar in, open; rejects when it could not. */
  open(): Promise<void>;
  signal: AbortSignal;
}

/**
 * The collapsed sidebar of board and project pages, in plain DOM: the same slim tab the
 * sidebar draws when collapsed, so that a board with hundreds of cards loads no React until
 * the user asks for the sidebar (click, Enter or Space on the tab). It steps aside once the
 * sidebar has mounted (`SIDEBAR_MOUNTED_EVENT`), handing the focus over when it had it.
 */
export function mountSlimTab(doc: Document, view: Window, options: SlimTabOptions): void {
  const host = doc.createElement(SLIM_TAB_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = options.css;
  const aside = doc.createElement('aside');
  aside.className = 'pl-sidebar pl-closed';
  aside.dataset.testid = 'pl-slim-tab';
  aside.setAttribute('aria-label', 'Partner Lens');
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'pl-toggle';
  button.dataset.testid = 'pl-sidebar-toggle';
  button.setAttribute('aria-expanded', 'false');
  // The name starts with the visible letters, for speech input ("click PL").
  button.setAttribute('aria-label', 'PL: expand Partner Lens sidebar');
  const letters = doc.createElement('span');
  letters.setAttribute('aria-hidden', 'true');
  letters.textContent = 'PL';
  button.append(letters);
  aside.append(button);
  shadow.append(style, aside);

  const controller = new AbortController();
  const stop = () => controller.abort();
  options.signal.addEventListener('abort', stop, { once: true });
  const { signal } = controller;
  signal.addEventListener('abort', () => host.remove(), { once: true });

  const place = () => {
    aside.style.top = `${slimTabTop(doc, view, host)}px`;
    aside.style.bottom = 'auto';
  };
  const paint = () => {
    aside.dataset.theme = pageTheme(doc, view);
  };

  let opening = false;
  button.addEventListener(
    'click',
    () => {
      if (opening) return;
      opening = true;
      button.setAttribute('aria-busy', 'true');
      button.removeAttribute('title');
      options.open().catch(() => {
        opening = false;
        button.removeAttribute('aria-busy');
        button.title = 'Partner Lens could not open here. Reload the page and try again.';
      });
    },
    { signal },
  );

  view.addEventListener(
    SIDEBAR_MOUNTED_EVENT,
    (event) => {
      // The sidebar takes the focus over when the tab had it (Enter on the tab).
      if (shadow.activeElement === button) event.preventDefault();
      stop();
    },
    { signal },
  );

  paint();
  // Placed once the page is idle, and shown then: measuring while the host page (a board of
  // hundreds of cards) is still rendering would force its layout in the middle of that.
  aside.style.visibility = 'hidden';
  (doc.body ?? doc.documentElement).append(host);
  whenIdle(view, signal, () => {
    place();
    aside.style.removeProperty('visibility');
  });
  // Host pages render late; look again once they have settled, and on resize.
  const later = view.setTimeout(place, 1500);
  signal.addEventListener('abort', () => view.clearTimeout(later), { once: true });
  view.addEventListener('resize', place, { signal });
  watchHostTheme(doc, paint, signal);
  view.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', paint, { signal });
}

/** Runs `task` when the page is idle (within a second at the latest), unless aborted first. */
function whenIdle(view: Window, signal: AbortSignal, task: () => void): void {
  if (typeof view.requestIdleCallback === 'function') {
    const handle = view.requestIdleCallback(task, { timeout: 1000 });
    signal.addEventListener('abort', () => view.cancelIdleCallback(handle), { once: true });
  } else {
    const handle = view.setTimeout(task, 50);
    signal.addEventListener('abort', () => view.clearTimeout(handle), { once: true });
  }
}
