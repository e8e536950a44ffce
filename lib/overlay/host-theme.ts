export type Theme = 'light' | 'dark';

/**
 * The host page's own theme, when it says. Jira Cloud and Trello (Atlassian design tokens) set
 * `data-color-mode` on `<html>`; Asana marks dark mode with a class on `<body>`. Null means the
 * page does not say, and the sidebar follows the system setting.
 */
export function hostTheme(doc: Document): Theme | null {
  const mode = doc.documentElement.getAttribute('data-color-mode');
  if (mode === 'dark' || mode === 'light') return mode;
  const bodyClass = doc.body?.className ?? '';
  if (typeof bodyClass === 'string' && /(theme-?dark|dark-?(mode|theme))/i.test(bodyClass)) {
    return 'dark';
  }
  return null;
}

/** The theme to draw in: the host page's own, else the system's. */
export function pageTheme(doc: Document, view: Window): Theme {
  return (
    hostTheme(doc) ?? (view.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light')
  );
}

/** Calls `onChange` when the host switches theme; stops when `signal` aborts. */
export function watchHostTheme(doc: Document, onChange: () => void, signal: AbortSignal): void {
  const observer = new MutationObserver(onChange);
  const options = { attributes: true, attributeFilter: ['class', 'data-color-mode', 'data-theme'] };
  observer.observe(doc.documentElement, options);
  if (doc.body) observer.observe(doc.body, options);
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
