import type { ReactNode } from 'react';
import { Field } from '@/components/common/Field';
import {
  FEEDBACK_CATEGORIES,
  FEEDBACK_KINDS,
  type FeedbackCategory,
  type FeedbackKind,
} from '@/lib/model/feedback';
import { isFilterActive, isRangeReversed, type FeedbackFilter } from '@/lib/report/feedback-filter';
import { FEEDBACK_CATEGORY_LABELS, FEEDBACK_KIND_LABELS } from '@/lib/model/feedback-values';

interface Props {
  filter: FeedbackFilter;
  onChange(filter: FeedbackFilter): void;
  /** Extra controls shown first (the partner selector of the all-partners view). */
  children?: ReactNode;
}

const isKind = (value: string): value is FeedbackKind =>
  (FEEDBACK_KINDS as readonly string[]).includes(value);
const isCategory = (value: string): value is FeedbackCategory =>
  (FEEDBACK_CATEGORIES as readonly string[]).includes(value);

/** Filters of the feedback history; every change applies at once (no submit). */
export function FeedbackFilters({ filter, onChange, children }: Props) {
  const set = (changes: Partial<FeedbackFilter>) => {
    const next: FeedbackFilter = { ...filter, ...changes };
    for (const key of Object.keys(next) as (keyof FeedbackFilter)[]) {
      if (!next[key]) delete next[key];
    }
    onChange(next);
  };
  const reversed = isRangeReversed(filter);
  return (
    <form
      role="search"
      aria-label="Filter feedback"
      className="pl-history-filters"
      data-testid="pl-history-filters"
      onSubmit={(event) => event.preventDefault()}
    >
      {children}
      <Field label="Kind">
        <select
          value={filter.kind ?? ''}
          onChange={(event) =>
            set({ kind: isKind(event.target.value) ? event.target.value : undefined })
          }
        >
          <option value="">All kinds</option>
          {FEEDBACK_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {FEEDBACK_KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Category">
        <select
          value={filter.category ?? ''}
          onChange={(event) =>
            set({ category: isCategory(event.target.value) ? event.target.value : undefined })
          }
        >
          <option value="">All categories</option>
          {FEEDBACK_CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {FEEDBACK_CATEGORY_LABELS[category]}
            </option>
          ))}
        </select>
      </Field>
      <Field label="From">
        <input
          type="date"
          value={filter.from ?? ''}
          onChange={(event) => set({ from: event.target.value || undefined })}
        />
      </Field>
      <Field
        label="To"
        error={reversed ? 'The end date is before the start date: swap them.' : undefined}
      >
        <input
          type="date"
          value={filter.to ?? ''}
          onChange={(event) => set({ to: event.target.value || undefined })}
        />
      </Field>
      <Field label="Item" hint="Key or title">
        <input
          type="search"
          value={filter.item ?? ''}
          maxLength={200}
          onChange={(event) => set({ item: event.target.value || undefined })}
        />
      </Field>
      <div className="pl-history-filter-actions">
        <button
          type="button"
          className="pl-button-secondary"
          disabled={!isFilterActive(filter)}
          onClick={() => onChange({})}
        >
          Clear filters
        </button>
      </div>
    </form>
  );
}
