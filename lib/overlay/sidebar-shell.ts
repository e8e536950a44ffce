import { pageTheme, watchHostTheme } from './host-theme';
import { openSidebarOnClick } from './open-sidebar-button';
import { SIDEBAR_MOUNTED_EVENT, SIDEBAR_SHELL_TAG } from './sidebar-events';
import { slimTabTop } from './tab-placement';

/**
 * What the shell draws: the collapsed sidebar's slim tab (board and project pages, where the
 * sidebar loads only when asked for), or the open panel's frame in its loading state (item
 * pages, while the sidebar bundle is being evaluated).
 */
export type ShellMode = { kind: 'tab' } | { kind: 'loading'; width: number };

export interface SidebarShellOptions {
  mode: ShellMode;
  /** Styles of the shadow root (sidebar-frame.css). */
  css: string;
  /** Brings the sidebar in, open; rejects when it could not (the tab's click). */
  open(): Promise<void>;
  signal: AbortSignal;
  /** How long the loading panel waits for the sidebar before it says it did not come. */
  loadingTimeoutMs?: number;
}

const LOADING_TIMEOUT_MS = 15_000;

/**
 * The sidebar before React, in plain DOM, in its own shadow root: the same frame, colours and
 * slim tab the sidebar draws (sidebar-frame.css), so that a board with hundreds of cards loads
 * no React until the user asks for the sidebar (click, Enter or Space on the tab), and an item
 * page shows the panel while the sidebar bundle loads. It steps aside once the sidebar mounts
 * (`SIDEBAR_MOUNTED_EVENT`), handing the focus over when it had it.
 */
export function mountSidebarShell(doc: Document, view: Window, options: SidebarShellOptions): void {
  const host = doc.createElement(SIDEBAR_SHELL_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = options.css;
  const aside = doc.createElement('aside');
  aside.setAttribute('aria-label', 'Partner Lens');
  shadow.append(style, aside);

  const controller = new AbortController();
  const stop = () => controller.abort();
  options.signal.addEventListener('abort', stop, { once: true });
  const { signal } = controller;
  signal.addEventListener('abort', () => host.remove(), { once: true });

  const paint = () => {
    aside.dataset.theme = pageTheme(doc, view);
  };
  view.addEventListener(
    SIDEBAR_MOUNTED_EVENT,
    (event) => {
      // The sidebar takes the focus over when the shell had it (Enter on the tab).
      if (shadow.activeElement) event.preventDefault();
      stop();
    },
    { signal },
  );

  paint();
  watchHostTheme(doc, paint, signal);
  view.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', paint, { signal });
  if (options.mode.kind === 'tab') {
    drawTab(doc, view, host, aside, options.open, signal);
  } else {
    drawLoadingPanel(doc, aside, options.mode.width, options.loadingTimeoutMs, signal);
  }
  (doc.body ?? doc.documentElement).append(host);
}

function drawTab(
  doc: Document,
  view: Window,
  host: Element,
  aside: HTMLElement,
  open: () => Promise<void>,
  signal: AbortSignal,
): void {
  aside.className = 'pl-sidebar pl-closed';
  aside.dataset.testid = 'pl-slim-tab';
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

  // Shown beside the tab when the sidebar could not come (a tooltip would reach few people).
  const failure = doc.createElement('div');
  failure.className = 'pl-panel pl-body pl-error';
  failure.setAttribute('role', 'alert');
  failure.hidden = true;
  aside.append(failure);

  openSidebarOnClick(button, failure, open, signal);

  const place = () => {
    aside.style.top = `${slimTabTop(doc, view, host)}px`;
    aside.style.bottom = 'auto';
  };
  // Placed once the page is idle, and shown then: measuring while the host page (a board of
  // hundreds of cards) is still rendering would force its layout in the middle of that.
  aside.style.visibility = 'hidden';
  whenIdle(view, signal, () => {
    place();
    aside.style.removeProperty('visibility');
  });
  // Host pages render late; look again once they have settled, and on resize.
  const later = view.setTimeout(place, 1500);
  signal.addEventListener('abort', () => view.clearTimeout(later), { once: true });
  view.addEventListener('resize', place, { signal });
}

function drawLoadingPanel(
  doc: Document,
  aside: HTMLElement,
  width: number,
  timeoutMs = LOADING_TIMEOUT_MS,
  signal: AbortSignal,
): void {
  aside.className = 'pl-sidebar pl-open';
  aside.dataset.testid = 'pl-sidebar-loading';
  const panel = doc.createElement('div');
  panel.className = 'pl-panel';
  panel.style.width = `${width}px`;
  const header = doc.createElement('header');
  header.className = 'pl-header';
  const title = doc.createElement('h2');
  title.textContent = 'Partner Lens';
  header.append(title);
  const body = doc.createElement('div');
  body.className = 'pl-body';
  body.setAttribute('aria-busy', 'true');
  const status = doc.createElement('div');
  status.className = 'pl-skeleton';
  status.setAttribute('role', 'status');
  status.textContent = 'Loading partner…';
  body.append(status);
  panel.append(header, body);
  aside.append(panel);

  // The sidebar bundle normally replaces this within a fraction of a second.
  const timer = setTimeout(() => {
    body.removeAttribute('aria-busy');
    status.className = 'pl-error';
    status.setAttribute('role', 'alert');
    status.textContent = 'Partner Lens could not load on this page. Reload the page to try again.';
  }, timeoutMs);
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
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
