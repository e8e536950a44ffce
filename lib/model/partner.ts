import { z } from 'zod';
import { isoDateSchema, storedRecord, writeInput } from './record-meta';

export const PARTNER_STATUSES = ['candidate', 'active', 'paused', 'offboarded'] as const;
export const partnerStatusSchema = z.enum(PARTNER_STATUSES, {
  error: 'Choose a status: candidate, active, paused or offboarded',
});
export type PartnerStatus = z.infer<typeof partnerStatusSchema>;

export const contactSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Enter the contact’s name')
    .max(120, 'Keep the name under 120 characters'),
  role: z.string().trim().max(120, 'Keep the role under 120 characters').default(''),
  email: z
    .union([z.literal(''), z.email('Enter a valid e-mail address, like name@example.com')])
    .default(''),
  phone: z.string().trim().max(40, 'Keep the phone number under 40 characters').default(''),
});
export type Contact = z.infer<typeof contactSchema>;

const emailDomainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^(?!-)[a-z0-9-]+(\.[a-z0-9-]+)+$/,
    'Enter a domain such as acme.com, without @ or https://',
  );

export const partnerFieldsSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Enter the partner’s name')
    .max(120, 'Keep the name under 120 characters'),
  status: partnerStatusSchema.default('active'),
  contacts: z.array(contactSchema).max(50).default([]),
  emailDomains: z.array(emailDomainSchema).max(20).default([]),
  contractStart: isoDateSchema.optional(),
  contractEnd: isoDateSchema.optional(),
  expertise: z.array(z.string().trim().min(1).max(60)).max(50).default([]),
  notes: z.string().max(10_000, 'Keep notes under 10,000 characters').default(''),
});

function contractDatesInOrder(partner: { contractStart?: string; contractEnd?: string }) {
  return (
    !partner.contractStart || !partner.contractEnd || partner.contractStart <= partner.contractEnd
  );
}
const CONTRACT_ORDER = {
  message: 'The contract end date must be on or after its start date',
  path: ['contractEnd'],
};

export const partnerInputSchema = writeInput(partnerFieldsSchema).refine(
  contractDatesInOrder,
  CONTRACT_ORDER,
);
export type PartnerInput = z.input<typeof partnerInputSchema>;

export const partnerSchema = storedRecord(partnerFieldsSchema).refine(
  contractDatesInOrder,
  CONTRACT_ORDER,
);
export type Partner = z.infer<typeof partnerSchema>;
