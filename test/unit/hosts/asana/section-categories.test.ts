import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DOING_SECTION_NAMES,
  sectionCategory,
  sectionCategoryConfigSchema,
  taskStatusCategory,
} from '../../../../lib/hosts/asana/section-categories';

const PROJECT = '1201234567890123';

describe('section categories', () => {
  it('treats the default "in progress" names as doing, whatever their case and spacing', () => {
    for (const name of DEFAULT_DOING_SECTION_NAMES) {
      expect(sectionCategory({ name }, PROJECT)).toBe('doing');
      expect(sectionCategory({ name: ` ${name.toUpperCase()} ` }, PROJECT)).toBe('doing');
    }
  });

  it('treats every other section, and no section, as todo', () => {
    for (const name of ['To Do', 'Backlog', 'Done', 'Untitled section', 'In Progress soon', '']) {
      expect(sectionCategory({ name }, PROJECT)).toBe('todo');
    }
    expect(sectionCategory(undefined, PROJECT)).toBe('todo');
    expect(sectionCategory(null, PROJECT)).toBe('todo');
    expect(sectionCategory({}, PROJECT)).toBe('todo');
  });

  it('lets a project replace the defaults with its own names or gids', () => {
    const config = { [PROJECT]: { doing: ['Building', '1201234567890205'] } };
    expect(sectionCategory({ name: 'building' }, PROJECT, config)).toBe('doing');
    expect(sectionCategory({ gid: '1201234567890205', name: 'Renamed' }, PROJECT, config)).toBe(
      'doing',
    );
    expect(sectionCategory({ name: 'In Progress' }, PROJECT, config)).toBe('todo');
    // Other projects keep the defaults.
    expect(sectionCategory({ name: 'In Progress' }, '42', config)).toBe('doing');
  });

  it('lets a project opt out of "in progress" sections entirely', () => {
    expect(sectionCategory({ name: 'Doing' }, PROJECT, { [PROJECT]: { doing: [] } })).toBe('todo');
  });

  it('does not mistake inherited object keys for configured projects', () => {
    expect(sectionCategory({ name: 'Doing' }, 'constructor', {})).toBe('doing');
    expect(sectionCategory({ name: 'Doing' }, '__proto__', {})).toBe('doing');
  });

  it('puts completion before the section', () => {
    expect(taskStatusCategory(true, { name: 'In Progress' }, PROJECT)).toBe('done');
    expect(taskStatusCategory(false, { name: 'In Progress' }, PROJECT)).toBe('doing');
    expect(taskStatusCategory(false, { name: 'Done' }, PROJECT)).toBe('todo');
  });

  it('validates a stored configuration', () => {
    expect(sectionCategoryConfigSchema.safeParse({ [PROJECT]: { doing: ['QA'] } }).success).toBe(
      true,
    );
    expect(sectionCategoryConfigSchema.safeParse({ [PROJECT]: { doing: 'QA' } }).success).toBe(
      false,
    );
  });
});
