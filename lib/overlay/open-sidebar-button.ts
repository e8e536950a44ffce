import { SIDEBAR_OPEN_FAILED } from './sidebar-events';

/**
 * Makes `button` bring the sidebar in with `open` (a chip, the slim tab): one request at a
 * time, marked busy meanwhile, and `failure` (a hidden `role="alert"` element) saying what to
 * do when it could not come, until the next try.
 */
export function openSidebarOnClick(
  button: HTMLButtonElement,
  failure: HTMLElement,
  open: () => Promise<void>,
  signal?: AbortSignal,
): void {
  button.addEventListener(
    'click',
    () => {
      if (button.hasAttribute('aria-busy')) return;
      button.setAttribute('aria-busy', 'true');
      failure.hidden = true;
      open()
        .catch(() => {
          failure.textContent = SIDEBAR_OPEN_FAILED;
          failure.hidden = false;
        })
        .finally(() => button.removeAttribute('aria-busy'));
    },
    { signal },
  );
}
