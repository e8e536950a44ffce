import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StatusCategory } from '../../../../lib/model/work-item';
import { workItemSchema } from '../../../../lib/model/work-item';
import {
  TrelloCardError,
  normalizeTrelloCard,
  type TrelloNormalizeContext,
} from '../../../../lib/hosts/trello/normalize';

const BOARD = 'AbCd1234';
const LIST_IDS = [
  '65bb4a7081c1c0ffee000001',
  '65bb4a7081c1c0ffee000002',
  '65bb4a7081c1c0ffee000003',
];
const MEMBER_IDS = ['5cc9a31081c1c0ffee000001', '5cc9a31081c1c0ffee000002'];
const CATEGORIES: StatusCategory[] = ['todo', 'doing', 'done'];

/** Either the normaliser's answer is a valid work item, or it threw a readable TrelloCardError. */
function normalizesOrExplains(card: unknown, actions: unknown[], context: TrelloNormalizeContext) {
  let item;
  try {
    item = normalizeTrelloCard(card, actions, context);
  } catch (error) {
    expect(error).toBeInstanceOf(TrelloCardError);
    const message = (error as Error).message;
    expect(message).toMatch(/^Trello card .+ was skipped: .+\.$/s);
    const reason = message.slice(message.indexOf(' was skipped: '));
    expect(reason).not.toMatch(/\[object Object\]|received undefined|NaN/);
    expect(message.length).toBeLessThan(600);
    return;
  }
  const checked = workItemSchema.safeParse(item);
  expect(checked.success, JSON.stringify(checked.error?.issues)).toBe(true);
}

const listName = fc.oneof(
  fc.constantFrom('To Do', 'Doing', 'Done ✅', 'Review', 'Backlog', 'QA', 'Ideas'),
  fc.string({ maxLength: 12 }),
);
const listsArb = fc
  .tuple(listName, listName, listName, fc.boolean())
  .map(([a, b, c, closed]) =>
    [a, b, c].map((name, index) => ({ id: LIST_IDS[index]!, name, closed: index === 2 && closed })),
  );
const contextArb: fc.Arbitrary<TrelloNormalizeContext> = fc.record({
  site: fc.constantFrom('https://trello.com', 'https://trello.com/'),
  board: fc.record({
    shortLink: fc.constant(BOARD),
    name: fc.option(fc.string(), { nil: undefined }),
  }),
  lists: listsArb,
  members: fc.array(
    fc.record({
      id: fc.constantFrom(...MEMBER_IDS),
      fullName: fc.option(fc.string({ maxLength: 10 })),
      username: fc.option(fc.string({ maxLength: 10 })),
    }),
    { maxLength: 3 },
  ),
  listCategories: fc.option(
    fc.dictionary(
      fc.constantFrom(BOARD, 'Other123'),
      fc.dictionary(
        fc.oneof(fc.constantFrom(...LIST_IDS), listName),
        fc.constantFrom(...CATEGORIES),
      ),
    ),
    { nil: undefined },
  ),
});

