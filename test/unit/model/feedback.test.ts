import { describe, expect, it } from 'vitest';
import { feedbackInputSchema, feedbackSchema } from '../../../lib/model';
import { META, accepted, issuesOf } from './issues';
import { IDS, sampleInputs } from './sample-inputs';

const valid = sampleInputs().feedback;
const RATING_MESSAGE = 'Choose a rating from 1 to 5 stars';

describe('feedback', () => {
  it('accepts feedback on an item and feedback on the partner in general', () => {
    accepted(feedbackInputSchema, valid);
    const general = accepted(feedbackInputSchema, {
      partnerId: IDS.partner,
      rating: 2,
      kind: 'issue',
      givenAt: '2026-03-02T10:15:00+01:00',
    });
    expect(general).toMatchObject({ categories: [], note: '' });
    accepted(feedbackSchema, { ...valid, ...META });
  });

  it.each([0, 6, 4.5, '5'])('rejects the rating %s', (rating) => {
    expect(issuesOf(feedbackInputSchema, { ...valid, rating })).toEqual({ rating: RATING_MESSAGE });
  });

  it('rejects unknown kinds and categories, and repeated categories', () => {
    expect(issuesOf(feedbackInputSchema, { ...valid, kind: 'complaint' }).kind).toBe(
      'Choose a kind: praise, constructive or issue',
    );
    expect(
      issuesOf(feedbackInputSchema, { ...valid, categories: ['speed'] })['categories.0'],
    ).toMatch(/^Choose categories from quality/);
    expect(issuesOf(feedbackInputSchema, { ...valid, categories: ['quality', 'quality'] })).toEqual(
      {
        categories: 'Choose each category only once',
      },
    );
  });

  it('accepts only web addresses for the item link', () => {
    expect(issuesOf(feedbackInputSchema, { ...valid, itemUrl: 'javascript:alert(1)' })).toEqual({
      itemUrl: 'Enter the item’s web address, starting with https://',
    });
  });

  it('needs a date and time for when it was given', () => {
    expect(issuesOf(feedbackInputSchema, { ...valid, givenAt: '2026-03-02' }).givenAt).toMatch(
      /^Expected a date and time/,
    );
  });
});
