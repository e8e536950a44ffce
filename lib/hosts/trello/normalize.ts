import type { z } from 'zod';
import {
  workItemFieldsSchema,
  workItemSchema,
  type WorkItem,
  type WorkItemAssignee,
} from '../../model/work-item';
import {
  parseTrelloActions,
  trelloCardSchema,
  type TrelloAction,
  type TrelloCard,
  type TrelloLabel,
  type TrelloList,
  type TrelloMember,
} from './api-schemas';
import { CardHistoryError, readCardHistory } from './card-history';
import {
  boardListCategories,
  createListCategorizer,
  type ListCategoryConfig,
} from './list-categories';

export interface TrelloNormalizeContext {
  /** `https://trello.com`. */
  site: string;
  board: { shortLink: string; name?: string };
  /** The board's lists, archived ones included (moves into them stay readable). */
  lists: readonly TrelloList[];
  /** Board members (or the card's own members) to name the assignee. */
  members: readonly TrelloMember[];
  listCategories?: ListCategoryConfig;
}

/** Why a card could not become a work item, in words the diagnostics panel can show. */
export class TrelloCardError extends Error {
  constructor(
    message: string,
    /** The card's short link, when it could be read. */
    readonly key?: string,
  ) {
    super(message);
    this.name = 'TrelloCardError';
  }
}

// Trello does not expose the e-mail of other members, so the assignee is a name only.
// A card can keep members who have since left the board; they still mean "assigned".
const FORMER_MEMBER: WorkItemAssignee = { name: 'Former board member' };
const UNKNOWN_LIST_NAME = 'Unknown list';

/** "due: Expected a date and time …" — the first problem, where it is. */
export function describeIssues(error: z.ZodError, subject: string): string {
  const issue = error.issues[0];
  if (!issue) return 'it has an unexpected shape';
  const where = issue.path.length > 0 ? issue.path.join('.') : subject;
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more)` : '';
  // zod says "Invalid input: expected string, received undefined" for a missing field.
  const missing = issue.code === 'invalid_type' && issue.message.endsWith('received undefined');
  if (missing) return `${where} is missing${more}`;
  // What it received (e.g. "NaN") is noise to a person; what was expected is the useful part.
  const message =
    issue.code === 'invalid_type' ? issue.message.replace(/, received .*$/s, '') : issue.message;
  return `${where}: ${message}${more}`;
}

function readableShortLink(card: unknown): string | undefined {
  if (typeof card !== 'object' || card === null) return undefined;
  const shortLink = (card as { shortLink?: unknown }).shortLink;
  // Only something that looks like an id is worth echoing back to the user.
  return typeof shortLink === 'string' && /^[A-Za-z0-9]{1,32}$/.test(shortLink)
    ? shortLink
    : undefined;
}

function labelText(label: TrelloLabel): string | undefined {
  const name = label.name?.trim();
  if (name) return name;
  // Colour-only labels are common ("red = urgent"); the colour is what people read.
  const color = label.color?.trim();
  return color || undefined;
}

function labelsOf(card: TrelloCard): string[] {
  const texts = new Set<string>();
  for (const label of card.labels) {
    const text = labelText(label);
    if (text !== undefined) texts.add(text);
  }
  return [...texts];
}

const isWorkItemUrl = (value: string) =>
  workItemFieldsSchema.unwrap().shape.url.safeParse(value).success;

function cardUrl(card: TrelloCard, site: string): string {
  for (const candidate of [card.url, card.shortUrl]) {
    if (candidate && isWorkItemUrl(candidate)) return candidate;
  }
  return `${site}/c/${card.shortLink}`;
}

/**
 * Builds a normaliser for the cards of one board, with lookups prepared once: a board of
 * 10,000 cards must not rebuild the list and member indexes per card.
 */
export function createTrelloCardNormalizer(
  context: TrelloNormalizeContext,
): (card: TrelloCard, actionsForCard: readonly TrelloAction[]) => WorkItem {
  const listsById = new Map(context.lists.map((list) => [list.id, list]));
  const membersById = new Map(context.members.map((member) => [member.id, member]));
  const categorize = createListCategorizer(
    boardListCategories(context.listCategories, context.board.shortLink),
  );

  function assigneeOf(card: TrelloCard): WorkItemAssignee | null {
    if (card.idMembers.length === 0) return null;
    for (const id of card.idMembers) {
      const member = membersById.get(id);
      const name = member?.fullName?.trim() || member?.username?.trim();
      if (name) return { name };
    }
    return FORMER_MEMBER;
  }

  return (card, actionsForCard) => {
    const list = listsById.get(card.idList);
    const currentList = { id: card.idList, name: list?.name };
    const statusCategory = categorize(currentList);
    let history;
    try {
      history = readCardHistory({
        cardId: card.id,
        actions: actionsForCard,
        currentList,
        currentCategory: statusCategory,
        dateLastActivity: card.dateLastActivity,
        categorize,
      });
    } catch (error) {
      if (error instanceof CardHistoryError) {
        throw new TrelloCardError(
          `Trello card ${card.shortLink} was skipped: ${error.message}.`,
          card.shortLink,
        );
      }
      throw error;
    }

    const statusName = list?.name ?? UNKNOWN_LIST_NAME;
    const item: WorkItem = {
      tool: 'trello',
      site: context.site,
      key: card.shortLink,
      title: card.name,
      url: cardUrl(card, context.site),
      statusName,
      statusCategory,
      created: history.created,
      assignee: assigneeOf(card),
      labels: labelsOf(card),
      // Trello has no components; labels carry that meaning where teams use it.
      components: [],
      list: statusName,
      project: { id: context.board.shortLink, name: context.board.name },
      transitions: history.transitions,
    };
    if (history.started !== undefined) item.started = history.started;
    if (history.done !== undefined) item.done = history.done;
    if (card.due) item.due = card.due;

    const checked = workItemSchema.safeParse(item);
    if (!checked.success) {
      throw new TrelloCardError(
        `Trello card ${card.shortLink} was skipped: ${describeIssues(checked.error, 'card')}.`,
        card.shortLink,
      );
    }
    return checked.data;
  };
}

/** Validates a raw card; throws `TrelloCardError` saying what is wrong with it. */
export function parseTrelloCard(raw: unknown): TrelloCard {
  const parsed = trelloCardSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const key = readableShortLink(raw);
  throw new TrelloCardError(
    `Trello card ${key ?? '(no short link)'} was skipped: ${describeIssues(parsed.error, 'card')}.`,
    key,
  );
}

/**
 * Raw Trello card JSON and its actions (newest first or any order) → `WorkItem`.
 * Throws only `TrelloCardError`, with a readable reason, when the card cannot be read.
 */
export function normalizeTrelloCard(
  card: unknown,
  actionsForCard: readonly unknown[],
  context: TrelloNormalizeContext,
): WorkItem {
  const parsedCard = parseTrelloCard(card);
  const actions = Array.isArray(actionsForCard) ? parseTrelloActions(actionsForCard) : [];
  return createTrelloCardNormalizer(context)(parsedCard, actions);
}
