import { z } from 'zod';
import { isoDateSchema, isoDateTimeSchema } from './record-meta';
import { toolSchema } from './host-context';

export const STATUS_CATEGORIES = ['todo', 'doing', 'done'] as const;
/** Jira's `new | indeterminate | done`, Asana's sections/completion and Trello's lists, unified. */
export const statusCategorySchema = z.lazy(() =>
  z.enum(STATUS_CATEGORIES, {
    error: 'Expected a status category: todo, doing or done',
  }),
);
export type StatusCategory = z.infer<typeof statusCategorySchema>;

export const statusTransitionSchema = z.lazy(() =>
  z.object({
    at: isoDateTimeSchema,
    /** `null` for the item's creation. */
    from: statusCategorySchema.nullable(),
    to: statusCategorySchema,
  }),
);
export type StatusTransition = z.infer<typeof statusTransitionSchema>;

export const workItemAssigneeSchema = z.lazy(() =>
  z.object({
    name: z.string(),
    /** Absent when the tracker hides it (Jira privacy settings return `null`). */
    email: z.string().optional(),
  }),
);
export type WorkItemAssignee = z.infer<typeof workItemAssigneeSchema>;

export const workItemProjectSchema = z.lazy(() =>
  z.object({
    /** Jira project key, Asana project gid or Trello board short link — what scopes list. */
    id: z.string().min(1),
    name: z.string().optional(),
  }),
);
export type WorkItemProject = z.infer<typeof workItemProjectSchema>;

/**
 * The tool-independent shape of a Jira issue, Asana task or Trello card, as the normalisers
 * in `lib/hosts/<tool>/normalize.ts` produce it. Not a stored record: it is a cached copy of
 * tracker data, so it has no sync metadata.
 */
export const workItemFieldsSchema = z.lazy(() =>
  z.object({
    tool: toolSchema,
    /** Origin of the tracker, e.g. `https://acme.atlassian.net`. */
    site: z.string().min(1),
    /** Jira issue key, Asana task gid or Trello card short link. */
    key: z.string().min(1),
    title: z.string(),
    url: z.url(),
    statusName: z.string(),
    statusCategory: statusCategorySchema,
    created: isoDateTimeSchema,
    /** First move to `doing`. */
    started: isoDateTimeSchema.optional(),
    /** Last move to `done`, when the item is done. */
    done: isoDateTimeSchema.optional(),
    /** A date, or a date and time where the tool has one (Asana `due_at`, Trello `due`). */
    due: z.union([isoDateSchema, isoDateTimeSchema]).optional(),
    assignee: workItemAssigneeSchema.nullable(),
    labels: z.array(z.string()),
    components: z.array(z.string()),
    /** Trello list or Asana section. */
    list: z.string().optional(),
    project: workItemProjectSchema,
    /** Jira issue type, Asana resource subtype; absent on Trello. */
    itemType: z.string().optional(),
    transitions: z.array(statusTransitionSchema),
  }),
);

function transitionsInOrder(item: { transitions: StatusTransition[] }, ctx: z.RefinementCtx) {
  for (let index = 1; index < item.transitions.length; index += 1) {
    // Compare instants, not strings: tools report different offsets (+0000, Z).
    const previous = Date.parse(item.transitions[index - 1]!.at);
    if (Date.parse(item.transitions[index]!.at) < previous) {
      ctx.addIssue({
        code: 'custom',
        path: ['transitions', index, 'at'],
        message: 'Status changes must be listed from oldest to newest',
      });
      return;
    }
  }
}

export const workItemSchema = workItemFieldsSchema.superRefine(transitionsInOrder);
export type WorkItem = z.infer<typeof workItemSchema>;

/** A work item as the background caches it, with the time it was fetched. */
export const cachedWorkItemSchema = z.lazy(() =>
  workItemFieldsSchema
    .unwrap()
    .extend({ cachedAt: isoDateTimeSchema })
    .superRefine(transitionsInOrder),
);
export type CachedWorkItem = z.infer<typeof cachedWorkItemSchema>;
