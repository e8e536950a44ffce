import { describe, expect, it } from 'vitest';
import {
  asanaSectionCategories,
  rememberStatusMapping,
  trelloListCategories,
} from '@/lib/hosts/status-mappings';
import { listCategory } from '@/lib/hosts/trello/list-categories';
import { sectionCategory } from '@/lib/hosts/asana/section-categories';

describe('status mappings from scopes', () => {
  it('turns a Trello scope mapping into list categories that win over the defaults', () => {
    rememberStatusMapping({
      site: 'https://trello.com',
      ids: ['AbCd1234'],
      statusMapping: { todo: ['Inbox'], doing: ['Design'], done: ['Live'] },
    });
    const config = trelloListCategories('https://trello.com');
    const board = config['AbCd1234'];
    expect(listCategory({ name: 'design' }, board)).toBe('doing');
    expect(listCategory({ name: 'Live' }, board)).toBe('done');
    // Unlisted lists keep the defaults by name.
    expect(listCategory({ name: 'Done' }, board)).toBe('done');
    expect(trelloListCategories('https://other.example')).toEqual({});
  });

  it('turns an Asana scope mapping into the project’s in-progress sections', () => {
    rememberStatusMapping({
      site: 'https://app.asana.com',
      ids: ['1200000000000001'],
      statusMapping: { todo: [], doing: ['Building'], done: [] },
    });
    const config = asanaSectionCategories('https://app.asana.com');
    expect(sectionCategory({ name: 'Building' }, '1200000000000001', config)).toBe('doing');
    expect(sectionCategory({ name: 'In Progress' }, '1200000000000001', config)).toBe('todo');
    expect(sectionCategory({ name: 'In Progress' }, '1200000000000002', config)).toBe('doing');
  });

  it('forgets a mapping the user removed', () => {
    rememberStatusMapping({
      site: 'https://trello.com',
      ids: ['EfGh5678'],
      statusMapping: { todo: [], doing: ['X'], done: [] },
    });
    rememberStatusMapping({ site: 'https://trello.com', ids: ['EfGh5678'] });
    expect(trelloListCategories('https://trello.com')['EfGh5678']).toBeUndefined();
  });
});
