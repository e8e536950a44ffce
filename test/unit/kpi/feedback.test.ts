import { describe, expect, it } from 'vitest';
import { compute as averageRating, type FeedbackLike } from '../../../lib/kpi/feedback-rating';
import { compute as praiseShare } from '../../../lib/kpi/praise-share';
import { windowAt } from './fixtures';

const NOW = '2026-03-31T12:00:00.000Z';
const feedback: FeedbackLike[] = [
  { rating: 5, kind: 'praise', givenAt: '2026-03-05T10:00:00.000Z' },
  { rating: 3, kind: 'constructive', givenAt: '2026-03-10T10:00:00.000Z' },
  { rating: 4, kind: 'praise', givenAt: '2026-03-02T00:00:00.000Z' },
  { rating: 2, kind: 'issue', givenAt: '2026-03-31T11:00:00.000Z' },
  { rating: 1, kind: 'issue', givenAt: '2026-02-10T10:00:00.000Z' }, // before the window
  { rating: 1, kind: 'issue', givenAt: '2026-03-20T10:00:00.000Z', deleted: true },
];

describe('average feedback rating', () => {
  it('averages the ratings given in the window', () => {
    expect(averageRating({ feedback }, windowAt(NOW, 30))).toEqual({
      value: 3.5,
      sampleSize: 4,
      detail: 'Average 3.5/5 from 4 ratings in the last 30 days',
    });
  });

  it('has no value without feedback', () => {
    expect(averageRating({ feedback: [] }, windowAt(NOW, 30))).toEqual({
      value: null,
      sampleSize: 0,
      detail: 'No feedback given in the last 30 days',
    });
  });
});

describe('share of praise', () => {
  it('is praise among all feedback given in the window', () => {
    expect(praiseShare({ feedback }, windowAt(NOW, 30))).toEqual({
      value: 50,
      sampleSize: 4,
      detail: '2 of 4 feedback entries in the last 30 days were praise',
    });
  });

  it('has no value without feedback', () => {
    expect(praiseShare({ feedback: [] }, windowAt(NOW, 30)).value).toBeNull();
  });
});
