import { describe, expect, it } from 'vitest';
import type { ListCategoryConfig } from '../../../../lib/hosts/trello/list-categories';
import {
  TrelloCardError,
  normalizeTrelloCard,
  type TrelloNormalizeContext,
} from '../../../../lib/hosts/trello/normalize';
import { workItemSchema, type WorkItem } from '../../../../lib/model/work-item';
import { BOARD, defaultFixtures } from './fake-trello';

const SITE = 'https://trello.com';

interface RawCard {
  id: string;
  shortLink: string;
  [field: string]: unknown;
}
interface RawAction {
  id: string;
  date: string;
  data: { card?: { id: string } };
}

function fixtures() {
  const all = defaultFixtures();
  const cards = all.cards as RawCard[];
  const actions = all.actions as RawAction[];
  const context: TrelloNormalizeContext = {
    site: SITE,
    board: all.board as { shortLink: string; name: string },
    lists: all.lists as TrelloNormalizeContext['lists'],
    members: all.members as TrelloNormalizeContext['members'],
  };
  const card = (shortLink: string) => cards.find((candidate) => candidate.shortLink === shortLink)!;
  const actionsOf = (raw: RawCard) => actions.filter((action) => action.data.card?.id === raw.id);
  return { card, actionsOf, context, lists: all.lists as { id: string; name: string }[] };
}

function normalized(
  shortLink: string,
  listCategories?: ListCategoryConfig,
  edit?: (card: RawCard) => void,
): WorkItem {
  const { card, actionsOf, context } = fixtures();
  const raw = card(shortLink);
  edit?.(raw);
  return normalizeTrelloCard(raw, actionsOf(raw), { ...context, listCategories });
}

const steps = (item: WorkItem) => item.transitions.map(({ from, to }) => `${from}>${to}`);

describe('normalizeTrelloCard — fields', () => {
  const item = normalized('ab12CD34');

  it('produces a valid work item', () => {
    expect(workItemSchema.safeParse(item).success).toBe(true);
  });

  it('keys the card by its short link and keeps its URL and name', () => {
    expect(item).toMatchObject({
      tool: 'trello',
      site: SITE,
      key: 'ab12CD34',
      url: 'https://trello.com/c/ab12CD34/1-fix-login-redirect',
      title: 'Fix login redirect',
    });
  });

  it('takes status and list from the list the card is in', () => {
    expect(item.statusName).toBe('Doing');
    expect(item.list).toBe('Doing');
    expect(item.statusCategory).toBe('doing');
  });

  it('names the board as the project', () => {
    expect(item.project).toEqual({ id: BOARD, name: 'Acme Roadmap' });
  });

  it('keeps the due date as Trello gives it, and none when due is null', () => {
    expect(item.due).toBe('2024-03-01T17:00:00.000Z');
    const noDue = normalized('Ef56GH78');
    expect(noDue).not.toHaveProperty('due');
  });

  it('names labels, using the colour for a label without name and skipping empty ones', () => {
    expect(item.labels).toEqual(['Bug', 'green']);
    expect(normalized('Qr78ST90').labels).toEqual(['Client']);
  });

  it('has no components and no item type on Trello', () => {
    expect(item.components).toEqual([]);
    expect(item).not.toHaveProperty('itemType');
  });

  it('assigns the first member the board knows, by name only', () => {
    expect(item.assignee).toEqual({ name: 'Jane Doe' });
    // First id is a former member, the second is on the board.
    expect(normalized('Mn34OP56').assignee).toEqual({ name: 'Raj Patel' });
  });

  it('marks a card whose only member left the board as assigned, and one without members as unassigned', () => {
    expect(normalized('Qr78ST90').assignee).toEqual({ name: 'Former board member' });
    expect(normalized('Kl78Mn90').assignee).toBeNull();
  });

  it('falls back to the username when the full name is empty', () => {
    const { card, actionsOf, context } = fixtures();
    const raw = card('ab12CD34');
    const members = context.members.map((member) => ({ ...member, fullName: '' }));
    expect(normalizeTrelloCard(raw, actionsOf(raw), { ...context, members }).assignee).toEqual({
      name: 'janedoe',
    });
  });

  it('builds the URL from the short link when Trello’s is missing or not a URL', () => {
    const withoutUrl = normalized('ab12CD34', undefined, (card) => {
      card.url = 'not a url';
      delete card.shortUrl;
    });
    expect(withoutUrl.url).toBe('https://trello.com/c/ab12CD34');
  });

  it('names an unknown list and counts it as todo', () => {
    const lost = normalized('ab12CD34', undefined, (card) => {
      card.idList = '65bb4a7081c1c0ffee00ffff';
    });
    expect(lost.statusName).toBe('Unknown list');
    expect(lost.statusCategory).toBe('todo');
  });
});

