import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { SIDEBAR_OPEN_KEY } from './sidebar-events';

/**
 * Whether the sidebar is expanded, shared by every tab and remembered across reloads.
 * The popup's "Show sidebar" sets it to true before injecting, and open sidebars follow.
 */
const sidebarOpenItem = storage.defineItem<unknown>(`local:${SIDEBAR_OPEN_KEY}`, {
  fallback: true,
});

const openSchema = z.boolean().catch(true);

export async function readSidebarOpen(): Promise<boolean> {
  return openSchema.parse(await sidebarOpenItem.getValue());
}

export async function writeSidebarOpen(open: boolean): Promise<void> {
  await sidebarOpenItem.setValue(open);
}

export function watchSidebarOpen(listener: (open: boolean) => void): () => void {
  return sidebarOpenItem.watch((value) => listener(openSchema.parse(value)));
}
