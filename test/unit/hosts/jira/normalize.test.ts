import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type {
  JiraChangelogPage,
  JiraDataCenterSearchPage,
} from '../../../../lib/hosts/jira/api-schemas';
import {
  InvalidJiraIssueError,
  normalizeJiraIssue,
  type JiraNormalizeOptions,
} from '../../../../lib/hosts/jira/normalize';
import { JiraStatusCategories } from '../../../../lib/hosts/jira/status-categories';
import { jiraHistorySchema } from '../../../../lib/hosts/jira/api-schemas';
import { workItemSchema } from '../../../../lib/model/work-item';
import { fixture, fixtureIssues, type RawIssue } from './fake-jira';

const CLOUD: JiraNormalizeOptions = { site: 'https://acme.atlassian.net', contextPath: '' };
const DC: JiraNormalizeOptions = { site: 'https://jira.example.com', contextPath: '/jira' };

const [acme1, acme2, acme3, acme4] = fixtureIssues('search-jql-page-1.json') as [
  RawIssue,
  RawIssue,
  RawIssue,
  RawIssue,
];
const [acme5, acme6, acme7] = fixtureIssues('search-jql-page-2.json') as [
  RawIssue,
  RawIssue,
  RawIssue,
];

/** The first changed field of the first history of an issue. */
function firstChange(issue: RawIssue): RawIssue['changelog']['histories'][number]['items'][number] {
  return issue.changelog.histories[0]!.items[0]!;
}

/** A deep copy of a fixture issue with `change` applied to it. */
function variant(issue: RawIssue, change: (copy: RawIssue) => void): RawIssue {
  const copy = structuredClone(issue);
  change(copy);
  return copy;
}

