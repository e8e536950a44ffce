import { describe, expect, it } from 'vitest';
import { jiraDateTimeSchema, toIsoDateTime } from '../../../../lib/hosts/jira/jira-date';
import { isoDateTimeSchema } from '../../../../lib/model/record-meta';

describe('toIsoDateTime', () => {
  it.each([
    // Jira's basic offset without a colon, which ISO-8601 extended form needs.
    ['2024-01-02T03:04:05.000+0000', '2024-01-02T03:04:05.000+00:00'],
    ['2024-01-02T03:04:05.000+0100', '2024-01-02T03:04:05.000+01:00'],
    ['2024-01-02T03:04:05.000-0530', '2024-01-02T03:04:05.000-05:30'],
    ['2024-01-02T03:04:05.123+05:45', '2024-01-02T03:04:05.123+05:45'],
    ['2024-01-02T03:04:05Z', '2024-01-02T03:04:05Z'],
    ['2024-01-02T03:04+0000', '2024-01-02T03:04:00+00:00'],
  ])('reads %s as %s, which the model accepts as the same instant', (jira, iso) => {
    expect(toIsoDateTime(jira)).toBe(iso);
    expect(isoDateTimeSchema.safeParse(iso).success).toBe(true);
    expect(Date.parse(iso)).toBe(Date.parse(jira.replace(/([+-]\d{2})(\d{2})$/, '$1:$2')));
  });

  it.each([
    'yesterday',
    '2024-01-02',
    '2024-13-02T03:04:05.000+0000',
    '2024-01-02T25:04:05.000+0000',
    '2024-01-02T03:04:05.000',
    '2024-01-02 03:04:05.000+0000',
  ])('rejects %s', (value) => {
    expect(toIsoDateTime(value)).toBeNull();
  });

  it('explains a rejected date-time in the schema issue', () => {
    const result = jiraDateTimeSchema.safeParse('soon');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(
      'Expected a date and time such as 2024-01-02T03:04:05.000+0000, got "soon"',
    );
  });
});
