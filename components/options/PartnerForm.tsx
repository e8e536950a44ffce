import { useFieldArray, useForm, type FieldPath } from 'react-hook-form';
import { Field } from '@/components/common/Field';
import { PARTNER_STATUS_LABELS } from '@/components/common/PartnerStatusBadge';
import { callBackground } from '@/lib/messaging/client';
import { RpcError, issuesFromZod, type FieldIssue } from '@/lib/messaging/errors';
import { PARTNER_STATUSES, partnerInputSchema, type Partner } from '@/lib/model/partner';
import {
  EMPTY_PARTNER_FORM,
  formFieldForIssue,
  formValuesToPartnerInput,
  partnerToFormValues,
  type PartnerFormValues,
} from './partner-form-values';

interface Props {
  partner?: Partner;
  onSaved(partner: Partner): void;
  onCancel(): void;
}

/** Create or edit a partner; validated here and again by the background before it is stored. */
export function PartnerForm({ partner, onSaved, onCancel }: Props) {
  const form = useForm<PartnerFormValues>({
    defaultValues: partner ? partnerToFormValues(partner) : EMPTY_PARTNER_FORM,
  });
  const { register, handleSubmit, setError, formState } = form;
  const contacts = useFieldArray({ control: form.control, name: 'contacts' });
  const errors = formState.errors;

  const showIssues = (issues: FieldIssue[]) => {
    for (const issue of issues) {
      const field = formFieldForIssue(issue.path);
      setError(field as FieldPath<PartnerFormValues>, { message: issue.message });
    }
  };

  const submit = handleSubmit(async (values) => {
    const input = formValuesToPartnerInput(values, partner?.id);
    const checked = partnerInputSchema.safeParse(input);
    if (!checked.success) return showIssues(issuesFromZod(checked.error));
    try {
      onSaved(await callBackground('partners.save', input));
    } catch (error) {
      if (error instanceof RpcError && error.issues.length > 0) return showIssues(error.issues);
      setError('root', {
        message: error instanceof Error ? error.message : 'The partner could not be saved.',
      });
    }
  });

  const title = partner ? `Edit ${partner.name}` : 'New partner';
  return (
    <form className="pl-form" onSubmit={submit} noValidate aria-label={title}>
      <h2>{title}</h2>
      {errors.root && (
        <p className="pl-form-error" role="alert">
          {errors.root.message}
        </p>
      )}
      <Field label="Name" error={errors.name?.message}>
        <input type="text" autoComplete="organization" {...register('name')} />
      </Field>
      <Field label="Status" error={errors.status?.message}>
        <select {...register('status')}>
          {PARTNER_STATUSES.map((status) => (
            <option key={status} value={status}>
              {PARTNER_STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </Field>
      <div className="pl-row">
        <Field label="Contract start" error={errors.contractStart?.message}>
          <input type="date" {...register('contractStart')} />
        </Field>
        <Field label="Contract end" error={errors.contractEnd?.message}>
          <input type="date" {...register('contractEnd')} />
        </Field>
      </div>
      <Field
        label="E-mail domains"
        hint="Comma-separated, e.g. acme.com, acme.io — used to recognise the partner’s people."
        error={errors.emailDomains?.message}
      >
        <input type="text" {...register('emailDomains')} />
      </Field>
      <Field
        label="Expertise"
        hint="Comma-separated tags, e.g. iOS, payments"
        error={errors.expertise?.message}
      >
        <input type="text" {...register('expertise')} />
      </Field>
      <Field label="Notes" error={errors.notes?.message}>
        <textarea rows={3} {...register('notes')} />
      </Field>

      <fieldset className="pl-contacts-fieldset">
        <legend>Contacts</legend>
        {contacts.fields.length === 0 && <p className="pl-hint">No contacts yet.</p>}
        {contacts.fields.map((field, index) => (
          <div
            className="pl-contact-row"
            key={field.id}
            role="group"
            aria-label={`Contact ${index + 1}`}
          >
            <Field label="Contact name" error={errors.contacts?.[index]?.name?.message}>
              <input type="text" {...register(`contacts.${index}.name`)} />
            </Field>
            <Field label="Role" error={errors.contacts?.[index]?.role?.message}>
              <input type="text" {...register(`contacts.${index}.role`)} />
            </Field>
            <Field label="E-mail" error={errors.contacts?.[index]?.email?.message}>
              <input type="email" {...register(`contacts.${index}.email`)} />
            </Field>
            <Field label="Phone" error={errors.contacts?.[index]?.phone?.message}>
              <input type="tel" {...register(`contacts.${index}.phone`)} />
            </Field>
            <button
              type="button"
              className="pl-button-quiet"
              onClick={() => contacts.remove(index)}
              aria-label={`Remove contact ${index + 1}`}
            >
              Remove
            </button>
          </div>
        ))}
        <button
          type="button"
          className="pl-button-secondary"
          onClick={() => contacts.append({ name: '', role: '', email: '', phone: '' })}
        >
          Add contact
        </button>
      </fieldset>

      <div className="pl-actions">
        <button type="submit" className="pl-button-primary" disabled={formState.isSubmitting}>
          {partner ? 'Save partner' : 'Create partner'}
        </button>
        <button type="button" className="pl-button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
