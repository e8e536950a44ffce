import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AsanaTaskError, normalizeAsanaTask } from '../../../../lib/hosts/asana/normalize';
import { workItemSchema } from '../../../../lib/model/work-item';
import { PROJECT, SITE, TASK, rawStories, rawTask } from './fake-asana';

const options = { site: SITE, projectGid: PROJECT };

const instant = fc
  .date({ min: new Date('2015-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z') })
  .filter((date) => !Number.isNaN(date.getTime()))
  .map((date) => date.toISOString());
const day = instant.map((value) => value.slice(0, 10));
const gid = fc.bigInt({ min: 1n, max: 10n ** 16n }).map(String);
const sectionName = fc.constantFrom('To Do', 'In Progress', 'Review', 'Done', 'QA', 'Backlog');
const section = fc.record({ gid, name: sectionName });

/** Tasks the API could plausibly send: every optional field present, null or absent. */
const plausibleTask = fc.record(
  {
    gid,
    name: fc.string(),
    resource_subtype: fc.constantFrom('default_task', 'milestone', 'approval', 'custom'),
    completed: fc.boolean(),
    completed_at: fc.option(instant),
    created_at: instant,
    modified_at: fc.option(instant),
    due_on: fc.option(day),
    due_at: fc.option(instant),
    start_on: fc.option(day),
    assignee: fc.option(
      fc.record({ gid, name: fc.option(fc.string()), email: fc.option(fc.string()) }),
    ),
    memberships: fc.array(
      fc.record({
        project: fc.option(
          fc.record({ gid: fc.oneof(gid, fc.constant(PROJECT)), name: fc.string() }),
        ),
        section: fc.option(section),
      }),
      { maxLength: 3 },
    ),
    tags: fc.array(fc.record({ gid, name: fc.option(fc.string()) }), { maxLength: 3 }),
    permalink_url: fc.option(fc.oneof(fc.webUrl(), fc.string())),
  },
  { requiredKeys: ['gid', 'completed', 'created_at'] },
);

const plausibleStory = fc.record(
  {
    gid,
    created_at: instant,
    resource_subtype: fc.constantFrom(
      'marked_complete',
      'marked_incomplete',
      'section_changed',
      'comment_added',
      'assigned',
    ),
    old_section: fc.option(section),
    new_section: fc.option(section),
  },
  { requiredKeys: ['created_at', 'resource_subtype'] },
);

/** Runs the normaliser; only a valid item or an `AsanaTaskError` with a sentence may come out. */
function checkOutcome(task: unknown, stories: unknown[] | undefined): 'item' | 'error' {
  try {
    const item = normalizeAsanaTask(task, stories, options);
    const parsed = workItemSchema.safeParse(item);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    return 'item';
  } catch (error) {
    expect(error).toBeInstanceOf(AsanaTaskError);
    const message = (error as Error).message;
    expect(message).toMatch(/^Asana task .+ was skipped: \S/);
    expect(message).not.toContain('[object Object]');
    return 'error';
  }
}

describe('normalizeAsanaTask properties', () => {
  it('throws only a readable AsanaTaskError on arbitrary input', () => {
    fc.assert(
      fc.property(
        fc.anything(),
        fc.option(fc.array(fc.anything(), { maxLength: 5 }), { nil: undefined }),
        (task, stories) => {
          checkOutcome(task, stories);
        },
      ),
    );
  });

  it('survives fixture tasks with fields replaced by arbitrary values', () => {
    const base = rawTask(TASK.reopened);
    const stories = rawStories(TASK.reopened);
    const field = fc.constantFrom(...Object.keys(base));
    fc.assert(
      fc.property(fc.dictionary(field, fc.anything(), { maxKeys: 3 }), (changes) => {
        checkOutcome({ ...base, ...changes }, stories);
      }),
    );
  });

  it('turns every plausible task into a valid item whose status matches its last change', () => {
    fc.assert(
      fc.property(
        plausibleTask,
        fc.option(fc.array(plausibleStory, { maxLength: 12 }), { nil: undefined }),
        (task, stories) => {
          const item = normalizeAsanaTask(task, stories, options);
          expect(workItemSchema.safeParse(item).success).toBe(true);
          expect(item.transitions[0]).toMatchObject({ at: task.created_at, from: null });
          expect(item.transitions.at(-1)?.to).toBe(item.statusCategory);
          for (let index = 1; index < item.transitions.length; index += 1) {
            expect(item.transitions[index]!.from).toBe(item.transitions[index - 1]!.to);
          }
          expect(item.statusCategory === 'done').toBe(task.completed);
          expect(item.done !== undefined).toBe(task.completed);
        },
      ),
    );
  });
});
