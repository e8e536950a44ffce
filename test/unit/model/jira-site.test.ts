import { describe, expect, it } from 'vitest';
import { parseJiraSiteInput } from '@/lib/model/jira-site';

describe('parseJiraSiteInput', () => {
  it.each([
    ['jira.example.com', 'https://jira.example.com', ''],
    ['https://jira.example.com/', 'https://jira.example.com', ''],
    ['https://Jira.Example.com/jira', 'https://jira.example.com', '/jira'],
    ['https://intranet.example.com/jira/browse/KEY-1', 'https://intranet.example.com', '/jira'],
    [
      'https://example.com/tools/jira/secure/RapidBoard.jspa?rapidView=3',
      'https://example.com',
      '/tools/jira',
    ],
    ['https://jira.example.com:8443/browse/A-1', 'https://jira.example.com:8443', ''],
  ])('reads %s', (input, origin, contextPath) => {
    expect(parseJiraSiteInput(input)).toEqual({ ok: true, site: { origin, contextPath } });
  });

  it.each([
    ['', 'Enter the address'],
    ['http://jira.example.com', 'https only'],
    ['https://acme.atlassian.net', 'already supported'],
    ['https://user:pw@jira.example.com', 'user name'],
    ['https://exa mple.com', 'not a web address'],
  ])('refuses %j with a message that says what to do', (input, message) => {
    const result = parseJiraSiteInput(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });
});
