import { z } from 'zod';
import { itemKeySchema, partnerIdSchema, storedRecord, writeInput } from './record-meta';

import { RACI_ROLES } from './raci-roles';

export { RACI_ROLE_LABELS, RACI_ROLES } from './raci-roles';
export const raciRoleSchema = z.enum(RACI_ROLES, {
  error: 'Choose a role: Responsible, Accountable, Consulted or Informed',
});
export type RaciRole = z.infer<typeof raciRoleSchema>;

export const RACI_PARTIES = ['internal', 'partner'] as const;
export const raciPartySchema = z.enum(RACI_PARTIES, {
  error: 'Choose who holds the role: your internal team or the partner',
});
export type RaciParty = z.infer<typeof raciPartySchema>;

export const raciPersonSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Enter the person’s name')
    .max(120, 'Keep the name under 120 characters'),
  email: z
    .union([z.literal(''), z.email('Enter a valid e-mail address, like name@example.com')])
    .default(''),
});
export type RaciPerson = z.infer<typeof raciPersonSchema>;

/**
 * One RACI tag. Without `scopeId` it applies to the whole partner engagement; with `itemKey`
 * it applies to a single issue/task/card and overrides the scope-level tag.
 */
export const raciAssignmentFieldsSchema = z.object({
  partnerId: partnerIdSchema,
  scopeId: z.uuid({ error: 'Choose a project or board' }).optional(),
  itemKey: itemKeySchema.optional(),
  role: raciRoleSchema,
  party: raciPartySchema,
  person: raciPersonSchema.optional(),
  /** A role such as "Delivery lead", for when the person changes over time. */
  roleName: z.string().trim().max(120, 'Keep the role name under 120 characters').default(''),
});

function namesSomeone(raci: { person?: RaciPerson; roleName: string }) {
  return raci.person !== undefined || raci.roleName.length > 0;
}
const NAMES_SOMEONE = {
  message: 'Enter a person or a role name, such as Delivery lead',
  path: ['roleName'],
};

export const raciAssignmentInputSchema = writeInput(raciAssignmentFieldsSchema).refine(
  namesSomeone,
  NAMES_SOMEONE,
);
export type RaciAssignmentInput = z.input<typeof raciAssignmentInputSchema>;

export const raciAssignmentSchema = storedRecord(raciAssignmentFieldsSchema).refine(
  namesSomeone,
  NAMES_SOMEONE,
);
export type RaciAssignment = z.infer<typeof raciAssignmentSchema>;
