import { z } from 'zod';
import { isoDateTimeSchema, partnerIdSchema, storedRecord, writeInput } from './record-meta';
import { stableUuid } from './stable-id';

/**
 * The user's answer to a prompt or nudge other than acting on it: "later" (snoozed until a
 * time) or "don't ask again" (dismissed). One record per subject, with an id derived from the
 * subject, so the answer given on one device holds on every device after sync.
 */
export const promptStateFieldsSchema = z.object({
  partnerId: partnerIdSchema,
  /**
   * What was answered: `item:<tool>:<site>:<key>` for the feedback prompt of one tracker item,
   * `nudge:<rule>:<target>` for one nudge (see `lib/prompts/`).
   */
  subject: z.string().min(1).max(1000),
  snoozedUntil: isoDateTimeSchema.optional(),
  dismissed: z.boolean().default(false),
});

export const promptStateInputSchema = writeInput(promptStateFieldsSchema);
export type PromptStateInput = z.input<typeof promptStateInputSchema>;

export const promptStateSchema = storedRecord(promptStateFieldsSchema);
export type PromptState = z.infer<typeof promptStateSchema>;

export function promptStateId(subject: string): string {
  return stableUuid(`partner-lens prompt state ${subject}`);
}

/** The subject of the "rate this delivered item" prompt of one tracker item. */
export function itemPromptSubject(item: { tool: string; site: string; key: string }): string {
  return `item:${item.tool}:${item.site}:${item.key}`;
}

/** True while a snooze or dismissal keeps the prompt or nudge from showing at `now`. */
export function isSilenced(state: PromptState | undefined, now: Date): boolean {
  if (!state || state.deleted) return false;
  if (state.dismissed) return true;
  return state.snoozedUntil !== undefined && Date.parse(state.snoozedUntil) > now.getTime();
}
