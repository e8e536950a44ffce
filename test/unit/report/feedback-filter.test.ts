import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FEEDBACK_CATEGORIES, FEEDBACK_KINDS } from '@/lib/model/feedback';
import {
  feedbackMatcher,
  filterFeedback,
  filterFromQuery,
  filterToQuery,
  foldText,
  isFilterActive,
  isRangeReversed,
  type FeedbackFilter,
} from '@/lib/report/feedback-filter';
import { feedback } from './feedback-fixtures';

const ids = (entries: { id: string }[]) => entries.map((entry) => entry.id);

describe('feedback filter: kind, category and item', () => {
  const praise = feedback({ kind: 'praise', categories: ['quality', 'timeliness'] });
  const issue = feedback({
    kind: 'issue',
    categories: ['communication'],
    itemKey: 'ACME-12',
    itemTitle: 'Fix the résumé upload',
  });
  const constructive = feedback({ kind: 'constructive', itemTitle: 'Checkout page' });
  const all = [praise, issue, constructive];

  it('lets everything through when empty', () => {
    expect(filterFeedback(all, {}, 'UTC')).toEqual(all);
  });

  it('keeps one kind', () => {
    expect(ids(filterFeedback(all, { kind: 'issue' }, 'UTC'))).toEqual([issue.id]);
    expect(ids(filterFeedback(all, { kind: 'praise' }, 'UTC'))).toEqual([praise.id]);
  });

  it('keeps entries that have the category among theirs', () => {
    expect(ids(filterFeedback(all, { category: 'timeliness' }, 'UTC'))).toEqual([praise.id]);
    expect(filterFeedback(all, { category: 'proactivity' }, 'UTC')).toEqual([]);
  });

  it('finds the item by key or title, ignoring case and accents', () => {
    expect(ids(filterFeedback(all, { item: 'acme-1' }, 'UTC'))).toEqual([issue.id]);
    expect(ids(filterFeedback(all, { item: 'RESUME' }, 'UTC'))).toEqual([issue.id]);
    expect(ids(filterFeedback(all, { item: '  checkout ' }, 'UTC'))).toEqual([constructive.id]);
    // An entry without an item never matches an item search.
    expect(filterFeedback(all, { item: 'quality' }, 'UTC')).toEqual([]);
  });

  it('combines the parts with "and"', () => {
    expect(ids(filterFeedback(all, { kind: 'issue', item: 'acme' }, 'UTC'))).toEqual([issue.id]);
    expect(filterFeedback(all, { kind: 'praise', item: 'acme' }, 'UTC')).toEqual([]);
  });

  it('keeps the original order', () => {
    const entries = [constructive, praise, issue];
    expect(filterFeedback(entries, { item: 'e' }, 'UTC')).toEqual([constructive, issue]);
  });
});

