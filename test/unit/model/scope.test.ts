import { describe, expect, it } from 'vitest';
import { scopeInputSchema, scopeSchema } from '../../../lib/model';
import { META, accepted, issuesOf } from './issues';
import { sampleInputs } from './sample-inputs';

const valid = sampleInputs().scopes;

describe('scope', () => {
  it('accepts project keys, gids and short links for their tool', () => {
    accepted(scopeInputSchema, valid);
    accepted(scopeInputSchema, {
      ...valid,
      tool: 'asana',
      site: 'https://app.asana.com',
      ids: ['1203456789'],
    });
    accepted(scopeSchema, { ...valid, ...META, tool: 'trello', ids: ['aB3dE5gH'] });
  });

  it('explains which identifiers the tool expects', () => {
    expect(issuesOf(scopeInputSchema, { ...valid, ids: ['ACME', 'acme-board'] })).toEqual({
      'ids.1': '“acme-board” is not valid here: enter Jira project keys, like ACME',
    });
    expect(issuesOf(scopeInputSchema, { ...valid, ids: [] })).toEqual({
      ids: 'Enter at least one project or board',
    });
  });
});