describe('normalizeTrelloCard — dates and transitions', () => {
  it('takes created from the createCard action', () => {
    expect(normalized('ab12CD34').created).toBe('2024-02-01T09:00:00.412Z');
  });

  it('takes created from the card id when no createCard is known', () => {
    // 0x6554c6d0 seconds = 2023-11-15T13:20:00Z
    expect(normalized('Qr78ST90').created).toBe('2023-11-15T13:20:00.000Z');
  });

  it('records the creation and each move to another category, oldest first', () => {
    const item = normalized('ab12CD34');
    expect(item.transitions).toEqual([
      { at: '2024-02-01T09:00:00.412Z', from: null, to: 'todo' },
      { at: '2024-02-03T11:00:00.000Z', from: 'todo', to: 'doing' },
    ]);
    expect(item.started).toBe('2024-02-03T11:00:00.000Z');
    expect(item).not.toHaveProperty('done');
  });

  it('ignores moves within one category (Backlog → To Do)', () => {
    const item = normalized('Ef56GH78');
    expect(steps(item)).toEqual(['null>todo', 'todo>doing', 'doing>done']);
    expect(item.started).toBe('2024-02-05T10:00:00.000Z');
    expect(item.done).toBe('2024-02-10T16:00:00.000Z');
  });

  it('reads a move back from Done as a reopen and dates done by the last move into Done', () => {
    const item = normalized('Ij90KL12');
    expect(steps(item)).toEqual([
      'null>todo',
      'todo>doing',
      'doing>done',
      'done>doing',
      'doing>done',
    ]);
    expect(item.started).toBe('2024-02-07T09:00:00.000Z');
    expect(item.done).toBe('2024-02-15T12:00:00.000Z');
  });

  it('has no done date while reopened, even with the due date ticked', () => {
    const item = normalized('Mn34OP56');
    expect(item.statusCategory).toBe('doing');
    expect(steps(item)).toEqual(['null>doing', 'doing>done', 'done>doing']);
    expect(item).not.toHaveProperty('done');
    // Created straight in Doing: work started then.
    expect(item.started).toBe(item.created);
  });

  it('does not count dueComplete as done', () => {
    const item = normalized('ab12CD34', undefined, (card) => {
      card.dueComplete = true;
    });
    expect(item.statusCategory).toBe('doing');
    expect(item).not.toHaveProperty('done');
  });

  it('dates done by the last activity when the move into Done is out of reach', () => {
    const { card, context, lists } = fixtures();
    const raw = { ...card('ab12CD34'), idList: lists.find((list) => list.name === 'Done ✅')!.id };
    const item = normalizeTrelloCard(raw, [], context);
    expect(item.statusCategory).toBe('done');
    expect(item.done).toBe('2024-02-03T11:00:00.000Z');
    // Without history the creation category is a guess: it starts nothing.
    expect(item).not.toHaveProperty('started');
    expect(item.created).toBe('2024-02-01T09:00:00.000Z');
  });

  it('accepts actions in any order and ignores actions of other cards', () => {
    const { card, actionsOf, context } = fixtures();
    const raw = card('Ij90KL12');
    const other = actionsOf(card('Ef56GH78'));
    const shuffled = [...actionsOf(raw)].reverse().concat(other);
    expect(normalizeTrelloCard(raw, shuffled, context)).toEqual(
      normalizeTrelloCard(raw, actionsOf(raw), context),
    );
  });

  it('leaves out actions in an unexpected shape', () => {
    const { card, actionsOf, context } = fixtures();
    const raw = card('Ef56GH78');
    const actions = [
      ...actionsOf(raw),
      { id: 'x', type: 'updateCard', date: 'soon', data: {} },
      null,
    ];
    expect(steps(normalizeTrelloCard(raw, actions, context))).toEqual([
      'null>todo',
      'todo>doing',
      'doing>done',
    ]);
  });
});

describe('normalizeTrelloCard — list mapping', () => {
  it('uses the board’s mapping by list name', () => {
    const item = normalized('Qr78ST90', { [BOARD]: { 'Waiting on client': 'doing' } });
    expect(item.statusCategory).toBe('doing');
    expect(item.statusName).toBe('Waiting on client');
  });

  it('uses the board’s mapping by list id, for the current list and for moves', () => {
    const { lists } = fixtures();
    const review = lists.find((list) => list.name === 'In Review')!;
    const item = normalized('Mn34OP56', { [BOARD]: { [review.id]: 'done' } });
    expect(item.statusCategory).toBe('done');
    expect(steps(item)).toEqual(['null>doing', 'doing>done']);
    // Done → In Review is now within done: done dates from the first move into Done.
    expect(item.done).toBe('2024-02-11T10:00:00.000Z');
  });

  it('ignores the mapping of another board', () => {
    const item = normalized('Qr78ST90', { Other123: { 'Waiting on client': 'done' } });
    expect(item.statusCategory).toBe('todo');
  });
});

describe('normalizeTrelloCard — invalid cards', () => {
  it('throws a TrelloCardError naming the card and the field', () => {
    const { card, actionsOf, context } = fixtures();
    const raw = card('Yz56Ab78');
    expect(() => normalizeTrelloCard(raw, actionsOf(raw), context)).toThrow(TrelloCardError);
    try {
      normalizeTrelloCard(raw, actionsOf(raw), context);
    } catch (error) {
      expect((error as TrelloCardError).key).toBe('Yz56Ab78');
      expect((error as Error).message).toBe(
        'Trello card Yz56Ab78 was skipped: due: Expected a date and time such as 2026-01-31T09:00:00Z.',
      );
    }
  });

  it('explains a value that is not a card at all', () => {
    const { context } = fixtures();
    expect(() => normalizeTrelloCard(null, [], context)).toThrow(
      /^Trello card \(no short link\) was skipped: card: /,
    );
    expect(() => normalizeTrelloCard({ shortLink: 'AbCd5678' }, [], context)).toThrow(
      /^Trello card AbCd5678 was skipped: id is missing \(and \d+ more\)\.$/,
    );
  });

  it('explains a card without any date to create it from', () => {
    const { card, context } = fixtures();
    const raw = { ...card('ab12CD34'), id: 'not-an-object-id', dateLastActivity: null };
    expect(() => normalizeTrelloCard(raw, [], context)).toThrow(
      'Trello card ab12CD34 was skipped: no creation date: the card id holds no time and no action or activity date is known.',
    );
  });
});