describe('feedback filter: date range in a time zone', () => {
  // 23:30 on 31 January in Berlin (CET, UTC+1) is 22:30Z; 00:30 on 1 February Berlin is 23:30Z.
  const lateJan31Berlin = feedback({ givenAt: '2026-01-31T22:30:00.000Z' });
  const earlyFeb1Berlin = feedback({ givenAt: '2026-01-31T23:30:00.000Z' });
  // 00:00 on 1 January in Berlin exactly.
  const newYearBerlin = feedback({ givenAt: '2025-12-31T23:00:00.000Z' });
  // One millisecond before: still 31 December.
  const newYearEveBerlin = feedback({ givenAt: '2025-12-31T22:59:59.999Z' });
  const all = [lateJan31Berlin, earlyFeb1Berlin, newYearBerlin, newYearEveBerlin];

  it('includes both ends of the range as whole local days', () => {
    const january: FeedbackFilter = { from: '2026-01-01', to: '2026-01-31' };
    expect(ids(filterFeedback(all, january, 'Europe/Berlin'))).toEqual([
      lateJan31Berlin.id,
      newYearBerlin.id,
    ]);
  });

  it('uses the zone: the same instants fall on other days in UTC and in New York', () => {
    const january: FeedbackFilter = { from: '2026-01-01', to: '2026-01-31' };
    expect(ids(filterFeedback(all, january, 'UTC'))).toEqual([
      lateJan31Berlin.id,
      earlyFeb1Berlin.id,
    ]);
    // New York is UTC−5: all four are still on 31 December or in January there.
    expect(ids(filterFeedback(all, january, 'America/New_York'))).toEqual([
      lateJan31Berlin.id,
      earlyFeb1Berlin.id,
    ]);
  });

  it('takes open-ended ranges', () => {
    expect(ids(filterFeedback(all, { from: '2026-02-01' }, 'Europe/Berlin'))).toEqual([
      earlyFeb1Berlin.id,
    ]);
    expect(ids(filterFeedback(all, { to: '2025-12-31' }, 'Europe/Berlin'))).toEqual([
      newYearEveBerlin.id,
    ]);
  });

  it('a single day covers a 23-hour DST day', () => {
    // Berlin springs forward on 29 March 2026 (00:00–23:00 local = 23:00Z on 28th to 21:59Z).
    const first = feedback({ givenAt: '2026-03-28T23:00:00.000Z' });
    const last = feedback({ givenAt: '2026-03-29T21:59:59.000Z' });
    const next = feedback({ givenAt: '2026-03-29T22:00:00.000Z' });
    const day: FeedbackFilter = { from: '2026-03-29', to: '2026-03-29' };
    expect(ids(filterFeedback([first, last, next], day, 'Europe/Berlin'))).toEqual([
      first.id,
      last.id,
    ]);
  });

  it('matches nothing when the range is reversed, and says so', () => {
    const reversed: FeedbackFilter = { from: '2026-02-01', to: '2026-01-01' };
    expect(isRangeReversed(reversed)).toBe(true);
    expect(filterFeedback(all, reversed, 'UTC')).toEqual([]);
    expect(isRangeReversed({ from: '2026-01-01', to: '2026-01-01' })).toBe(false);
  });

  it('a day range equals comparing the local date of the instant', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2027, 11, 31) }),
        fc.constantFrom('UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata'),
        (instant, timeZone) => {
          const entry = feedback({ givenAt: new Date(instant).toISOString() });
          const local = new Intl.DateTimeFormat('en-CA', { timeZone }).format(instant);
          const matcher = feedbackMatcher({ from: local, to: local }, timeZone);
          return matcher(entry);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('feedback filter in the URL', () => {
  it('round-trips through query parameters', () => {
    const filter: FeedbackFilter = {
      kind: 'constructive',
      category: 'communication',
      from: '2026-01-01',
      to: '2026-03-31',
      item: 'ACME & co',
    };
    const query = filterToQuery(filter).toString();
    expect(query).toBe(
      'kind=constructive&category=communication&from=2026-01-01&to=2026-03-31&item=ACME+%26+co',
    );
    expect(filterFromQuery(new URLSearchParams(query))).toEqual(filter);
  });

  it('leaves out empty parts', () => {
    expect(filterToQuery({ item: '   ' }).toString()).toBe('');
    expect(isFilterActive({ item: '  ' })).toBe(false);
    expect(isFilterActive({ kind: 'issue' })).toBe(true);
  });

  it('drops parts that do not parse and keeps the rest', () => {
    const params = new URLSearchParams('kind=great&category=quality&from=2026-13-01&to=x&item=');
    expect(filterFromQuery(params)).toEqual({ category: 'quality' });
  });

  it('reads every kind and category it writes', () => {
    for (const kind of FEEDBACK_KINDS) {
      expect(filterFromQuery(filterToQuery({ kind }))).toEqual({ kind });
    }
    for (const category of FEEDBACK_CATEGORIES) {
      expect(filterFromQuery(filterToQuery({ category }))).toEqual({ category });
    }
  });
});

describe('foldText', () => {
  it('folds case and accents', () => {
    expect(foldText('Ünïcödé ÉTÉ')).toBe('unicode ete');
  });
});
