import { joinList, splitList } from '@/lib/model/list-text';
import type { Milestone, MilestoneInput, MilestoneStatus } from '@/lib/model/milestone';
import { splitLines } from './engagement-display';
import { fieldForPath } from './record-resolver';

export const MILESTONE_STATUS_LABELS: Record<MilestoneStatus, string> = {
  planned: 'Planned',
  'in-progress': 'In progress',
  done: 'Done',
  missed: 'Missed',
};

export interface MilestoneFormValues {
  title: string;
  dueDate: string;
  status: MilestoneStatus;
  doneDate: string;
  deliverables: string;
  linkedItemKeys: string;
}

export const EMPTY_MILESTONE_FORM: MilestoneFormValues = {
  title: '',
  dueDate: '',
  status: 'planned',
  doneDate: '',
  deliverables: '',
  linkedItemKeys: '',
};

export function milestoneToFormValues(milestone: Milestone): MilestoneFormValues {
  return {
    title: milestone.title,
    dueDate: milestone.dueDate,
    status: milestone.status,
    doneDate: milestone.doneDate ?? '',
    deliverables: milestone.deliverables.join('\n'),
    linkedItemKeys: joinList(milestone.linkedItemKeys),
  };
}

export function milestoneFormToInput(
  values: MilestoneFormValues,
  partnerId: string,
  id?: string,
): MilestoneInput {
  return {
    id,
    partnerId,
    title: values.title,
    dueDate: values.dueDate.trim(),
    status: values.status,
    doneDate: values.doneDate.trim() || undefined,
    deliverables: splitLines(values.deliverables),
    linkedItemKeys: splitList(values.linkedItemKeys),
  };
}

const FIELDS = ['title', 'dueDate', 'status', 'doneDate', 'deliverables', 'linkedItemKeys'];
export const milestoneFieldForIssue = (path: string) => fieldForPath(path, FIELDS);

/** The plan's order: by due date, earliest first; same day by title. */
export function sortMilestones(milestones: readonly Milestone[]): Milestone[] {
  return [...milestones].sort(
    (a, b) => a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title),
  );
}

/** Not done or missed, and its due date (a calendar date) is before `today`. */
export function isOverdue(milestone: Milestone, today: string): boolean {
  return (
    (milestone.status === 'planned' || milestone.status === 'in-progress') &&
    milestone.dueDate < today
  );
}
