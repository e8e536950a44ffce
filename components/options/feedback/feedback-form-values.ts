import { z } from 'zod';
import {
  feedbackFieldsSchema,
  feedbackInputSchema,
  type Feedback,
  type FeedbackCategory,
  type FeedbackInput,
} from '@/lib/model/feedback';

/**
 * The feedback form's own shape: every control holds text (radio, select, `datetime-local`),
 * categories are the checked boxes. Empty text stands for "not given".
 */
export interface FeedbackFormValues {
  partnerId: string;
  /** `'1'`…`'5'`; `''` or null (no radio checked) when not chosen. */
  rating: string | null;
  /** `''` or a feedback kind. */
  kind: string;
  categories: FeedbackCategory[];
  /** Local date and time as `<input type="datetime-local">` holds it: `2026-01-31T09:30`. */
  givenAt: string;
  itemKey: string;
  itemTitle: string;
  itemUrl: string;
  /** `''` or a tool. */
  tool: string;
  note: string;
}

export const FEEDBACK_FORM_FIELDS = [
  'partnerId',
  'rating',
  'kind',
  'categories',
  'givenAt',
  'itemKey',
  'itemTitle',
  'itemUrl',
  'tool',
  'note',
] as const satisfies readonly (keyof FeedbackFormValues)[];

const pad = (value: number) => String(value).padStart(2, '0');

/** An instant as the browser's local `datetime-local` value (to the minute). */
export function isoToLocalInput(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}

/** A `datetime-local` value (local time) as an ISO instant; undefined when empty or invalid. */
export function localInputToIso(value: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/.test(value)) return undefined;
  // Without an offset, ECMAScript reads a date-time form as local time.
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

const blankToUndefined = (value: string): unknown => {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
};

/** Text control → the model's rule for that field (messages come from the model). */
const fromText = <T extends z.ZodType>(rule: T) =>
  z.string().transform(blankToUndefined).pipe(rule);

const fields = feedbackFieldsSchema.shape;

/**
 * The form's schema for the zod resolver: converts each control's text and checks it with
 * the same rules as `feedbackInputSchema` (the background checks them again on save).
 */
export const feedbackFormSchema = z.object({
  partnerId: fields.partnerId,
  // A radio group with nothing checked reads as null.
  rating: z
    .string()
    .nullable()
    .transform((value): unknown => (value ? Number(value) : undefined))
    .pipe(fields.rating),
  kind: fromText(fields.kind),
  categories: fields.categories,
  givenAt: z
    .string()
    .transform((value): unknown => localInputToIso(value))
    .pipe(z.iso.datetime({ offset: true, error: 'Enter the date and time it was given' })),
  itemKey: fromText(fields.itemKey),
  itemTitle: fromText(fields.itemTitle),
  itemUrl: fromText(fields.itemUrl),
  tool: fromText(fields.tool),
  note: fields.note,
});
export type FeedbackFormOutput = z.output<typeof feedbackFormSchema>;

export function newFeedbackFormValues(partnerId: string, now: Date): FeedbackFormValues {
  return {
    partnerId,
    rating: '',
    kind: '',
    categories: [],
    givenAt: isoToLocalInput(now.toISOString()),
    itemKey: '',
    itemTitle: '',
    itemUrl: '',
    tool: '',
    note: '',
  };
}

export function feedbackToFormValues(entry: Feedback): FeedbackFormValues {
  return {
    partnerId: entry.partnerId,
    rating: String(entry.rating),
    kind: entry.kind,
    categories: [...entry.categories],
    givenAt: isoToLocalInput(entry.givenAt),
    itemKey: entry.itemKey ?? '',
    itemTitle: entry.itemTitle ?? '',
    itemUrl: entry.itemUrl ?? '',
    tool: entry.tool ?? '',
    note: entry.note,
  };
}

/**
 * The `feedback.save` input of a checked form. Editing keeps the exact stored instant when
 * the minute shown was not changed, so an edit never reorders entries by a few seconds.
 */
export function formOutputToInput(output: FeedbackFormOutput, original?: Feedback): FeedbackInput {
  const givenAt =
    original && isoToLocalInput(original.givenAt) === isoToLocalInput(output.givenAt)
      ? original.givenAt
      : output.givenAt;
  return feedbackInputSchema.parse({ ...output, givenAt, id: original?.id });
}

/** The form field that shows a problem the background reported at `path`. */
export function formFieldForIssue(path: string): keyof FeedbackFormValues | 'root' {
  const head = path.split('.')[0];
  return FEEDBACK_FORM_FIELDS.find((field) => field === head) ?? 'root';
}

/** The `feedback.save` input that writes an entry back as it was (undo of a deletion). */
export function feedbackToInput(entry: Feedback): FeedbackInput {
  return {
    id: entry.id,
    partnerId: entry.partnerId,
    itemKey: entry.itemKey,
    itemUrl: entry.itemUrl,
    itemTitle: entry.itemTitle,
    tool: entry.tool,
    rating: entry.rating,
    kind: entry.kind,
    categories: [...entry.categories],
    note: entry.note,
    givenAt: entry.givenAt,
  };
}
