import { itemKeyOf } from '../hosts/item-key';
import type { HostContext } from '../model/host-context';
import type { ShellMode } from './sidebar-shell';
import { clampWidth } from './sidebar-size';

/**
 * Set in the page's isolated world by the background just before it injects the inline
 * script: what the sidebar's shell draws there. Handed over this way so the shell draws in the
 * inline script's first task, before the page is busy evaluating the sidebar bundle.
 */
export const SHELL_MODE_GLOBAL = '__partnerLensShellMode';

/**
 * What the sidebar's shell draws on a page, or null for none: the slim tab where no item is
 * open (the sidebar loads when asked for); on an item page the loading panel when the shared
 * state says the sidebar is open (the sidebar is on its way), nothing when it is collapsed.
 */
export function shellModeFor(
  context: HostContext,
  sidebar: { open: boolean; width: number },
): ShellMode | null {
  if (!itemKeyOf(context)) return { kind: 'tab' };
  return sidebar.open ? { kind: 'loading', width: clampWidth(sidebar.width) } : null;
}

/** The mode the background set (checked by hand: the inline script is zod-free). */
export function readShellMode(scope: object): ShellMode | null {
  const value: unknown = (scope as Record<string, unknown>)[SHELL_MODE_GLOBAL];
  if (typeof value !== 'object' || value === null) return null;
  const { kind, width } = value as { kind?: unknown; width?: unknown };
  if (kind === 'tab') return { kind };
  if (kind === 'loading' && typeof width === 'number') {
    return { kind, width: clampWidth(width) };
  }
  return null;
}