describe('normalizeJiraIssue: fields', () => {
  it('reads a To Do issue with a hidden e-mail and no due date', () => {
    expect(normalizeJiraIssue(acme1, CLOUD)).toEqual({
      tool: 'jira',
      site: 'https://acme.atlassian.net',
      key: 'ACME-1',
      title: 'Set up the partner onboarding checklist',
      url: 'https://acme.atlassian.net/browse/ACME-1',
      statusName: 'To Do',
      statusCategory: 'todo',
      created: '2024-01-02T03:04:05.000+00:00',
      // `emailAddress: null` (privacy settings): the name only, no `email` key.
      assignee: { name: 'Priya Partner' },
      labels: ['onboarding'],
      components: ['Web'],
      project: { id: 'ACME', name: 'Acme Portal' },
      itemType: 'Task',
      transitions: [{ at: '2024-01-02T03:04:05.000+00:00', from: null, to: 'todo' }],
    });
  });

  it('reads an issue in progress with an e-mail, a due date and a +0100 offset', () => {
    const item = normalizeJiraIssue(acme2, CLOUD);
    expect(item).toMatchObject({
      statusName: 'In Progress',
      statusCategory: 'doing',
      created: '2024-01-04T09:00:00.000+01:00',
      started: '2024-01-05T10:00:00.000+01:00',
      due: '2024-03-04',
      assignee: { name: 'Dana Developer', email: 'dana@partner.example' },
      labels: ['billing', 'export'],
      components: ['Web', 'API'],
      itemType: 'Story',
    });
    expect(item.done).toBeUndefined();
  });

  it('maps the status category keys new, indeterminate and done', () => {
    const category = (key: string) =>
      normalizeJiraIssue(
        variant(acme1, (issue) => {
          issue.fields.status.statusCategory.key = key;
          issue.changelog.histories = [];
        }),
        CLOUD,
      ).statusCategory;
    expect([category('new'), category('indeterminate'), category('done')]).toEqual([
      'todo',
      'doing',
      'done',
    ]);
  });

  it('rejects an unknown status category key with a readable reason', () => {
    expect(() => normalizeJiraIssue(acme6, CLOUD)).toThrow(
      expect.objectContaining({
        name: 'InvalidJiraIssueError',
        key: 'ACME-6',
        message:
          'Status "Limbo" has the unknown status category "undefined" (Jira uses new, indeterminate or done).',
      }),
    );
  });

  it('rejects an issue of an unexpected shape, naming the field and the key', () => {
    let error: unknown;
    try {
      normalizeJiraIssue(acme4, CLOUD);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InvalidJiraIssueError);
    expect((error as InvalidJiraIssueError).key).toBe('ACME-4');
    expect((error as Error).message).toMatch(
      /^Unexpected issue data \(fields\.status\.statusCategory: /,
    );
  });

  it('reads a tenant without components (team-managed project)', () => {
    const item = normalizeJiraIssue(fixture('issue-WEB-1-no-components.json'), CLOUD);
    expect(item).toMatchObject({
      key: 'WEB-1',
      components: [],
      labels: [],
      assignee: null,
      project: { id: 'WEB', name: 'Website' },
      statusName: 'Doing',
      statusCategory: 'doing',
      started: '2024-04-03T10:00:00.000+00:00',
    });
    expect(item.due).toBeUndefined();
  });

  it('reads Data Center issues: users by name, the context path in the URL', () => {
    const [ops1, ops2] = fixture<JiraDataCenterSearchPage>('search-datacenter-page-1.json').issues;
    expect(normalizeJiraIssue(ops1, DC)).toMatchObject({
      url: 'https://jira.example.com/jira/browse/OPS-1',
      site: 'https://jira.example.com',
      assignee: { name: 'Jane Doe', email: 'jane.doe@example.com' },
      components: ['Infrastructure'],
      due: '2024-02-29',
      created: '2024-02-01T09:15:00.000+01:00',
    });
    expect(normalizeJiraIssue(ops2, DC)).toMatchObject({
      statusName: 'Closed',
      statusCategory: 'done',
      assignee: { name: 'Contractor Seven' },
      started: '2024-02-03T10:00:00.000+01:00',
      done: '2024-02-06T17:00:00.000+01:00',
    });
    expect(normalizeJiraIssue(ops2, DC).assignee).not.toHaveProperty('email');
  });

  it('falls back to the user name when a Data Center user has no display name', () => {
    const item = normalizeJiraIssue(
      variant(acme1, (issue) => {
        issue.fields.assignee = { name: 'jdoe', key: 'JIRAUSER10100' };
      }),
      CLOUD,
    );
    expect(item.assignee).toEqual({ name: 'jdoe' });
  });
});

describe('normalizeJiraIssue: transitions', () => {
  it('orders histories by time, whatever order Jira lists them in, and keeps a reopen', () => {
    const item = normalizeJiraIssue(acme3, CLOUD);
    expect(item.transitions).toEqual([
      { at: '2024-01-08T12:00:00.000+00:00', from: null, to: 'todo' },
      { at: '2024-01-10T08:30:00.000+00:00', from: 'todo', to: 'doing' },
      { at: '2024-01-12T17:45:00.000+00:00', from: 'doing', to: 'done' },
      // The reopen: back from done. In Progress → In Review stays within `doing`: left out.
      { at: '2024-01-15T09:00:00.000+00:00', from: 'done', to: 'doing' },
      { at: '2024-01-20T16:30:00.000+00:00', from: 'doing', to: 'done' },
    ]);
    expect(item.started).toBe('2024-01-10T08:30:00.000+00:00');
    // The last move into done, not the first.
    expect(item.done).toBe('2024-01-20T16:30:00.000+00:00');
  });

  it('orders by instant across offsets, then by history id', () => {
    const item = normalizeJiraIssue(
      variant(acme2, (issue) => {
        const move = (id: string, created: string, from: string, to: string) => ({
          id,
          created,
          items: [
            {
              field: 'status',
              fieldtype: 'jira',
              from: null,
              fromString: from,
              to: null,
              toString: to,
            },
          ],
        });
        issue.changelog.histories = [
          move('4', '2024-01-05T12:00:00.000+0000', 'Done', 'In Progress'),
          // 10:30 at +0100 is 09:30 UTC: the oldest entry.
          move('2', '2024-01-05T10:30:00.000+0100', 'To Do', 'In Progress'),
          // Same instant as entry 4: the lower id came first.
          move('3', '2024-01-05T12:00:00.000+0000', 'In Progress', 'Done'),
        ];
      }),
      { ...CLOUD, statusCategories: { 'To Do': 'todo', Done: 'done' } },
    );
    expect(item.transitions.map(({ at, to }) => [at, to])).toEqual([
      ['2024-01-04T09:00:00.000+01:00', 'todo'],
      ['2024-01-05T10:30:00.000+01:00', 'doing'],
      ['2024-01-05T12:00:00.000+00:00', 'done'],
      ['2024-01-05T12:00:00.000+00:00', 'doing'],
    ]);
  });

  it('guesses `doing` for a status never seen with its category, unless the caller knows it', () => {
    // Backlog → Selected for Development → In Progress → Done; only Done is ACME-5's own.
    expect(normalizeJiraIssue(acme5, CLOUD)).toMatchObject({
      started: '2024-02-02T09:00:00.000+00:00',
      done: '2024-02-09T15:00:00.000+00:00',
    });
    const known = JiraStatusCategories.fromNames({ 'Selected for Development': 'todo' });
    known.learn({ id: '3', name: 'In Progress', statusCategory: { key: 'indeterminate' } });
    const item = normalizeJiraIssue(acme5, { ...CLOUD, statusCategories: known });
    expect(item.transitions).toEqual([
      { at: '2024-02-01T09:00:00.000+00:00', from: null, to: 'todo' },
      { at: '2024-02-05T09:00:00.000+00:00', from: 'todo', to: 'doing' },
      { at: '2024-02-09T15:00:00.000+00:00', from: 'doing', to: 'done' },
    ]);
    expect(item.started).toBe('2024-02-05T09:00:00.000+00:00');
  });

  it('guesses `todo` for an unknown status the issue was created in', () => {
    const item = normalizeJiraIssue(
      variant(acme2, (issue) => {
        firstChange(issue).fromString = 'Triage';
        firstChange(issue).from = '10777';
      }),
      CLOUD,
    );
    expect(item.transitions.map((t) => t.to)).toEqual(['todo', 'doing']);
  });

  it('categorises a changelog status by id before name', () => {
    const known = new JiraStatusCategories();
    // A team-managed project's own "Review" (id 20001) is done; another project's is doing.
    known.learn({ id: '20001', name: 'Review', statusCategory: { key: 'done' } });
    known.learn({ id: '10002', name: 'Review', statusCategory: { key: 'indeterminate' } });
    const item = normalizeJiraIssue(
      variant(acme2, (issue) => {
        issue.fields.status = { id: '10001', name: 'Closed', statusCategory: { key: 'done' } };
        firstChange(issue).to = '20001';
        firstChange(issue).toString = 'Review';
      }),
      { ...CLOUD, statusCategories: known },
    );
    expect(item.transitions.map((t) => t.to)).toEqual(['todo', 'done']);
  });

  it('uses the complete history of a truncated changelog', () => {
    // Only the 100 most recent of 130 histories are embedded: the move into In Progress is not.
    const truncated = normalizeJiraIssue(acme7, CLOUD);
    expect(truncated.started).toBe('2024-03-05T22:00:00.000+00:00');

    const older = [
      ...fixture<JiraChangelogPage>('issue-ACME-7-changelog-startAt-0.json').values,
      ...fixture<JiraChangelogPage>('issue-ACME-7-changelog-startAt-20.json').values,
    ].map((history) => jiraHistorySchema.parse(history));
    const complete = normalizeJiraIssue(acme7, { ...CLOUD, histories: older });
    expect(complete.transitions).toEqual([
      { at: '2024-03-01T08:00:00.000+00:00', from: null, to: 'todo' },
      { at: '2024-03-01T13:00:00.000+00:00', from: 'todo', to: 'doing' },
      { at: '2024-03-06T18:00:00.000+00:00', from: 'doing', to: 'done' },
    ]);
    expect(complete.started).toBe('2024-03-01T13:00:00.000+00:00');
    expect(complete.done).toBe('2024-03-06T18:00:00.000+00:00');
  });

  it('dates a done issue without status history by its resolution date', () => {
    const item = normalizeJiraIssue(
      variant(acme1, (issue) => {
        issue.fields.status = { name: 'Done', statusCategory: { key: 'done' } };
        issue.fields.resolutiondate = '2024-01-05T10:00:00.000+0000';
      }),
      CLOUD,
    );
    expect(item.transitions).toEqual([
      { at: '2024-01-02T03:04:05.000+00:00', from: null, to: 'done' },
    ]);
    expect(item.done).toBe('2024-01-05T10:00:00.000+00:00');
  });

  it('closes a history that does not end in the current status at the category change date', () => {
    const item = normalizeJiraIssue(
      variant(acme2, (issue) => {
        // Moved to Done by a workflow migration, which leaves no changelog entry.
        issue.fields.status = { id: '10001', name: 'Done', statusCategory: { key: 'done' } };
        issue.fields.statuscategorychangedate = '2024-02-01T00:00:00.000+0000';
      }),
      { ...CLOUD, statusCategories: { 'In Progress': 'doing' } },
    );
    expect(item.transitions.at(-1)).toEqual({
      at: '2024-02-01T00:00:00.000+00:00',
      from: 'doing',
      to: 'done',
    });
    expect(item.done).toBe('2024-02-01T00:00:00.000+00:00');
  });

  it('never lists a change before the creation (imported issues)', () => {
    const item = normalizeJiraIssue(
      variant(acme2, (issue) => {
        issue.changelog.histories[0]!.created = '2023-12-31T00:00:00.000+0000';
      }),
      CLOUD,
    );
    expect(item.transitions).toEqual([
      { at: '2024-01-04T09:00:00.000+01:00', from: null, to: 'todo' },
      { at: '2024-01-04T09:00:00.000+01:00', from: 'todo', to: 'doing' },
    ]);
  });

  it('ignores changes of other fields, including a resolution in the same history', () => {
    const item = normalizeJiraIssue(acme1, CLOUD);
    expect(item.transitions).toHaveLength(1);
  });
});

describe('normalizeJiraIssue: property', () => {
  /** Mostly plausible values, sometimes anything at all. */
  const mostly = <T>(plausible: fc.Arbitrary<T>) =>
    fc.oneof({ weight: 30, arbitrary: plausible }, { weight: 1, arbitrary: fc.anything() });
  const STATUS_NAMES = ['To Do', 'In Progress', 'Done', 'Blocked', ''];
  const STATUS_IDS = ['1', '3', '10001', '99'];
  const jiraDate = mostly(
    fc.oneof(
      {
        weight: 30,
        arbitrary: fc
          .date({ min: new Date('2000-01-01'), max: new Date('2035-12-31'), noInvalidDate: true })
          .map((date) => date.toISOString().replace('Z', '+0000')),
      },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          '2024-01-02T03:04:05-0530',
          '2024-02-30T00:00:00.000+0000',
          'yesterday',
        ),
      },
    ),
  );
  const optionalDate = fc.option(jiraDate, { nil: null });
  const status = mostly(
    fc.record(
      {
        id: fc.constantFrom(...STATUS_IDS),
        name: fc.constantFrom(...STATUS_NAMES),
        statusCategory: mostly(
          fc.record({
            key: fc.constantFrom('new', 'indeterminate', 'done', 'new', 'done', 'undefined'),
          }),
        ),
      },
      { requiredKeys: ['name', 'statusCategory'] },
    ),
  );
  const history = fc.record({
    id: fc.oneof(fc.nat({ max: 50 }).map(String), fc.string()),
    created: jiraDate,
    items: fc.array(
      fc.record(
        {
          field: fc.constantFrom('status', 'resolution', 'labels'),
          from: fc.option(fc.constantFrom(...STATUS_IDS)),
          fromString: fc.option(fc.constantFrom(...STATUS_NAMES)),
          to: fc.option(fc.constantFrom(...STATUS_IDS)),
          toString: fc.option(fc.constantFrom(...STATUS_NAMES)),
        },
        { requiredKeys: ['field'] },
      ),
      { maxLength: 3 },
    ),
  });
  const fields = fc.record(
    {
      summary: mostly(fc.string()),
      status,
      issuetype: mostly(fc.option(fc.record({ name: fc.string() }))),
      created: jiraDate,
      updated: optionalDate,
      resolutiondate: optionalDate,
      statuscategorychangedate: optionalDate,
      duedate: mostly(fc.constantFrom('2024-03-04', '2024-02-29', null, '2024-3-4')),
      assignee: mostly(
        fc.option(
          fc.record(
            {
              accountId: fc.string(),
              name: fc.string(),
              displayName: fc.string(),
              emailAddress: fc.option(fc.string()),
            },
            { requiredKeys: [] },
          ),
        ),
      ),
      labels: mostly(fc.array(fc.string(), { maxLength: 3 })),
      components: mostly(fc.array(fc.record({ name: fc.string() }), { maxLength: 3 })),
      project: mostly(
        fc.record(
          { key: fc.constantFrom('ACME', 'WEB', 'ACME', 'WEB', ''), name: fc.string() },
          { requiredKeys: ['key'] },
        ),
      ),
    },
    { requiredKeys: ['summary', 'status', 'created', 'project'] },
  );
  const issue = fc.record(
    {
      key: mostly(fc.oneof(fc.constantFrom('ACME-1', 'WEB-12'), fc.string())),
      fields,
      changelog: fc.record(
        { histories: fc.array(history, { maxLength: 6 }), total: fc.nat({ max: 200 }) },
        { requiredKeys: ['histories'] },
      ),
    },
    { requiredKeys: ['key', 'fields'] },
  );

  it('either yields a valid WorkItem or throws a readable InvalidJiraIssueError', () => {
    let produced = 0;
    fc.assert(
      fc.property(mostly(issue), (raw) => {
        let item: unknown;
        try {
          item = normalizeJiraIssue(raw, CLOUD);
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidJiraIssueError);
          expect((error as Error).message).toMatch(/\w{3}/);
          return;
        }
        produced++;
        expect(workItemSchema.safeParse(item).success).toBe(true);
      }),
      { numRuns: 1000 },
    );
    // The generator must reach the normaliser's logic, not only its validation.
    expect(produced).toBeGreaterThan(100);
  });

  it('never throws anything but a readable error for arbitrary `fields`', () => {
    fc.assert(
      fc.property(
        fc.anything(),
        fc.dictionary(fc.string(), fc.anything()),
        (fieldsValue, extra) => {
          try {
            normalizeJiraIssue({ key: 'ACME-1', fields: fieldsValue, ...extra }, CLOUD);
          } catch (error) {
            expect(error).toBeInstanceOf(InvalidJiraIssueError);
            expect((error as Error).message).toMatch(/\w{3}/);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
