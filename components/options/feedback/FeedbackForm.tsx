import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useState } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { Field } from '@/components/common/Field';
import { callBackground } from '@/lib/messaging/client';
import { RpcError } from '@/lib/messaging/errors';
import { FEEDBACK_CATEGORIES, FEEDBACK_KINDS, type Feedback } from '@/lib/model/feedback';
import { TOOL_LABELS, TOOLS } from '@/lib/model/host-context';
import type { Partner } from '@/lib/model/partner';
import { FEEDBACK_CATEGORY_LABELS, FEEDBACK_KIND_LABELS } from '@/lib/model/feedback-values';
import {
  feedbackFormSchema,
  feedbackToFormValues,
  formFieldForIssue,
  formOutputToInput,
  newFeedbackFormValues,
  type FeedbackFormOutput,
  type FeedbackFormValues,
} from './feedback-form-values';

interface Props {
  /** The entry to edit; a new entry when omitted. */
  entry?: Feedback;
  /** Partner of a new entry (the page's partner, or the first one). */
  defaultPartnerId: string;
  partners: Partner[];
  onSaved(entry: Feedback): void;
  onCancel(): void;
}

const RATINGS = ['1', '2', '3', '4', '5'] as const;

// The schema converts text controls to the model's types, so its input and output differ.
const resolver = zodResolver(feedbackFormSchema) as unknown as Resolver<
  FeedbackFormValues,
  unknown,
  FeedbackFormOutput
>;

/**
 * Adds or edits one feedback entry: rating, kind, categories, when, which item, note. Checked
 * with the model's rules as the person submits, and again by the background.
 */
export function FeedbackForm({ entry, defaultPartnerId, partners, onSaved, onCancel }: Props) {
  const id = useId();
  const [initial] = useState(() =>
    entry ? feedbackToFormValues(entry) : newFeedbackFormValues(defaultPartnerId, new Date()),
  );
  const { register, handleSubmit, setError, setFocus, formState } = useForm<
    FeedbackFormValues,
    unknown,
    FeedbackFormOutput
  >({ defaultValues: initial, resolver, shouldFocusError: true });
  const errors = formState.errors;

  useEffect(() => {
    setFocus('rating');
  }, [setFocus]);

  const submit = handleSubmit(async (output) => {
    try {
      const saved = await callBackground('feedback.save', formOutputToInput(output, entry));
      onSaved(saved);
    } catch (error) {
      if (error instanceof RpcError && error.issues.length > 0) {
        for (const issue of error.issues) {
          setError(formFieldForIssue(issue.path), { message: issue.message });
        }
        return;
      }
      setError('root', {
        message:
          error instanceof Error
            ? error.message
            : 'The feedback could not be saved. Try again in a moment.',
      });
    }
  });

  const title = entry ? 'Edit feedback' : 'Add feedback';
  const ratingError = errors.rating?.message;
  const categoriesError = errors.categories?.message ?? errors.categories?.root?.message;
  return (
    <form
      className="pl-form pl-feedback-form"
      onSubmit={submit}
      noValidate
      aria-labelledby={`${id}-title`}
      data-testid="pl-feedback-form"
    >
      <h3 id={`${id}-title`}>{title}</h3>
      {errors.root && (
        <p className="pl-form-error" role="alert">
          {errors.root.message}
        </p>
      )}
      <Field label="Partner" error={errors.partnerId?.message}>
        <select {...register('partnerId')}>
          {partners.map((partner) => (
            <option key={partner.id} value={partner.id}>
              {partner.name}
            </option>
          ))}
        </select>
      </Field>

      <fieldset
        className={`pl-feedback-fieldset${ratingError ? ' pl-feedback-fieldset-invalid' : ''}`}
        aria-describedby={ratingError ? `${id}-rating-error` : undefined}
      >
        <legend>Rating</legend>
        <div className="pl-feedback-rating-choices">
          {RATINGS.map((value) => (
            <label key={value} className="pl-feedback-choice">
              <input
                type="radio"
                value={value}
                aria-invalid={ratingError ? true : undefined}
                {...register('rating')}
              />
              <span aria-hidden="true" className="pl-feedback-stars">
                {'★'.repeat(Number(value))}
              </span>
              <span>{value === '1' ? '1 star' : `${value} stars`}</span>
            </label>
          ))}
        </div>
        {ratingError && (
          <p id={`${id}-rating-error`} className="pl-field-error" role="alert">
            {ratingError}
          </p>
        )}
      </fieldset>

      <div className="pl-row">
        <Field label="Kind" error={errors.kind?.message}>
          <select {...register('kind')}>
            <option value="">Choose…</option>
            {FEEDBACK_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {FEEDBACK_KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Given on" error={errors.givenAt?.message}>
          <input type="datetime-local" {...register('givenAt')} />
        </Field>
      </div>

      <fieldset
        className="pl-feedback-fieldset"
        aria-describedby={categoriesError ? `${id}-categories-error` : undefined}
      >
        <legend>Categories</legend>
        <div className="pl-feedback-category-choices">
          {FEEDBACK_CATEGORIES.map((category) => (
            <label key={category} className="pl-feedback-choice">
              <input type="checkbox" value={category} {...register('categories')} />
              <span>{FEEDBACK_CATEGORY_LABELS[category]}</span>
            </label>
          ))}
        </div>
        {categoriesError && (
          <p id={`${id}-categories-error`} className="pl-field-error" role="alert">
            {categoriesError}
          </p>
        )}
      </fieldset>

      <div className="pl-row">
        <Field label="Item key" hint="Optional, e.g. ACME-12" error={errors.itemKey?.message}>
          <input type="text" {...register('itemKey')} />
        </Field>
        <Field label="Tool" error={errors.tool?.message}>
          <select {...register('tool')}>
            <option value="">None</option>
            {TOOLS.map((tool) => (
              <option key={tool} value={tool}>
                {TOOL_LABELS[tool]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field label="Item title" error={errors.itemTitle?.message}>
        <input type="text" {...register('itemTitle')} />
      </Field>
      <Field label="Item URL" hint="Optional, https://…" error={errors.itemUrl?.message}>
        <input type="url" {...register('itemUrl')} />
      </Field>
      <Field label="Note" error={errors.note?.message}>
        <textarea rows={3} {...register('note')} />
      </Field>

      <div className="pl-actions">
        <button type="submit" className="pl-button-primary" disabled={formState.isSubmitting}>
          {entry ? 'Save feedback' : 'Add feedback'}
        </button>
        <button type="button" className="pl-button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
