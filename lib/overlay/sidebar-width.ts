import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { clampWidth, SIDEBAR_WIDTH, SIDEBAR_WIDTH_KEY } from './sidebar-size';

export { clampWidth, SIDEBAR_WIDTH } from './sidebar-size';

/** The sidebar's width in px, remembered for every tab and across reloads. */
const widthItem = storage.defineItem<unknown>(`local:${SIDEBAR_WIDTH_KEY}`, {
  fallback: SIDEBAR_WIDTH.initial,
});

const widthSchema = z.number().catch(SIDEBAR_WIDTH.initial).transform(clampWidth);

export async function readSidebarWidth(): Promise<number> {
  return widthSchema.parse(await widthItem.getValue());
}

export async function writeSidebarWidth(width: number): Promise<void> {
  await widthItem.setValue(clampWidth(width));
}
