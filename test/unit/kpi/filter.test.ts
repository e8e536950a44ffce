import { describe, expect, it } from 'vitest';
import { filterItems } from '../../../lib/kpi/filter';
import { definition, doneItem, PARTNER, SCOPE, SCOPE_TRELLO, SCOPES } from './fixtures';

const DONE = '2026-03-10T10:00:00.000Z';
const items = [
  doneItem('ACME-1', DONE, { labels: ['Frontend'], itemType: 'Bug' }),
  doneItem('PAY-1', DONE, { components: ['frontend'], itemType: 'Story' }),
  doneItem('OPS-1', DONE, { labels: ['frontend'] }), // another partner's project
  doneItem('ACME-2', DONE, {
    site: 'https://other.atlassian.net',
    url: 'https://other.atlassian.net/browse/ACME-2',
  }),
  doneItem('card1', DONE, {
    tool: 'trello',
    site: 'https://trello.com',
    url: 'https://trello.com/c/card1',
    project: { id: 'AbCdEf12' },
  }),
  doneItem('acme-3', DONE, { project: { id: 'acme' } }), // Jira keys ignore case
];
const keys = (list: { key: string }[]) => list.map((item) => item.key);

describe('KPI item filter', () => {
  it('takes the items of all the partner’s scopes by default', () => {
    expect(keys(filterItems(items, definition('throughput'), SCOPES))).toEqual([
      'ACME-1',
      'PAY-1',
      'card1',
      'acme-3',
    ]);
  });

  it('narrows to the chosen scopes', () => {
    expect(
      keys(filterItems(items, definition('throughput', { scopeIds: [SCOPE_TRELLO] }), SCOPES)),
    ).toEqual(['card1']);
  });

  it('ignores deleted scopes and scopes of other partners', () => {
    const scopes = SCOPES.map((scope) =>
      scope.id === SCOPE ? { ...scope, deleted: true } : scope,
    );
    expect(keys(filterItems(items, definition('throughput'), scopes))).toEqual(['card1']);
    expect(
      filterItems(
        items,
        definition('throughput', { partnerId: PARTNER.replace('1111', '9999') }),
        SCOPES,
      ),
    ).toEqual([]);
  });

  it('matches labels and components case-insensitively', () => {
    expect(
      keys(filterItems(items, definition('throughput', { labelFilter: ['FRONTEND '] }), SCOPES)),
    ).toEqual(['ACME-1', 'PAY-1']);
  });

  it('matches item types; items without a type do not match a type filter', () => {
    expect(
      keys(filterItems(items, definition('throughput', { itemTypeFilter: ['bug'] }), SCOPES)),
    ).toEqual(['ACME-1']);
  });
});
