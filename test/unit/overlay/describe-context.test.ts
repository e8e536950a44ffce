import { describe, expect, it } from 'vitest';
import { detectContext } from '@/lib/hosts/detect';
import { describeContext, mappableId } from '@/lib/overlay/describe-context';

describe('describeContext', () => {
  it.each([
    [
      'https://acme.atlassian.net/browse/ACME-12',
      ['Jira', 'acme.atlassian.net', 'ACME', 'ACME-12'],
      'ACME',
    ],
    [
      'https://app.asana.com/0/1200000000000001/1300000000000001',
      ['Asana', 'app.asana.com', '1200000000000001', '1300000000000001'],
      '1200000000000001',
    ],
    ['https://trello.com/b/AbCd1234/sprint', ['Trello', 'trello.com', 'AbCd1234'], 'AbCd1234'],
    ['https://trello.com/c/Qw3rTy12/card', ['Trello', 'trello.com', 'Qw3rTy12'], undefined],
  ])('describes %s', (url, values, id) => {
    const context = detectContext(url);
    expect(context).not.toBeNull();
    expect(describeContext(context!).map((part) => part.value)).toEqual(values);
    expect(mappableId(context!)).toBe(id);
  });
});
