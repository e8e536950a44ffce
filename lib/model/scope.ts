import { z } from 'zod';
import { siteSchema, toolSchema } from './host-context';
import { storedRecord, writeInput } from './record-meta';

import { ASANA_GID, JIRA_PROJECT_KEY, TRELLO_SHORT_LINK } from './scope-ids';

export { ASANA_GID, JIRA_PROJECT_KEY, TRELLO_SHORT_LINK } from './scope-ids';

export const SCOPE_ID_HINTS = {
  jira: 'Jira project keys, like ACME',
  asana: 'Asana project ids (the number after /project/ in the URL)',
  trello: 'Trello board short links (the 8 characters after /b/ in the URL)',
} as const;

const listNamesSchema = z
  .array(z.string().trim().min(1).max(120, 'Keep each name under 120 characters'))
  .max(50, 'List at most 50 names')
  .default([]);

/**
 * Which Trello lists or Asana sections mean "to do", "in progress" and "done" on this scope,
 * where the defaults by name do not fit the team's workflow. Names are matched ignoring case.
 * Jira scopes do not need it: Jira tells each status's category itself.
 */
export const statusMappingSchema = z.object({
  todo: listNamesSchema,
  doing: listNamesSchema,
  done: listNamesSchema,
});
export type StatusMapping = z.infer<typeof statusMappingSchema>;

const scopeFieldsSchema = z.object({
  partnerId: z.uuid({ error: 'Choose the partner this scope belongs to' }),
  tool: toolSchema,
  site: siteSchema,
  /** Jira project keys, Asana project gids or Trello board short links on `site`. */
  ids: z.array(z.string().trim().min(1)).min(1, 'Enter at least one project or board').max(100),
  label: z.string().trim().max(120, 'Keep the label under 120 characters').default(''),
  statusMapping: statusMappingSchema.optional(),
});

type ScopeShape = { tool: string; ids: string[] };
function idsMatchTool(scope: ScopeShape, ctx: z.RefinementCtx) {
  const pattern =
    scope.tool === 'jira'
      ? JIRA_PROJECT_KEY
      : scope.tool === 'asana'
        ? ASANA_GID
        : TRELLO_SHORT_LINK;
  scope.ids.forEach((id, index) => {
    if (!pattern.test(id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['ids', index],
        message: `“${id}” is not valid here: enter ${SCOPE_ID_HINTS[scope.tool as keyof typeof SCOPE_ID_HINTS]}`,
      });
    }
  });
}

export const scopeInputSchema = writeInput(scopeFieldsSchema).superRefine(idsMatchTool);
export type ScopeInput = z.input<typeof scopeInputSchema>;

export const scopeSchema = storedRecord(scopeFieldsSchema).superRefine(idsMatchTool);
export type Scope = z.infer<typeof scopeSchema>;

export const DEFAULT_SITES = {
  asana: 'https://app.asana.com',
  trello: 'https://trello.com',
} as const;
