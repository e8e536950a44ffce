import { z } from 'zod';
import { hostContextSchema } from '../model/host-context';
import { partnerSchema } from '../model/partner';
import { scopeSchema } from '../model/scope';

/** Kept apart from the method table so that the popup can validate it without the rest. */
export const partnerMatchSchema = z.object({
  partner: partnerSchema,
  scope: scopeSchema,
  matchedId: z.string(),
  /** Explains "why this partner" in words. */
  reason: z.string(),
});
export type PartnerMatchView = z.infer<typeof partnerMatchSchema>;

export const contextViewSchema = z.object({
  context: hostContextSchema,
  match: partnerMatchSchema.nullable(),
});
export type ContextView = z.infer<typeof contextViewSchema>;
