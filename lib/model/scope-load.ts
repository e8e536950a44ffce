import { z } from 'zod';
import { toolSchema } from './host-context';
import { isoDateTimeSchema } from './record-meta';

export const skippedItemSchema = z.object({
  key: z.string().max(200).optional(),
  reason: z.string().max(500),
});

/**
 * What the cache knows about one tracker scope (a Jira project, Asana project or Trello
 * board on a site): when it was last read completely, so the next read asks only for what
 * changed since, and which items were skipped and why (the sidebar's diagnostics).
 * Local to the device, like the work-item cache it describes.
 */
export const scopeLoadStateSchema = z.object({
  tool: toolSchema,
  site: z.string().min(1),
  scopeId: z.string().min(1),
  /** Start time of the last load that completed; the next load asks for changes since then. */
  lastLoadedAt: isoDateTimeSchema.optional(),
  itemCount: z.int().nonnegative(),
  skipped: z.array(skippedItemSchema).max(500),
});
export type ScopeLoadState = z.infer<typeof scopeLoadStateSchema>;
