import { describe, expect, it } from 'vitest';
import { compute, type MilestoneLike } from '../../../lib/kpi/milestone-hit-rate';
import { windowAt } from './fixtures';

const NOW = '2026-03-31T12:00:00.000Z'; // 90-day window: 1 January → 31 March

const milestones: MilestoneLike[] = [
  { title: 'Design', dueDate: '2026-02-10', status: 'done', doneDate: '2026-02-09' }, // hit
  { title: 'API', dueDate: '2026-02-10', status: 'done', doneDate: '2026-02-12' }, // late
  { title: 'Beta', dueDate: '2026-03-15', status: 'planned' }, // past due, not done
  { title: 'Docs', dueDate: '2026-03-31', status: 'in-progress' }, // due today: still open
  { title: 'Launch', dueDate: '2026-05-01', status: 'done', doneDate: '2026-03-20' }, // early
  { title: 'Kickoff', dueDate: '2025-12-15', status: 'done', doneDate: '2025-12-20' }, // before
  { title: 'Audit', dueDate: '2026-03-31', status: 'missed' }, // marked missed today
  { title: 'Old', dueDate: '2025-12-01', status: 'planned' }, // due before the window
  { title: 'Gone', dueDate: '2026-02-01', status: 'planned', deleted: true },
];

describe('milestone hit rate', () => {
  it('is milestones done by their due date among those decided in the window', () => {
    expect(compute({ milestones }, windowAt(NOW, 90))).toEqual({
      value: 40,
      sampleSize: 5,
      detail: '2 of 5 milestones due or done in the last 90 days hit; missed: API, Beta, Audit',
    });
  });

  it('has no value when no milestone was due or done', () => {
    expect(compute({ milestones: [] }, windowAt(NOW, 90))).toEqual({
      value: null,
      sampleSize: 0,
      detail: 'No milestones were due or done in the last 90 days',
    });
  });
});
