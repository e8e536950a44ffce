import { describe, expect, it } from 'vitest';
import { AsanaTaskError, normalizeAsanaTask } from '../../../../lib/hosts/asana/normalize';
import { workItemSchema } from '../../../../lib/model/work-item';
import { PROJECT, SECTION, SITE, TASK, fixture, rawStories, rawTask } from './fake-asana';

const scope = { site: SITE, projectGid: PROJECT };

function normalizeFixture(gid: string, options = {}) {
  return normalizeAsanaTask(rawTask(gid), rawStories(gid), { ...scope, ...options });
}

describe('normalizeAsanaTask: fields', () => {
  it('maps an open task in an "In Progress" section', () => {
    const item = normalizeFixture(TASK.sso);
    expect(item).toMatchObject({
      tool: 'asana',
      site: SITE,
      key: TASK.sso,
      title: 'Connect partner SSO',
      url: `${SITE}/1/1100000000000001/project/${PROJECT}/task/${TASK.sso}`,
      statusName: 'In Progress',
      statusCategory: 'doing',
      created: '2026-02-01T08:00:00.000Z',
      started: '2026-02-03T09:30:00.000Z',
      due: '2026-03-15',
      assignee: { name: 'Dana Partner', email: 'dana@partner.example' },
      labels: ['backend', 'partner'],
      components: [],
      list: 'In Progress',
      project: { id: PROJECT, name: 'Partner Portal' },
      itemType: 'default_task',
    });
    expect(item.done).toBeUndefined();
    expect(workItemSchema.safeParse(item).success).toBe(true);
  });

  it('maps a completed milestone whose assignee has no e-mail and no due date', () => {
    const item = normalizeFixture(TASK.milestone);
    expect(item.itemType).toBe('milestone');
    expect(item.assignee).toEqual({ name: 'Sam Vendor' });
    expect(item).not.toHaveProperty('due');
    expect(item.statusName).toBe('Completed');
    expect(item.statusCategory).toBe('done');
    expect(item.done).toBe('2026-02-10T17:00:00.000Z');
    expect(item.list).toBe('Done');
    expect(item).not.toHaveProperty('started');
  });

  it('prefers due_at (date and time) over due_on', () => {
    expect(normalizeFixture(TASK.moved).due).toBe('2026-03-01T17:00:00.000Z');
  });

  it('keeps an unassigned task unassigned', () => {
    expect(normalizeFixture(TASK.moved).assignee).toBeNull();
  });

  it('names an assignee by e-mail, then by gid, when the name is missing', () => {
    const byEmail = { ...rawTask(TASK.sso), assignee: { gid: '11', email: 'x@example.com' } };
    expect(normalizeAsanaTask(byEmail, [], scope).assignee).toEqual({
      name: 'x@example.com',
      email: 'x@example.com',
    });
    const byGid = { ...rawTask(TASK.sso), assignee: { gid: '11', name: null, email: null } };
    expect(normalizeAsanaTask(byGid, [], scope).assignee).toEqual({ name: 'Asana user 11' });
  });

  it('builds the URL from ids when permalink_url is missing or not https', () => {
    expect(normalizeAsanaTask(rawTask(TASK.approval), undefined, scope).url).toBe(
      `${SITE}/0/${PROJECT}/${TASK.approval}`,
    );
    const odd = { ...rawTask(TASK.sso), permalink_url: 'javascript:alert(1)' };
    expect(normalizeAsanaTask(odd, [], scope).url).toBe(`${SITE}/0/${PROJECT}/${TASK.sso}`);
  });

  it('reads a task outside any project as "Open" in project 0', () => {
    const loose = { ...rawTask(TASK.sso), memberships: [], tags: null };
    const item = normalizeAsanaTask(loose, [], { site: SITE });
    expect(item.project).toEqual({ id: '0' });
    expect(item.statusName).toBe('Open');
    expect(item.statusCategory).toBe('todo');
    expect(item.list).toBeUndefined();
    expect(item.labels).toEqual([]);
  });

  it('takes the first project when no scope project is given (an item opened on its own)', () => {
    const item = normalizeAsanaTask(rawTask(TASK.sso), rawStories(TASK.sso), { site: SITE });
    expect(item.project).toEqual({ id: PROJECT, name: 'Partner Portal' });
    expect(item.statusName).toBe('In Progress');
  });

  it('reads the status from the scope project when the task lives in two projects', () => {
    const item = normalizeAsanaTask(rawTask(TASK.sso), [], {
      site: SITE,
      projectGid: '1201234567890999',
    });
    expect(item.project).toEqual({ id: '1201234567890999', name: 'Marketing Launch' });
    expect(item.statusName).toBe('Doing');
    expect(item.statusCategory).toBe('doing');
  });
});

