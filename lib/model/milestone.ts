import { z } from 'zod';
import {
  isoDateSchema,
  itemKeySchema,
  partnerIdSchema,
  storedRecord,
  writeInput,
} from './record-meta';

export const MILESTONE_STATUSES = ['planned', 'in-progress', 'done', 'missed'] as const;
export const milestoneStatusSchema = z.enum(MILESTONE_STATUSES, {
  error: 'Choose a status: planned, in progress, done or missed',
});
export type MilestoneStatus = z.infer<typeof milestoneStatusSchema>;

export const milestoneFieldsSchema = z.object({
  partnerId: partnerIdSchema,
  title: z
    .string()
    .trim()
    .min(1, 'Enter a title for the milestone')
    .max(200, 'Keep the title under 200 characters'),
  dueDate: isoDateSchema,
  deliverables: z
    .array(
      z
        .string()
        .trim()
        .min(1, 'Describe the deliverable or remove the empty line')
        .max(300, 'Keep each deliverable under 300 characters'),
    )
    .max(100)
    .default([]),
  /** Tracker items whose status drives the milestone's progress. */
  linkedItemKeys: z.array(itemKeySchema).max(500).default([]),
  status: milestoneStatusSchema.default('planned'),
  doneDate: isoDateSchema.optional(),
});

/** The hit rate compares `doneDate` with `dueDate`, so a done milestone needs its date. */
function doneHasDate(milestone: { status: MilestoneStatus; doneDate?: string }) {
  return milestone.status !== 'done' || milestone.doneDate !== undefined;
}
const DONE_HAS_DATE = {
  message: 'Enter the date the milestone was done',
  path: ['doneDate'],
};

export const milestoneInputSchema = writeInput(milestoneFieldsSchema).refine(
  doneHasDate,
  DONE_HAS_DATE,
);
export type MilestoneInput = z.input<typeof milestoneInputSchema>;

export const milestoneSchema = storedRecord(milestoneFieldsSchema).refine(
  doneHasDate,
  DONE_HAS_DATE,
);
export type Milestone = z.infer<typeof milestoneSchema>;
