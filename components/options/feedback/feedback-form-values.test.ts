import { describe, expect, it } from 'vitest';
import type { Feedback } from '@/lib/model/feedback';
import {
  feedbackFormSchema,
  feedbackToFormValues,
  feedbackToInput,
  formFieldForIssue,
  formOutputToInput,
  isoToLocalInput,
  localInputToIso,
  newFeedbackFormValues,
  type FeedbackFormValues,
} from './feedback-form-values';

const PARTNER = '11111111-1111-4111-8111-111111111111';

const stored: Feedback = {
  id: '00000000-0000-4000-8000-000000000001',
  partnerId: PARTNER,
  rating: 4,
  kind: 'constructive',
  categories: ['communication'],
  itemKey: 'ACME-1',
  itemTitle: 'Payment retries',
  itemUrl: 'https://acme.atlassian.net/browse/ACME-1',
  tool: 'jira',
  note: 'Flag blockers sooner.',
  givenAt: '2026-01-20T15:00:27.123Z',
  createdAt: '2026-01-20T15:00:27.123Z',
  updatedAt: '2026-01-20T15:00:27.123Z',
  hlc: '1',
  deviceId: 'd',
  deleted: false,
};

const messages = (values: unknown) => {
  const result = feedbackFormSchema.safeParse(values);
  if (result.success) return {};
  return Object.fromEntries(
    result.error.issues.map((issue) => [issue.path.join('.'), issue.message]),
  );
};

describe('feedback form values', () => {
  it('a new form asks for rating and kind with the model’s words', () => {
    const values = newFeedbackFormValues(PARTNER, new Date('2026-01-20T15:00:00Z'));
    expect(messages(values)).toEqual({
      rating: 'Choose a rating from 1 to 5 stars',
      kind: 'Choose a kind: praise, constructive or issue',
    });
    // A radio group with nothing checked reads as null.
    expect(messages({ ...values, rating: null, kind: 'praise' })).toEqual({
      rating: 'Choose a rating from 1 to 5 stars',
    });
  });

  it('converts the controls to a feedback input, empty text as not given', () => {
    const values: FeedbackFormValues = {
      ...newFeedbackFormValues(PARTNER, new Date()),
      rating: '5',
      kind: 'praise',
      categories: ['quality'],
      givenAt: isoToLocalInput('2026-01-20T15:00:00.000Z'),
      itemKey: '  ACME-3 ',
      itemTitle: '',
      itemUrl: '',
      tool: '',
      note: 'Great.',
    };
    const output = feedbackFormSchema.parse(values);
    expect(formOutputToInput(output)).toEqual({
      partnerId: PARTNER,
      rating: 5,
      kind: 'praise',
      categories: ['quality'],
      givenAt: '2026-01-20T15:00:00.000Z',
      itemKey: 'ACME-3',
      note: 'Great.',
    });
  });

  it('reports bad item addresses and dates beside their fields', () => {
    const values = { ...feedbackToFormValues(stored), itemUrl: 'not a url', givenAt: '' };
    expect(messages(values)).toEqual({
      itemUrl: 'Enter the item’s web address, starting with https://',
      givenAt: 'Enter the date and time it was given',
    });
  });

  it('an unchanged edit keeps the stored instant and id', () => {
    const output = feedbackFormSchema.parse(feedbackToFormValues(stored));
    expect(formOutputToInput(output, stored)).toEqual(feedbackToInput(stored));
  });

  it('a changed minute is saved as the new local time', () => {
    const values = feedbackToFormValues(stored);
    const later = values.givenAt.replace(/:\d\d$/, (minute) => (minute === ':59' ? ':58' : ':59'));
    const input = formOutputToInput(
      feedbackFormSchema.parse({ ...values, givenAt: later }),
      stored,
    );
    expect(input.givenAt).toBe(localInputToIso(later));
    expect(input.givenAt).not.toBe(stored.givenAt);
  });

  it('round-trips local date-time text', () => {
    const iso = '2026-03-29T01:30:00.000Z';
    expect(localInputToIso(isoToLocalInput(iso))).toBe(iso);
    expect(localInputToIso('')).toBeUndefined();
    expect(localInputToIso('yesterday')).toBeUndefined();
  });

  it('maps background issues to form fields', () => {
    expect(formFieldForIssue('categories.1')).toBe('categories');
    expect(formFieldForIssue('itemUrl')).toBe('itemUrl');
    expect(formFieldForIssue('hlc')).toBe('root');
  });
});
