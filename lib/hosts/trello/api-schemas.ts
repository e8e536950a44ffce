import { z } from 'zod';
import { isoDateTimeSchema } from '../../model/record-meta';
import { TRELLO_SHORT_LINK } from '../../model/scope-ids';

/**
 * Trello REST objects as `https://trello.com/1/…` returns them, per Trello's object
 * definitions (developer.atlassian.com/cloud/trello/guides/rest-api/object-definitions).
 * Lenient on purpose: only the fields Partner Lens reads are declared, unknown fields are
 * dropped, optional ones default. Dates are ISO instants with `Z` (`2024-03-04T12:00:00.000Z`).
 */

const shortLinkSchema = z.lazy(() =>
  z.string().regex(TRELLO_SHORT_LINK, 'Expected an 8-character Trello short link'),
);

export const trelloLabelSchema = z.lazy(() =>
  z.object({
    id: z.string().optional(),
    /** `""` for a label that only has a colour. */
    name: z.string().nullish(),
    /** `null` for the "no colour" label. */
    color: z.string().nullish(),
  }),
);
export type TrelloLabel = z.infer<typeof trelloLabelSchema>;

export const trelloCardSchema = z.lazy(() =>
  z.object({
    /** 24 hex digits; the first 8 are the creation time in Unix seconds. */
    id: z.string().min(1),
    idShort: z.number().int().optional(),
    shortLink: shortLinkSchema,
    shortUrl: z.string().optional(),
    url: z.string().optional(),
    name: z.string(),
    desc: z.string().optional(),
    idBoard: z.string().optional(),
    idList: z.string().min(1),
    idMembers: z.array(z.string()).default([]),
    labels: z.array(trelloLabelSchema).default([]),
    due: isoDateTimeSchema.nullish(),
    dueComplete: z.boolean().optional(),
    start: isoDateTimeSchema.nullish(),
    dateLastActivity: isoDateTimeSchema.nullish(),
    closed: z.boolean().default(false),
  }),
);
export type TrelloCard = z.infer<typeof trelloCardSchema>;

export const trelloListSchema = z.lazy(() =>
  z.object({
    id: z.string().min(1),
    name: z.string(),
    closed: z.boolean().default(false),
    pos: z.number().optional(),
  }),
);
export type TrelloList = z.infer<typeof trelloListSchema>;

export const trelloBoardSchema = z.lazy(() =>
  z.object({
    id: z.string().min(1),
    shortLink: shortLinkSchema,
    name: z.string(),
    /** Moves with any change on the board: an unchanged board needs no further request. */
    dateLastActivity: isoDateTimeSchema.nullish(),
  }),
);
export type TrelloBoard = z.infer<typeof trelloBoardSchema>;

export const trelloMemberSchema = z.lazy(() =>
  z.object({
    id: z.string().min(1),
    fullName: z.string().nullish(),
    username: z.string().nullish(),
  }),
);
export type TrelloMember = z.infer<typeof trelloMemberSchema>;

const actionListSchema = z.lazy(() =>
  z.object({ id: z.string().min(1), name: z.string().optional() }),
);
export type TrelloActionList = z.infer<typeof actionListSchema>;

export const trelloActionSchema = z.lazy(() =>
  z.object({
    id: z.string().min(1),
    type: z.string(),
    date: isoDateTimeSchema,
    data: z.object({
      card: z
        .object({
          id: z.string().min(1),
          shortLink: z.string().optional(),
          name: z.string().optional(),
          idList: z.string().optional(),
          closed: z.boolean().optional(),
          dueComplete: z.boolean().optional(),
        })
        .optional(),
      board: z
        .object({ id: z.string(), shortLink: z.string().optional(), name: z.string().optional() })
        .optional(),
      /** The list a card was created in (`createCard`) or sits in. */
      list: actionListSchema.optional(),
      /** Both present on `updateCard` when the card moved between lists. */
      listBefore: actionListSchema.optional(),
      listAfter: actionListSchema.optional(),
      /** Previous values of the changed fields: `{idList}`, `{closed}`, `{dueComplete}`. */
      old: z.record(z.string(), z.unknown()).optional(),
    }),
    memberCreator: trelloMemberSchema.unwrap().partial().optional(),
  }),
);
export type TrelloAction = z.infer<typeof trelloActionSchema>;

/**
 * Lists of cards and actions are read as arrays of anything, then each element is validated
 * on its own: one odd card is skipped and reported instead of failing the whole board.
 */
export const unknownArraySchema = z.lazy(() => z.array(z.unknown()));

export const trelloListsSchema = z.lazy(() => z.array(trelloListSchema));
export const trelloMembersSchema = z.lazy(() => z.array(trelloMemberSchema));

/** `GET /cards/{id}` with the board, the list, the members and the actions nested. */
export const trelloCardWithContextSchema = z.lazy(() =>
  z.object({
    board: trelloBoardSchema.unwrap().pick({ id: true, shortLink: true, name: true }),
    list: trelloListSchema.optional(),
    members: z.array(trelloMemberSchema).default([]),
    actions: unknownArraySchema.default([]),
  }),
);

/** Validates raw actions one by one; an action in an unexpected shape is left out. */
export function parseTrelloActions(raw: readonly unknown[]): TrelloAction[] {
  const actions: TrelloAction[] = [];
  for (const candidate of raw) {
    const parsed = trelloActionSchema.safeParse(candidate);
    if (parsed.success) actions.push(parsed.data);
  }
  return actions;
}
