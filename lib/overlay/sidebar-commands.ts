import { z } from 'zod';

/** The message the background sends a tab's sidebar when the user presses the shortcut. */
export const SIDEBAR_COMMAND_KIND = 'partner-lens/sidebar-command';

export const sidebarCommandSchema = z.object({
  kind: z.literal(SIDEBAR_COMMAND_KIND),
  command: z.literal('toggle'),
});
export type SidebarCommand = z.infer<typeof sidebarCommandSchema>;

/** The `commands` entry of the manifest; users can change the keys in the browser's settings. */
export const TOGGLE_SIDEBAR_COMMAND = 'toggle-sidebar';