// Mostly plausible instants, sometimes the edges of what Date and ISO strings allow.
const instant = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.date({
      min: new Date('2011-01-01'),
      max: new Date('2040-01-01'),
      noInvalidDate: true,
    }),
  },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: true }) },
);
const isoArb = fc.oneof(
  { weight: 8, arbitrary: instant.map((date) => date.toISOString()) },
  { weight: 1, arbitrary: instant.map((date) => date.toISOString().replace('Z', '+02:00')) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);
/** A card field that is usually valid: each invalid field skips the card, hiding the rest. */
const mostlyIso = fc.oneof(
  { weight: 15, arbitrary: isoArb.filter((iso) => !Number.isNaN(Date.parse(iso))) },
  { weight: 1, arbitrary: isoArb },
);
const objectIdArb = fc.oneof(
  {
    weight: 8,
    arbitrary: instant.map(
      (date) =>
        Math.max(0, Math.floor(date.getTime() / 1000))
          .toString(16)
          .padStart(8, '0')
          .slice(-8) + 'c0ffee0000000001',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
);
const shortLinkArb = fc.oneof(
  { weight: 20, arbitrary: fc.stringMatching(/^[A-Za-z0-9]{8}$/) },
  { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
);
const listIdArb = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom(...LIST_IDS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 5 }) },
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const cardArb = fc.record(
  {
    id: objectIdArb,
    idShort: fc.integer(),
    shortLink: shortLinkArb,
    shortUrl: maybe(fc.oneof(fc.webUrl(), fc.string())),
    url: maybe(fc.oneof(fc.webUrl(), fc.string())),
    name: fc.string(),
    idList: listIdArb,
    idMembers: fc.array(fc.oneof(fc.constantFrom(...MEMBER_IDS), fc.string({ maxLength: 4 })), {
      maxLength: 3,
    }),
    labels: fc.array(
      fc.record({
        id: fc.string(),
        name: fc.option(fc.string({ maxLength: 6 })),
        color: fc.option(fc.string({ maxLength: 6 })),
      }),
      { maxLength: 4 },
    ),
    due: fc.option(mostlyIso),
    dueComplete: fc.boolean(),
    start: fc.option(mostlyIso),
    dateLastActivity: fc.option(mostlyIso),
    closed: fc.boolean(),
  },
  { requiredKeys: ['id', 'shortLink', 'name', 'idList'] },
);

function actionArb(cardId: string) {
  const listRef = fc.record({ id: listIdArb, name: maybe(listName) });
  const cardRef = fc.record({
    id: fc.oneof(
      { weight: 9, arbitrary: fc.constant(cardId) },
      { weight: 1, arbitrary: fc.string() },
    ),
    closed: maybe(fc.boolean()),
  });
  // Moves between lists are what the history is made of: generate many of them.
  const move = fc.record({
    id: objectIdArb,
    type: fc.constant('updateCard'),
    date: isoArb,
    data: fc.record({
      card: cardRef,
      listBefore: listRef,
      listAfter: listRef,
      old: fc.constant({}),
    }),
  });
  const other = fc.record({
    id: objectIdArb,
    type: fc.constantFrom('createCard', 'updateCard', 'moveCardFromBoard', 'commentCard'),
    date: isoArb,
    data: fc.record(
      {
        card: cardRef,
        list: listRef,
        listBefore: listRef,
        listAfter: listRef,
        old: fc.dictionary(fc.constantFrom('idList', 'closed', 'dueComplete'), fc.anything()),
      },
      { requiredKeys: [] },
    ),
  });
  return fc.oneof({ weight: 3, arbitrary: move }, { weight: 2, arbitrary: other });
}

const cardWithActionsArb = cardArb.chain((card) =>
  fc.tuple(fc.constant(card), fc.array(actionArb(card.id), { maxLength: 12 })),
);

describe('normalizeTrelloCard — properties', () => {
  it('on anything at all: a valid work item or a readable TrelloCardError', () => {
    fc.assert(
      fc.property(
        fc.anything(),
        fc.array(fc.anything(), { maxLength: 4 }),
        contextArb,
        (card, actions, context) => normalizesOrExplains(card, actions, context),
      ),
      { numRuns: 300 },
    );
  });

  it('on card-shaped input with histories: a valid work item or a readable TrelloCardError', () => {
    fc.assert(
      fc.property(cardWithActionsArb, contextArb, ([card, actions], context) =>
        normalizesOrExplains(card, actions, context),
      ),
      { numRuns: 500 },
    );
  });

  it('keeps transitions in time order and ends done items with a done date', () => {
    fc.assert(
      fc.property(cardWithActionsArb, contextArb, ([card, actions], context) => {
        let item;
        try {
          item = normalizeTrelloCard(card, actions, context);
        } catch {
          return;
        }
        const times = item.transitions.map((transition) => Date.parse(transition.at));
        expect(times).toEqual([...times].sort((a, b) => a - b));
        expect(item.transitions[0]?.from).toBeNull();
        expect(Date.parse(item.created)).toBeLessThanOrEqual(times[0]!);
        if (item.statusCategory !== 'done') expect(item.done).toBeUndefined();
        if (item.started !== undefined) {
          expect(item.transitions.some((t) => t.to === 'doing' && t.at === item.started)).toBe(
            true,
          );
        }
      }),
      { numRuns: 300 },
    );
  });
});
