import { z } from 'zod';
import { isoDateSchema, isoDateTimeSchema } from '../../model/record-meta';

/*
 * Asana API 1.0 response shapes (github.com/Asana/openapi, defs/asana_oas.yaml), lenient on
 * purpose: unknown fields are ignored, and fields a workspace or an older task may lack are
 * optional. Only what the normaliser relies on is required, so one odd task is skipped with
 * a reason instead of failing the whole page.
 */

/** Asana sends `null` for empty optional values; the rest of the code only sees `undefined`. */
const optionalText = z.lazy(() =>
  z
    .string()
    .nullish()
    .transform((value) => value ?? undefined),
);

/** `next_page` is `null` on the last page and absent when no `limit` was sent. */
export const asanaNextPageSchema = z.lazy(() =>
  z.object({
    offset: z.string().min(1),
    path: z.string().optional(),
    uri: z.string().optional(),
  }),
);
export type AsanaNextPage = z.infer<typeof asanaNextPageSchema>;

/**
 * A page of any list. Items stay `unknown` here and are validated one by one, so that an
 * invalid task is reported in `skipped` rather than rejecting its 99 neighbours.
 */
export const asanaPageSchema = z.lazy(() =>
  z.object({
    data: z.array(z.unknown()),
    next_page: asanaNextPageSchema.nullish().transform((value) => value ?? null),
  }),
);
export type AsanaPage = z.infer<typeof asanaPageSchema>;

/** `GET /tasks/{gid}` wraps the single task in `data`. */
export const asanaSingleSchema = z.lazy(() => z.object({ data: z.unknown() }));

/** A project, tag or section as embedded in another object (`*Compact` in the spec). */
export const asanaSectionRefSchema = z.lazy(() =>
  z.object({
    gid: optionalText,
    name: optionalText,
  }),
);
export type AsanaSectionRef = z.infer<typeof asanaSectionRefSchema>;

export const asanaProjectRefSchema = z.lazy(() =>
  z.object({
    gid: z.string().min(1),
    name: optionalText,
  }),
);

export const asanaUserRefSchema = z.lazy(() =>
  z.object({
    gid: z.string().min(1),
    name: optionalText,
    /** Present only when asked for (`assignee.email`) and visible to the signed-in user. */
    email: optionalText,
  }),
);

export const asanaTagRefSchema = z.lazy(() =>
  z.object({
    gid: z.string().min(1),
    name: optionalText,
  }),
);

/**
 * One entry of `memberships`. The spec warns that "more types of memberships may be added",
 * so an entry without a project is kept and simply never matches a project gid.
 */
export const asanaMembershipSchema = z.lazy(() =>
  z.object({
    project: asanaProjectRefSchema.nullish().transform((value) => value ?? undefined),
    section: asanaSectionRefSchema.nullish().transform((value) => value ?? undefined),
  }),
);

export const asanaTaskSchema = z.lazy(() =>
  z.object({
    gid: z.string().regex(/^\d+$/, 'Expected a task gid (digits)'),
    name: z.string().default(''),
    /** `default_task | milestone | approval | custom`, and more over time: kept as text. */
    resource_subtype: optionalText,
    completed: z.boolean(),
    completed_at: isoDateTimeSchema.nullish().transform((value) => value ?? undefined),
    created_at: isoDateTimeSchema,
    modified_at: isoDateTimeSchema.nullish().transform((value) => value ?? undefined),
    /** A calendar date such as `2019-09-15`; `due_at` is set instead when a time is chosen. */
    due_on: isoDateSchema.nullish().transform((value) => value ?? undefined),
    due_at: isoDateTimeSchema.nullish().transform((value) => value ?? undefined),
    /** Not used by the KPIs; kept as loose text so it can never cost us a task. */
    start_on: optionalText,
    assignee: asanaUserRefSchema.nullish().transform((value) => value ?? null),
    memberships: z
      .array(asanaMembershipSchema)
      .nullish()
      .transform((value) => value ?? []),
    tags: z
      .array(asanaTagRefSchema)
      .nullish()
      .transform((value) => value ?? []),
    permalink_url: optionalText,
  }),
);
export type AsanaTask = z.infer<typeof asanaTaskSchema>;

/** The story subtypes that change a task's status category. */
export const STATUS_STORY_SUBTYPES = [
  'marked_complete',
  'marked_incomplete',
  'section_changed',
] as const;

/**
 * A story (activity entry). Only `resource_subtype` tells what happened: the display `text`
 * changes with the reader's language and can be edited, so it is never read.
 */
export const asanaStorySchema = z.lazy(() =>
  z.object({
    gid: optionalText,
    created_at: isoDateTimeSchema,
    resource_subtype: z.string(),
    old_section: asanaSectionRefSchema.nullish().transform((value) => value ?? undefined),
    new_section: asanaSectionRefSchema.nullish().transform((value) => value ?? undefined),
  }),
);
export type AsanaStory = z.infer<typeof asanaStorySchema>;

/** "created_at: Expected a date and time …" — the first problem, readable in a skip list. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid data';
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}
