import { z } from 'zod';
import { feedbackInputSchema, feedbackSchema } from '../model/feedback';
import { milestoneInputSchema, milestoneSchema } from '../model/milestone';
import { promptStateSchema } from '../model/prompt-state';
import { raciAssignmentInputSchema, raciAssignmentSchema } from '../model/raci';
import { riskInputSchema, riskSchema } from '../model/risk';
import { settingsChangesSchema, settingsFieldsSchema, settingsSchema } from '../model/settings';
import { touchpointInputSchema, touchpointSchema } from '../model/touchpoint';
import { deletedResult, idParams, method, type Access } from './method-spec';

const partnerFilter = z.object({ partnerId: z.uuid().optional() });

/** `<name>.list`, `<name>.save` and `<name>.delete` of one partner-owned record store. */
function crud<Name extends string, Input extends z.ZodType, Stored extends z.ZodType>(
  name: Name,
  input: Input,
  stored: Stored,
  saveAccess: Access = 'extension',
) {
  return {
    [`${name}.list`]: method({
      access: 'extension',
      params: partnerFilter,
      result: z.array(stored),
    }),
    [`${name}.save`]: method({ access: saveAccess, params: input, result: stored }),
    [`${name}.delete`]: method({ access: 'extension', params: idParams, result: deletedResult }),
  } as {
    [K in `${Name}.list`]: {
      access: Access;
      params: typeof partnerFilter;
      result: z.ZodArray<Stored>;
    };
  } & { [K in `${Name}.save`]: { access: Access; params: Input; result: Stored } } & {
    [K in `${Name}.delete`]: {
      access: Access;
      params: typeof idParams;
      result: typeof deletedResult;
    };
  };
}

/** How long "later" silences a prompt or nudge; `never` dismisses it for good. */
export const PROMPT_ANSWERS = ['later-day', 'later-week', 'never', 'reset'] as const;
export const promptAnswerSchema = z.enum(PROMPT_ANSWERS);
export type PromptAnswer = z.infer<typeof promptAnswerSchema>;

/** Records of the engagement (feedback, RACI, risks, plan, meetings) and the settings. */
export const engagementMethods = {
  // Feedback is also given in the sidebar (the delivered-item prompt), so content may save.
  ...crud('feedback', feedbackInputSchema, feedbackSchema, 'any'),
  ...crud('raci', raciAssignmentInputSchema, raciAssignmentSchema),
  ...crud('risks', riskInputSchema, riskSchema),
  ...crud('milestones', milestoneInputSchema, milestoneSchema),
  ...crud('touchpoints', touchpointInputSchema, touchpointSchema),
  /** The settings, with defaults filled in when none were saved yet. */
  'settings.get': method({
    access: 'any',
    params: z.object({}),
    result: settingsFieldsSchema,
  }),
  'settings.save': method({
    access: 'extension',
    params: settingsChangesSchema,
    result: settingsSchema,
  }),
  /** "Later" or "don't ask again" for a feedback prompt or a nudge (see `PromptState`). */
  'prompts.answer': method({
    access: 'any',
    params: z.object({
      partnerId: z.uuid(),
      subject: z.string().min(1).max(1000),
      answer: promptAnswerSchema,
    }),
    result: promptStateSchema,
  }),
} as const;
