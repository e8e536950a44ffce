/** @vitest-environment happy-dom */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SIDEBAR_MOUNTED_EVENT, SIDEBAR_SHELL_TAG } from '@/lib/overlay/sidebar-events';
import { mountSidebarShell, type ShellMode } from '@/lib/overlay/sidebar-shell';

const controllers: AbortController[] = [];

function mountShell(mode: ShellMode, open: () => Promise<void> = async () => undefined) {
  const controller = new AbortController();
  controllers.push(controller);
  mountSidebarShell(document, window, {
    mode,
    css: '.pl-toggle{}',
    open,
    signal: controller.signal,
    loadingTimeoutMs: 50,
  });
  const host = document.querySelector(SIDEBAR_SHELL_TAG);
  const aside = host?.shadowRoot?.querySelector('aside');
  if (!host || !aside) throw new Error('The shell did not mount');
  return { host, aside, controller };
}

function mount(open: () => Promise<void> = async () => undefined) {
  const { host, controller } = mountShell({ kind: 'tab' }, open);
  const button = host?.shadowRoot?.querySelector<HTMLButtonElement>(
    '[data-testid="pl-sidebar-toggle"]',
  );
  if (!host || !button) throw new Error('The slim tab did not mount');
  return { host, button, controller };
}

/** Dispatches the sidebar's "mounted" signal as its entry does; true when the tab had focus. */
function sidebarMounts(): boolean {
  return !window.dispatchEvent(new CustomEvent(SIDEBAR_MOUNTED_EVENT, { cancelable: true }));
}

beforeEach(() => {
  // happy-dom has no layout: nothing of the host page lies under any point.
  document.elementsFromPoint = () => [];
});

afterEach(() => {
  controllers.splice(0).forEach((controller) => controller.abort());
  document.documentElement.removeAttribute('data-color-mode');
  document.body.replaceChildren();
});

describe('the sidebar shell: the slim tab of board pages', () => {
  it('is a labelled, collapsed toggle in its own shadow root, placed below the top margin', async () => {
    const { host, button } = mount();
    const aside = host.shadowRoot!.querySelector('aside')!;
    expect(aside.dataset.testid).toBe('pl-slim-tab');
    expect(aside.getAttribute('aria-label')).toBe('Partner Lens');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.getAttribute('aria-label')).toBe('PL: expand Partner Lens sidebar');
    expect(host.shadowRoot!.querySelector('style')?.textContent).toBe('.pl-toggle{}');
    // Hidden until placed, in the next frame.
    expect(aside.style.visibility).toBe('hidden');
    await vi.waitFor(() => expect(aside.style.visibility).toBe(''));
    expect(Number.parseInt(aside.style.top, 10)).toBeGreaterThanOrEqual(64);
  });

  it('follows the host page theme', async () => {
    document.documentElement.setAttribute('data-color-mode', 'dark');
    const { host } = mount();
    const aside = host.shadowRoot!.querySelector('aside')!;
    expect(aside.dataset.theme).toBe('dark');
    document.documentElement.setAttribute('data-color-mode', 'light');
    await vi.waitFor(() => expect(aside.dataset.theme).toBe('light'));
  });

  it('brings the sidebar once per click while it is coming, and says so', async () => {
    let resolve: () => void = () => undefined;
    const open = vi.fn(() => new Promise<void>((done) => (resolve = done)));
    const { button } = mount(open);
    button.click();
    button.click();
    expect(open).toHaveBeenCalledTimes(1);
    expect(button.getAttribute('aria-busy')).toBe('true');
    resolve();
  });

  it('can be used again when the sidebar could not come, with a hint', async () => {
    const open = vi.fn(async () => {
      throw new Error('No tab');
    });
    const { button } = mount(open);
    button.click();
    await vi.waitFor(() => expect(button.getAttribute('aria-busy')).toBeNull());
    const alert = button.parentElement!.querySelector<HTMLElement>('[role="alert"]')!;
    expect(alert.hidden).toBe(false);
    expect(alert.textContent).toContain('Reload the page');
    button.click();
    expect(open).toHaveBeenCalledTimes(2);
    expect(alert.hidden).toBe(true);
  });

  it('steps aside when the sidebar mounts, handing over the focus only when it had it', () => {
    const first = mount();
    expect(sidebarMounts()).toBe(false);
    expect(first.host.isConnected).toBe(false);

    const second = mount();
    second.button.focus();
    expect(sidebarMounts()).toBe(true);
    expect(second.host.isConnected).toBe(false);
    // Gone for good: a later signal finds no tab to hand over from.
    expect(sidebarMounts()).toBe(false);
  });

  it('goes when the content script is invalidated', () => {
    const { host, controller } = mount();
    controller.abort();
    expect(host.isConnected).toBe(false);
  });
});

describe('the sidebar shell: the loading panel of item pages', () => {
  it('draws the open panel at the remembered width, busy, until the sidebar mounts', () => {
    const { host, aside } = mountShell({ kind: 'loading', width: 420 });
    expect(aside.dataset.testid).toBe('pl-sidebar-loading');
    expect(aside.className).toBe('pl-sidebar pl-open');
    const panel = aside.querySelector<HTMLElement>('.pl-panel')!;
    expect(panel.style.width).toBe('420px');
    expect(aside.querySelector('h2')?.textContent).toBe('Partner Lens');
    expect(aside.querySelector('[role="status"]')?.textContent).toBe('Loading partner…');
    expect(aside.querySelector('.pl-body')?.getAttribute('aria-busy')).toBe('true');
    expect(aside.querySelector('button')).toBeNull();
    expect(sidebarMounts()).toBe(false);
    expect(host.isConnected).toBe(false);
  });

  it('says what to do when the sidebar does not come', async () => {
    const { aside } = mountShell({ kind: 'loading', width: 340 });
    await vi.waitFor(() => expect(aside.querySelector('[role="alert"]')).not.toBeNull());
    expect(aside.querySelector('[role="alert"]')?.textContent).toContain('Reload the page');
    expect(aside.querySelector('.pl-body')?.hasAttribute('aria-busy')).toBe(false);
  });
});
