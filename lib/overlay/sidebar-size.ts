/**
 * The sidebar's width bounds (px) and the storage key they are kept under; zod-free, so the
 * plain-DOM shell (sidebar-shell.ts) can draw the panel at the remembered width.
 */
export const SIDEBAR_WIDTH = { min: 280, max: 640, initial: 340, step: 16 } as const;

/** The storage key of `sidebar-width.ts` (`local:` area). */
export const SIDEBAR_WIDTH_KEY = 'sidebar.width';

export function clampWidth(width: number): number {
  if (!Number.isFinite(width)) return SIDEBAR_WIDTH.initial;
  return Math.round(Math.min(Math.max(width, SIDEBAR_WIDTH.min), SIDEBAR_WIDTH.max));
}
