import type { RaciAssignment, RaciAssignmentInput, RaciParty, RaciRole } from '@/lib/model/raci';
import { fieldForPath } from './record-resolver';

export const RACI_WHERE = ['engagement', 'scope', 'item'] as const;
export type RaciWhere = (typeof RACI_WHERE)[number];

export const RACI_WHERE_LABELS: Record<RaciWhere, string> = {
  engagement: 'The whole engagement',
  scope: 'A project or board',
  item: 'One item (issue, task or card)',
};

export const RACI_PARTY_LABELS: Record<RaciParty, string> = {
  internal: 'Our team',
  partner: 'Partner',
};

/** The RACI form's own shape: where the tag applies as a choice, person fields as text. */
export interface RaciFormValues {
  where: RaciWhere;
  scopeId: string;
  itemKey: string;
  role: RaciRole;
  party: RaciParty;
  personName: string;
  personEmail: string;
  roleName: string;
}

export const EMPTY_RACI_FORM: RaciFormValues = {
  where: 'engagement',
  scopeId: '',
  itemKey: '',
  role: 'R',
  party: 'internal',
  personName: '',
  personEmail: '',
  roleName: '',
};

export function raciWhere(tag: Pick<RaciAssignment, 'scopeId' | 'itemKey'>): RaciWhere {
  if (tag.itemKey !== undefined) return 'item';
  return tag.scopeId !== undefined ? 'scope' : 'engagement';
}

export function raciToFormValues(tag: RaciAssignment): RaciFormValues {
  return {
    where: raciWhere(tag),
    scopeId: tag.scopeId ?? '',
    itemKey: tag.itemKey ?? '',
    role: tag.role,
    party: tag.party,
    personName: tag.person?.name ?? '',
    personEmail: tag.person?.email ?? '',
    roleName: tag.roleName,
  };
}

/**
 * The input of `raci.save`. A blank scope or item key is sent as `''` when the chosen
 * "where" needs it, so the model's own message ("Choose a project or board") is shown.
 */
export function raciFormToInput(
  values: RaciFormValues,
  partnerId: string,
  id?: string,
): RaciAssignmentInput {
  const named = values.personName.trim() !== '' || values.personEmail.trim() !== '';
  return {
    id,
    partnerId,
    scopeId:
      values.where === 'scope' || (values.where === 'item' && values.scopeId)
        ? values.scopeId
        : undefined,
    itemKey: values.where === 'item' ? values.itemKey : undefined,
    role: values.role,
    party: values.party,
    person: named ? { name: values.personName, email: values.personEmail.trim() } : undefined,
    roleName: values.roleName,
  };
}

const FIELDS = ['scopeId', 'itemKey', 'role', 'party', 'roleName'];

export function raciFieldForIssue(path: string): string {
  if (path === 'person.name') return 'personName';
  if (path === 'person.email') return 'personEmail';
  if (path === 'person') return 'personName';
  return fieldForPath(path, FIELDS);
}
