import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LIST_CATEGORIES,
  UNKNOWN_LIST_CATEGORY,
  boardListCategories,
  clearListCategory,
  createListCategorizer,
  defaultCategoryForListName,
  listCategory,
  listCategoryConfigSchema,
  normalizeListName,
  resolveListCategory,
  setListCategory,
  type ListCategoryConfig,
} from '../../../../lib/hosts/trello/list-categories';

const BOARD = 'AbCd1234';
const LIST_ID = '65bb4a7081c1c0ffee001234';

describe('default list categories', () => {
  it.each([
    ['To Do', 'todo'],
    ['Todo', 'todo'],
    ['Backlog', 'todo'],
    ['Ideas', 'todo'],
    ['Next', 'todo'],
    ['Doing', 'doing'],
    ['In Progress', 'doing'],
    ['Review', 'doing'],
    ['In Review', 'doing'],
    ['QA', 'doing'],
    ['Testing', 'doing'],
    ['Done', 'done'],
    ['Complete', 'done'],
    ['Completed', 'done'],
    ['Shipped', 'done'],
    ['Released', 'done'],
  ] as const)('%s → %s', (name, category) => {
    expect(defaultCategoryForListName(name)).toBe(category);
  });

  it('ignores case, surrounding space, punctuation and emoji', () => {
    expect(defaultCategoryForListName('  DONE  ')).toBe('done');
    expect(defaultCategoryForListName('Done ✅')).toBe('done');
    expect(defaultCategoryForListName('In-Progress')).toBe('doing');
    expect(defaultCategoryForListName('To Do:')).toBe('todo');
    expect(normalizeListName('  In   Review 👀 ')).toBe('in review');
  });

  it('counts unknown names as todo', () => {
    expect(UNKNOWN_LIST_CATEGORY).toBe('todo');
    expect(defaultCategoryForListName('Waiting on client')).toBe('todo');
    expect(defaultCategoryForListName('')).toBe('todo');
    // Only whole names match: "Done last sprint" is not "Done".
    expect(defaultCategoryForListName('Done last sprint')).toBe('todo');
  });

  it('keeps its keys in normalised form and cannot be changed', () => {
    for (const key of Object.keys(DEFAULT_LIST_CATEGORIES)) {
      expect(normalizeListName(key)).toBe(key);
    }
    expect(Object.isFrozen(DEFAULT_LIST_CATEGORIES)).toBe(true);
  });
});

describe('board mapping', () => {
  const mapping = { 'waiting on CLIENT': 'doing', [LIST_ID]: 'done' } as const;

  it('maps by list id first, then by name, then by default', () => {
    expect(resolveListCategory({ id: LIST_ID, name: 'Doing' }, mapping)).toEqual({
      category: 'done',
      source: 'board-id',
    });
    expect(resolveListCategory({ id: 'other', name: 'Waiting on client' }, mapping)).toEqual({
      category: 'doing',
      source: 'board-name',
    });
    expect(resolveListCategory({ id: 'other', name: 'Review' }, mapping)).toEqual({
      category: 'doing',
      source: 'default',
    });
    expect(resolveListCategory({ id: 'other', name: 'Parking lot' }, mapping)).toEqual({
      category: 'todo',
      source: 'unknown',
    });
    expect(resolveListCategory({})).toEqual({ category: 'todo', source: 'unknown' });
  });

  it('lets the board override a default name', () => {
    expect(listCategory({ name: 'Review' }, { review: 'done' })).toBe('done');
  });

  it('does not read inherited keys as mappings', () => {
    expect(listCategory({ id: 'constructor', name: 'toString' }, {})).toBe('todo');
  });

  it('picks the board’s mapping out of the whole config', () => {
    const config: ListCategoryConfig = { [BOARD]: { Parked: 'todo' } };
    expect(boardListCategories(config, BOARD)).toEqual({ Parked: 'todo' });
    expect(boardListCategories(config, 'Other123')).toEqual({});
    expect(boardListCategories(undefined, BOARD)).toEqual({});
  });

  it('memoises per list without changing answers', () => {
    const categorize = createListCategorizer(mapping);
    expect(categorize({ id: LIST_ID, name: 'x' })).toBe('done');
    expect(categorize({ id: LIST_ID, name: 'x' })).toBe('done');
    expect(categorize({ name: 'Waiting on client' })).toBe('doing');
    expect(categorize({ name: 'Done' })).toBe('done');
  });
});

describe('editing the config', () => {
  it('sets and clears a list without changing the input', () => {
    const before: ListCategoryConfig = { [BOARD]: { Parked: 'todo' } };
    const after = setListCategory(before, BOARD, '  Waiting on client ', 'doing');
    expect(after).toEqual({ [BOARD]: { Parked: 'todo', 'Waiting on client': 'doing' } });
    expect(before).toEqual({ [BOARD]: { Parked: 'todo' } });

    const cleared = clearListCategory(after, BOARD, 'Waiting on client');
    expect(cleared).toEqual({ [BOARD]: { Parked: 'todo' } });
    expect(clearListCategory(cleared, BOARD, 'Absent')).toBe(cleared);
    expect(clearListCategory(cleared, 'Other123', 'Parked')).toBe(cleared);
  });

  it('validates a stored config', () => {
    expect(listCategoryConfigSchema.safeParse({ [BOARD]: { Doing: 'doing' } }).success).toBe(true);
    const badBoard = listCategoryConfigSchema.safeParse({ 'not-a-board': { Doing: 'doing' } });
    expect(badBoard.success).toBe(false);
    const badCategory = listCategoryConfigSchema.safeParse({ [BOARD]: { Doing: 'started' } });
    expect(badCategory.error?.issues[0]?.message).toBe(
      'Expected a status category: todo, doing or done',
    );
  });
});
