import { joinList, splitList } from '@/lib/model/list-text';
import type { Partner, PartnerInput, PartnerStatus } from '@/lib/model/partner';

/** The partner form's own shape: lists are edited as comma-separated text, dates as strings. */
export interface PartnerFormValues {
  name: string;
  status: PartnerStatus;
  contractStart: string;
  contractEnd: string;
  emailDomains: string;
  expertise: string;
  notes: string;
  contacts: { name: string; role: string; email: string; phone: string }[];
}

export const EMPTY_PARTNER_FORM: PartnerFormValues = {
  name: '',
  status: 'active',
  contractStart: '',
  contractEnd: '',
  emailDomains: '',
  expertise: '',
  notes: '',
  contacts: [],
};

export function partnerToFormValues(partner: Partner): PartnerFormValues {
  return {
    name: partner.name,
    status: partner.status,
    contractStart: partner.contractStart ?? '',
    contractEnd: partner.contractEnd ?? '',
    emailDomains: joinList(partner.emailDomains),
    expertise: joinList(partner.expertise),
    notes: partner.notes,
    contacts: partner.contacts.map((contact) => ({ ...contact })),
  };
}

export function formValuesToPartnerInput(values: PartnerFormValues, id?: string): PartnerInput {
  return {
    id,
    name: values.name,
    status: values.status,
    contractStart: values.contractStart || undefined,
    contractEnd: values.contractEnd || undefined,
    emailDomains: splitList(values.emailDomains),
    expertise: splitList(values.expertise),
    notes: values.notes,
    contacts: values.contacts,
  };
}

/**
 * Maps a validation path of the stored shape to the form field that shows it:
 * `emailDomains.2` is shown on the single `emailDomains` text field.
 */
export function formFieldForIssue(
  path: string,
): keyof PartnerFormValues | `contacts.${number}.${string}` | 'root' {
  const [head, index, leaf] = path.split('.');
  if (head === 'contacts' && index !== undefined && leaf !== undefined) {
    return `contacts.${Number(index)}.${leaf}`;
  }
  const known: (keyof PartnerFormValues)[] = [
    'name',
    'status',
    'contractStart',
    'contractEnd',
    'emailDomains',
    'expertise',
    'notes',
    'contacts',
  ];
  return known.find((key) => key === head) ?? 'root';
}
