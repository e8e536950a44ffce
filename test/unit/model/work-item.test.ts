import { describe, expect, it } from 'vitest';
import { cachedWorkItemSchema, workItemSchema } from '../../../lib/model';
import { accepted, issuesOf } from './issues';
import { sampleWorkItem } from './sample-inputs';

describe('work item', () => {
  it('accepts a normalised item, an unassigned one, and one with a due date and time', () => {
    accepted(workItemSchema, sampleWorkItem());
    accepted(
      workItemSchema,
      sampleWorkItem({ assignee: null, due: '2026-02-12T17:00:00.000Z', transitions: [] }),
    );
  });

  it('rejects status changes that are not in time order', () => {
    const [created, started, done] = sampleWorkItem().transitions;
    expect(
      issuesOf(workItemSchema, sampleWorkItem({ transitions: [created!, done!, started!] })),
    ).toEqual({ 'transitions.2.at': 'Status changes must be listed from oldest to newest' });
  });

  it('orders status changes by instant, whatever their offsets', () => {
    accepted(
      workItemSchema,
      sampleWorkItem({
        transitions: [
          { at: '2026-02-03T09:30:00+02:00', from: 'todo', to: 'doing' },
          { at: '2026-02-03T08:00:00Z', from: 'doing', to: 'done' },
        ],
      }),
    );
  });

  it('rejects an unknown status category', () => {
    expect(
      issuesOf(workItemSchema, { ...sampleWorkItem(), statusCategory: 'indeterminate' }),
    ).toEqual({ statusCategory: 'Expected a status category: todo, doing or done' });
  });

  it('needs the fetch time when cached', () => {
    expect(issuesOf(cachedWorkItemSchema, sampleWorkItem())).toHaveProperty('cachedAt');
    accepted(cachedWorkItemSchema, { ...sampleWorkItem(), cachedAt: '2026-03-02T08:00:00Z' });
  });
});
