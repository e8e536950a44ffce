import { describe, expect, it } from 'vitest';
import { projectKeyOf, scopeQuery } from '../../../../lib/hosts/jira/jql';

const NOW = Date.parse('2024-05-10T12:00:00.000Z');

describe('projectKeyOf', () => {
  it('accepts project keys in any case', () => {
    expect(projectKeyOf('ACME')).toBe('ACME');
    expect(projectKeyOf(' acme_2 ')).toBe('ACME_2');
  });

  it('refuses anything that could change the JQL', () => {
    for (const scopeId of ['', '1ACME', 'ACME" OR project = "X', 'AC ME', 'ACME-1']) {
      expect(() => projectKeyOf(scopeId)).toThrow(/is not a Jira project key/);
    }
  });
});

describe('scopeQuery', () => {
  it('bounds a full load to the project, oldest change first', () => {
    expect(scopeQuery('ACME', undefined, NOW)).toEqual({
      filter: 'project = "ACME"',
      ordered: 'project = "ACME" ORDER BY updated ASC',
    });
  });

  it('looks back in whole minutes since the last load, plus a minute of margin', () => {
    // 90 minutes and 30 seconds ago → 91 minutes (rounded up) + 1.
    const since = new Date(NOW - 90.5 * 60_000).toISOString();
    expect(scopeQuery('ACME', since, NOW)).toEqual({
      filter: 'project = "ACME" AND updated >= "-92m"',
      ordered: 'project = "ACME" AND updated >= "-92m" ORDER BY updated ASC',
    });
    expect(scopeQuery('ACME', new Date(NOW).toISOString(), NOW).filter).toBe(
      'project = "ACME" AND updated >= "-1m"',
    );
  });

  it('reads `since` with any offset', () => {
    expect(scopeQuery('ACME', '2024-05-10T13:00:00+02:00', NOW).filter).toBe(
      'project = "ACME" AND updated >= "-61m"',
    );
  });

  it('loads everything when `since` is unreadable or in the future (the clock was set back)', () => {
    expect(scopeQuery('ACME', 'not a date', NOW).filter).toBe('project = "ACME"');
    expect(scopeQuery('ACME', '2024-05-10T12:05:00.000Z', NOW).filter).toBe('project = "ACME"');
  });
});
