import { z } from 'zod';
import { toolSchema } from '../model/host-context';
import { method } from './method-spec';

/** One item on a host page (a card, the open issue), with the project or board it sits in. */
export const inlineItemSchema = z.object({
  /** Jira issue key, Asana task gid or Trello card short link. */
  key: z.string().min(1).max(200),
  /** Jira project key, Asana project gid or Trello board short link. */
  scopeId: z.string().min(1).max(200),
});
export type InlineItem = z.infer<typeof inlineItemSchema>;

/** What a chip or badge shows for an item that belongs to a partner. */
export const inlineTagSchema = z.object({
  key: z.string(),
  partnerId: z.uuid(),
  partnerName: z.string(),
  /** The roles the partner holds on the item, e.g. "R" or "R·C"; empty when none is set. */
  letters: z.string(),
});
export type InlineTag = z.infer<typeof inlineTagSchema>;

export const inlineMethods = {
  /**
   * Partner and RACI letters of the items a page shows (chips beside titles, badges on board
   * cards), asked in one batch per animation frame. Only items of mapped scopes come back.
   */
  'overlay.tags': method({
    access: 'content',
    params: z.object({
      tool: toolSchema,
      site: z.string().min(1).max(300),
      items: z.array(inlineItemSchema).max(2000),
    }),
    result: z.object({ tags: z.array(inlineTagSchema) }),
  }),
  /** A chip was clicked on a page without the sidebar: inject it into the sender's frame. */
  'overlay.openSidebar': method({
    access: 'content',
    params: z.object({}),
    result: z.object({ shown: z.boolean() }),
  }),
} as const;