describe('normalizeAsanaTask: transitions', () => {
  it('replays a reopen: done, then back to the category of its section', () => {
    const item = normalizeFixture(TASK.reopened);
    expect(item.transitions).toEqual([
      { at: '2026-02-02T09:00:00.000Z', from: null, to: 'todo' },
      { at: '2026-02-04T10:00:00.000Z', from: 'todo', to: 'doing' },
      { at: '2026-02-06T12:00:00.000Z', from: 'doing', to: 'done' },
      { at: '2026-02-07T08:00:00.000Z', from: 'done', to: 'doing' },
    ]);
    expect(item.statusCategory).toBe('doing');
    expect(item.statusName).toBe('Review');
    expect(item.started).toBe('2026-02-04T10:00:00.000Z');
    expect(item.done).toBeUndefined();
  });

  it('follows section moves with the default "in progress" names', () => {
    const item = normalizeFixture(TASK.moved);
    expect(item.transitions).toEqual([
      { at: '2026-02-02T11:00:00.000Z', from: null, to: 'todo' },
      { at: '2026-02-05T15:00:00.000Z', from: 'todo', to: 'doing' },
    ]);
    expect(item.started).toBe('2026-02-05T15:00:00.000Z');
  });

  it('uses a project’s own "in progress" sections instead of the defaults', () => {
    const item = normalizeFixture(TASK.moved, { sections: { [PROJECT]: { doing: ['building'] } } });
    expect(item.transitions).toEqual([
      { at: '2026-02-02T11:00:00.000Z', from: null, to: 'todo' },
      { at: '2026-02-03T10:00:00.000Z', from: 'todo', to: 'doing' },
      { at: '2026-02-05T15:00:00.000Z', from: 'doing', to: 'todo' },
    ]);
    expect(item.statusCategory).toBe('todo');
    expect(item.started).toBe('2026-02-03T10:00:00.000Z');
  });

  it('matches custom sections by gid as well', () => {
    const sections = { [PROJECT]: { doing: [SECTION.review] } };
    expect(normalizeFixture(TASK.moved, { sections }).statusCategory).toBe('doing');
    expect(normalizeFixture(TASK.sso, { sections }).statusCategory).toBe('todo');
  });

  it('ignores section moves in the other projects a task belongs to', () => {
    // The fixture's Backlog → Doing move happened in "Marketing Launch", a day earlier.
    expect(normalizeFixture(TASK.sso).transitions).toEqual([
      { at: '2026-02-01T08:00:00.000Z', from: null, to: 'todo' },
      { at: '2026-02-03T09:30:00.000Z', from: 'todo', to: 'doing' },
    ]);
  });

  it('does not treat a move to a "Done" section as completion', () => {
    expect(normalizeFixture(TASK.milestone).transitions).toEqual([
      { at: '2026-02-01T08:05:00.000Z', from: null, to: 'todo' },
      { at: '2026-02-10T17:00:00.000Z', from: 'todo', to: 'done' },
    ]);
  });

  it('derives creation and completion from dates when stories are unavailable', () => {
    const item = normalizeAsanaTask(rawTask(TASK.approval), undefined, scope);
    expect(item.transitions).toEqual([
      { at: '2026-02-03T08:00:00.000Z', from: null, to: 'todo' },
      { at: '2026-02-08T12:00:00.000Z', from: 'todo', to: 'done' },
    ]);
    expect(item.done).toBe('2026-02-08T12:00:00.000Z');
  });

  it('assumes the current section since creation when there is no history', () => {
    const item = normalizeAsanaTask(rawTask(TASK.sso), undefined, scope);
    expect(item.transitions).toEqual([{ at: '2026-02-01T08:00:00.000Z', from: null, to: 'doing' }]);
    expect(item.started).toBe('2026-02-01T08:00:00.000Z');
  });

  it('closes a gap between stories and the current state at modified_at', () => {
    // Stories say "reopened into Review"; the task has since been moved to To Do.
    const task = {
      ...rawTask(TASK.reopened),
      memberships: [
        {
          project: { gid: PROJECT, name: 'Partner Portal' },
          section: { gid: SECTION.todo, name: 'To Do' },
        },
      ],
      modified_at: '2026-02-09T10:00:00.000Z',
    };
    const item = normalizeAsanaTask(task, rawStories(TASK.reopened), scope);
    expect(item.transitions.at(-1)).toEqual({
      at: '2026-02-09T10:00:00.000Z',
      from: 'doing',
      to: 'todo',
    });
    expect(item.statusCategory).toBe('todo');
  });

  it('sorts stories by time and never lists a change before the previous one', () => {
    const stories = [...rawStories(TASK.reopened)].reverse();
    const early = {
      gid: '1',
      created_at: '2020-01-01T00:00:00.000Z',
      resource_subtype: 'marked_complete',
    };
    const item = normalizeAsanaTask(
      { ...rawTask(TASK.reopened), completed: true, completed_at: '2026-02-08T00:00:00.000Z' },
      [early, ...stories],
      scope,
    );
    const times = item.transitions.map((change) => Date.parse(change.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(item.transitions[0]).toEqual({ at: '2026-02-02T09:00:00.000Z', from: null, to: 'todo' });
    expect(item.transitions.at(-1)?.to).toBe('done');
    expect(item.done).toBe('2026-02-08T00:00:00.000Z');
  });

  it('drops malformed stories and never reads the display text', () => {
    const stories = [
      null,
      'marked_complete',
      { gid: '1', resource_subtype: 'marked_complete' },
      { gid: '2', created_at: 'yesterday', resource_subtype: 'marked_complete' },
      {
        gid: '3',
        created_at: '2026-02-04T10:00:00.000Z',
        resource_subtype: 'comment_added',
        text: 'marked this task complete',
      },
    ];
    const item = normalizeAsanaTask(
      rawTask(TASK.moved),
      [...stories, ...rawStories(TASK.moved)],
      scope,
    );
    expect(item.transitions).toEqual([
      { at: '2026-02-02T11:00:00.000Z', from: null, to: 'todo' },
      { at: '2026-02-05T15:00:00.000Z', from: 'todo', to: 'doing' },
    ]);
  });

  it('uses the last move to done when a completed task lacks completed_at', () => {
    const task = { ...rawTask(TASK.milestone), completed_at: null };
    expect(normalizeAsanaTask(task, rawStories(TASK.milestone), scope).done).toBe(
      '2026-02-10T17:00:00.000Z',
    );
  });
});

describe('normalizeAsanaTask: invalid tasks', () => {
  it('explains which field is wrong, naming the task', () => {
    const invalid = (fixture('project-tasks-page-1') as { data: unknown[] }).data[3];
    expect(() => normalizeAsanaTask(invalid, [], scope)).toThrow(AsanaTaskError);
    expect(() => normalizeAsanaTask(invalid, [], scope)).toThrow(
      `Asana task ${TASK.invalid} was skipped: completed: Invalid input: expected boolean, received string`,
    );
  });

  it('rejects a task without a creation date and a non-object', () => {
    const noCreated = { ...rawTask(TASK.sso), created_at: undefined };
    expect(() => normalizeAsanaTask(noCreated, [], scope)).toThrow(/created_at/);
    expect(() => normalizeAsanaTask('task', [], scope)).toThrow(
      /^Asana task \(without a gid\) was skipped: /,
    );
  });

  it('rejects a malformed due date instead of passing it on', () => {
    const task = { ...rawTask(TASK.sso), due_on: '15/03/2026' };
    expect(() => normalizeAsanaTask(task, [], scope)).toThrow(/due_on: Expected a date/);
  });
});
