import { z } from 'zod';
import { parseDateOnly } from '../kpi/instant';
import { zonedCalendar } from '../kpi/time-zone';
import {
  feedbackCategorySchema,
  feedbackKindSchema,
  type Feedback,
  type FeedbackCategory,
  type FeedbackKind,
} from '../model/feedback';
import { isoDateSchema } from '../model/record-meta';

/**
 * What the feedback history shows: one kind, one category, a range of local calendar days
 * (both ends included) and a text that must occur in the item's key or title. Every part is
 * optional; an empty filter lets everything through.
 */
export interface FeedbackFilter {
  kind?: FeedbackKind;
  category?: FeedbackCategory;
  /** First local day shown, `YYYY-MM-DD`. */
  from?: string;
  /** Last local day shown, `YYYY-MM-DD`. */
  to?: string;
  /** Text searched in the item key and title, ignoring case and accents. */
  item?: string;
}

export const EMPTY_FEEDBACK_FILTER: FeedbackFilter = {};

const ITEM_TEXT_MAX = 200;

/** The query parameter of each filter part (`#/feedback?kind=praise&from=2026-01-01`). */
const QUERY_KEYS = ['kind', 'category', 'from', 'to', 'item'] as const;

const partSchemas = {
  kind: feedbackKindSchema,
  category: feedbackCategorySchema,
  from: isoDateSchema,
  to: isoDateSchema,
  item: z.string().trim().min(1).max(ITEM_TEXT_MAX),
} satisfies Record<(typeof QUERY_KEYS)[number], z.ZodType>;

/**
 * Reads a filter from URL query parameters. A part that does not parse (a hand-edited or old
 * bookmark) is left out instead of failing the whole view.
 */
export function filterFromQuery(params: URLSearchParams): FeedbackFilter {
  const filter: Record<string, string> = {};
  for (const key of QUERY_KEYS) {
    const raw = params.get(key);
    if (raw === null) continue;
    const parsed = partSchemas[key].safeParse(raw);
    if (parsed.success) filter[key] = parsed.data;
  }
  return filter as FeedbackFilter;
}

/** The query parameters of a filter, in a fixed order and without empty parts. */
export function filterToQuery(filter: FeedbackFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of QUERY_KEYS) {
    const value = filter[key]?.trim();
    if (value) params.set(key, value);
  }
  return params;
}

export function isFilterActive(filter: FeedbackFilter): boolean {
  return QUERY_KEYS.some((key) => Boolean(filter[key]?.trim()));
}

/** Whether the date range is the wrong way round (nothing can match it). */
export function isRangeReversed(filter: FeedbackFilter): boolean {
  return Boolean(filter.from && filter.to && filter.from > filter.to);
}

/** Lower case without accents, so that "resume" finds "Résumé". */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');
}

/**
 * A predicate for the filter. Dates are compared as local calendar days of `timeZone` (the
 * user's zone), so "to 31 January" includes feedback given at 23:30 on that day in Berlin,
 * which is already 1 February in UTC.
 */
export function feedbackMatcher(
  filter: FeedbackFilter,
  timeZone: string,
): (entry: Feedback) => boolean {
  const fromDay = filter.from ? parseDateOnly(filter.from) : Number.NEGATIVE_INFINITY;
  const toDay = filter.to ? parseDateOnly(filter.to) : Number.POSITIVE_INFINITY;
  const needle = filter.item ? foldText(filter.item.trim()) : '';
  const checksDates = Boolean(filter.from || filter.to);
  const calendar = checksDates ? zonedCalendar(timeZone) : null;
  return (entry) => {
    if (filter.kind && entry.kind !== filter.kind) return false;
    if (filter.category && !entry.categories.includes(filter.category)) return false;
    if (calendar) {
      const instant = Date.parse(entry.givenAt);
      if (Number.isNaN(instant)) return false;
      const day = calendar.dayOf(instant);
      if (day < fromDay || day > toDay) return false;
    }
    if (needle) {
      const haystacks = [entry.itemKey, entry.itemTitle].filter(
        (text): text is string => typeof text === 'string',
      );
      if (!haystacks.some((text) => foldText(text).includes(needle))) return false;
    }
    return true;
  };
}

/** The entries the filter lets through, in their original order. */
export function filterFeedback(
  entries: readonly Feedback[],
  filter: FeedbackFilter,
  timeZone: string,
): Feedback[] {
  return entries.filter(feedbackMatcher(filter, timeZone));
}

/** The zone the browser runs in (the user's), e.g. `Europe/Berlin`; UTC when unknown. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
