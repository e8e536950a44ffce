import { z } from 'zod';
import { isoDateTimeSchema, partnerIdSchema } from './record-meta';

/** The reminders `lib/prompts/` evaluates; each has its own rule module and threshold. */
export const NUDGE_RULES = [
  'no-feedback',
  'no-praise',
  'only-negative',
  'touchpoint-overdue',
  'kpi-red',
  'milestone-overdue',
  'contract-ending',
  'review-due',
] as const;
export const nudgeRuleSchema = z.enum(NUDGE_RULES);
export type NudgeRule = z.infer<typeof nudgeRuleSchema>;

/** The one thing a nudge offers to do about itself. */
export const nudgeActionSchema = z.discriminatedUnion('kind', [
  /**
   * Opens the quick feedback entry for the partner (popup). `route`, when given, is the page
   * of the options app to open instead where the popup cannot be (a notification, the
   * options page).
   */
  z.object({
    kind: z.literal('give-feedback'),
    label: z.string().max(80),
    route: z.string().regex(/^#\//).max(300).optional(),
  }),
  /** Opens a page of the options app, e.g. `#/partners/<id>/kpis`. */
  z.object({
    kind: z.literal('open-options'),
    label: z.string().max(80),
    route: z.string().regex(/^#\//).max(300),
  }),
]);
export type NudgeAction = z.infer<typeof nudgeActionSchema>;

/** A pending reminder as the popup, the options page and the toolbar badge show it. */
export const nudgeSchema = z.object({
  /** `nudge:<rule>:<partnerId>[:<target>]`: also the subject of its snooze/dismiss state. */
  subject: z.string().min(1).max(1000),
  rule: nudgeRuleSchema,
  partnerId: partnerIdSchema,
  partnerName: z.string().max(200),
  /** Short headline, e.g. "No feedback for Acme in 21 days". */
  title: z.string().max(300),
  /** Why the nudge is shown, in words, with the threshold that triggered it. */
  reason: z.string().max(1000),
  action: nudgeActionSchema,
  /** When the condition started to hold, if known (sorts older first). */
  since: isoDateTimeSchema.optional(),
});
export type Nudge = z.infer<typeof nudgeSchema>;
