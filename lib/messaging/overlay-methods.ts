import { z } from 'zod';
import { RACI_GAPS } from '../mapping/raci-resolve';
import { feedbackSchema } from '../model/feedback';
import { siteSchema, toolSchema } from '../model/host-context';
import { milestoneSchema } from '../model/milestone';
import { raciAssignmentSchema, raciRoleSchema } from '../model/raci';
import { riskSchema } from '../model/risk';
import { touchpointSchema } from '../model/touchpoint';
import { itemKeySchema } from '../model/record-meta';
import { statusCategorySchema } from '../model/work-item';
import { method } from './method-spec';

const raciLevelSchema = z.enum(['item', 'scope', 'engagement']);

/** The sidebar's view of a partner's engagement for the page's scope or item (not KPIs). */
export const engagementViewSchema = z.object({
  contractWarning: z.string().nullable(),
  relationship: z.object({
    level: z.enum(['good', 'fair', 'poor', 'unknown']),
    averageRating: z.number().nullable(),
    entries: z.number(),
    text: z.string(),
  }),
  raci: z.object({
    tags: z.array(raciAssignmentSchema),
    levels: z.partialRecord(raciRoleSchema, raciLevelSchema),
    gaps: z.array(z.object({ code: z.enum(RACI_GAPS), message: z.string() })),
  }),
  risks: z.object({ top: z.array(riskSchema), open: z.number() }),
  milestones: z.object({ overdue: z.array(milestoneSchema), upcoming: z.array(milestoneSchema) }),
  touchpoint: z
    .object({
      state: z.enum(['overdue', 'next']),
      dueAt: z.string(),
      touchpoint: touchpointSchema,
      text: z.string(),
    })
    .nullable(),
  feedback: z.array(feedbackSchema),
  prompt: z.object({ subject: z.string(), itemKey: z.string() }).nullable(),
});
export type EngagementViewResult = z.infer<typeof engagementViewSchema>;

export const overlayMethods = {
  'overlay.view': method({
    access: 'any',
    params: z.object({
      partnerId: z.uuid(),
      /** The matched scope record, for scope-level RACI. */
      scopeId: z.uuid().optional(),
      /** The open item as read from the tracker: RACI per item and the feedback prompt. */
      item: z
        .object({
          tool: toolSchema,
          site: siteSchema,
          key: itemKeySchema,
          statusCategory: statusCategorySchema,
        })
        .optional(),
    }),
    result: engagementViewSchema,
  }),
} as const;
