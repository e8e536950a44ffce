import { storage } from 'wxt/utils/storage';
import { z } from 'zod';

export const SIDEBAR_WIDTH = { min: 280, max: 640, initial: 340, step: 16 } as const;

/** The sidebar's width in px, remembered for every tab and across reloads. */
const widthItem = storage.defineItem<unknown>('local:sidebar.width', {
  fallback: SIDEBAR_WIDTH.initial,
});

export function clampWidth(width: number): number {
  if (!Number.isFinite(width)) return SIDEBAR_WIDTH.initial;
  return Math.round(Math.min(Math.max(width, SIDEBAR_WIDTH.min), SIDEBAR_WIDTH.max));
}

const widthSchema = z.number().catch(SIDEBAR_WIDTH.initial).transform(clampWidth);

export async function readSidebarWidth(): Promise<number> {
  return widthSchema.parse(await widthItem.getValue());
}

export async function writeSidebarWidth(width: number): Promise<void> {
  await widthItem.setValue(clampWidth(width));
}
