import { describe, expect, it } from 'vitest';
import type { TrelloAction } from '../../../../lib/hosts/trello/api-schemas';
import { removedCardKeys } from '../../../../lib/hosts/trello/removed-cards';

const board = { id: '651a7a0081b0c0ffee001001', shortLink: 'AbCd1234' };

function archived(cardId: string, shortLink: string | undefined, date: string, closed = true) {
  return {
    id: `${cardId}-${date}`,
    type: 'updateCard',
    date,
    data: { card: { id: cardId, shortLink, closed }, old: { closed: !closed }, board },
  } satisfies TrelloAction;
}

describe('removedCardKeys', () => {
  it('reports archived cards that are not open', () => {
    expect(
      removedCardKeys([archived('c1', 'Aaaa1111', '2024-02-01T00:00:00.000Z')], new Set()),
    ).toEqual(['Aaaa1111']);
  });

  it('keeps a card that was unarchived afterwards, whatever the order of the actions', () => {
    const actions = [
      archived('c1', 'Aaaa1111', '2024-02-02T00:00:00.000Z', false),
      archived('c1', 'Aaaa1111', '2024-02-01T00:00:00.000Z', true),
    ];
    expect(removedCardKeys(actions, new Set())).toEqual([]);
    expect(removedCardKeys([...actions].reverse(), new Set())).toEqual([]);
  });

  it('never reports a card the board shows as open', () => {
    const actions = [archived('c1', 'Aaaa1111', '2024-02-01T00:00:00.000Z')];
    expect(removedCardKeys(actions, new Set(['Aaaa1111']))).toEqual([]);
  });

  it('reports cards moved to another board', () => {
    const moved: TrelloAction = {
      id: 'm1',
      type: 'moveCardFromBoard',
      date: '2024-02-03T00:00:00.000Z',
      data: { card: { id: 'c2', shortLink: 'Bbbb2222' }, board },
    };
    expect(removedCardKeys([moved], new Set())).toEqual(['Bbbb2222']);
  });

  it('takes the short link from another action of the card when the newest lacks it', () => {
    const actions = [
      archived('c1', undefined, '2024-02-02T00:00:00.000Z'),
      archived('c1', 'Aaaa1111', '2024-02-01T00:00:00.000Z', false),
    ];
    expect(removedCardKeys(actions, new Set())).toEqual(['Aaaa1111']);
  });

  it('ignores other actions: moves, due ticks, deletions (which carry no short link)', () => {
    const actions: TrelloAction[] = [
      {
        id: 'd1',
        type: 'updateCard',
        date: '2024-02-01T00:00:00.000Z',
        data: {
          card: { id: 'c1', shortLink: 'Aaaa1111', dueComplete: true },
          old: { dueComplete: false },
        },
      },
      {
        id: 'x1',
        type: 'deleteCard',
        date: '2024-02-01T00:00:00.000Z',
        data: { card: { id: 'c3' }, board },
      },
      { id: 'b1', type: 'updateCard', date: '2024-02-01T00:00:00.000Z', data: { board } },
    ];
    expect(removedCardKeys(actions, new Set())).toEqual([]);
  });
});
