import { z } from 'zod';
import { RACI_GAPS } from '../mapping/raci-resolve';
import { feedbackSchema } from '../model/feedback';
import { siteSchema, toolSchema } from '../model/host-context';
import { milestoneSchema } from '../model/milestone';
import { partnerStatusSchema } from '../model/partner';
import { scopeSchema } from '../model/scope';
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
      dueDate: z.string(),
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
  /** Partners to choose from in the sidebar's "map this project to…" picker (names only). */
  'overlay.partnerChoices': method({
    access: 'any',
    params: z.object({}),
    result: z.array(z.object({ id: z.uuid(), name: z.string(), status: partnerStatusSchema })),
  }),
  /**
   * Maps the page's project or board to a partner on the spot: adds it to the partner's scope
   * on this site, or creates that scope. A page may only map its own site.
   */
  'overlay.mapHere': method({
    access: 'any',
    params: z.object({
      partnerId: z.uuid({ error: 'Choose a partner' }),
      tool: toolSchema,
      site: siteSchema,
      id: z.string().trim().min(1).max(200),
    }),
    result: scopeSchema,
  }),
} as const;
