import { useId } from 'react';
import type { Feedback } from '@/lib/model/feedback';
import { TOOL_LABELS } from '@/lib/model/host-context';
import { FEEDBACK_CATEGORY_LABELS, FEEDBACK_KIND_LABELS } from '@/lib/model/feedback-values';

interface Props {
  entry: Feedback;
  /** Shown when the list spans several partners. */
  partnerName?: string;
  confirmingDelete: boolean;
  busy: boolean;
  onEdit(): void;
  onDelete(): void;
  onConfirmDelete(): void;
  onKeep(): void;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatGivenAt(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}

/** "★★★★☆" for the eye, "4 of 5" for everyone. */
export function RatingStars({ rating }: { rating: number }) {
  return (
    <span className="pl-history-rating" data-testid="pl-history-rating">
      <span aria-hidden="true" className="pl-history-stars">
        {'★'.repeat(rating)}
        <span className="pl-history-stars-off">{'☆'.repeat(Math.max(0, 5 - rating))}</span>
      </span>{' '}
      <span>{rating} of 5</span>
    </span>
  );
}

/** One feedback entry of the history, with its edit and delete actions. */
export function FeedbackEntry({
  entry,
  partnerName,
  confirmingDelete,
  busy,
  onEdit,
  onDelete,
  onConfirmDelete,
  onKeep,
}: Props) {
  const headingId = useId();
  const itemLabel = [entry.itemKey, entry.itemTitle].filter(Boolean).join(' · ');
  return (
    <article
      className={`pl-history-entry pl-history-kind-${entry.kind}`}
      aria-labelledby={headingId}
    >
      <header className="pl-history-entry-head">
        <h3 id={headingId} className="pl-history-entry-title">
          <time dateTime={entry.givenAt}>{formatGivenAt(entry.givenAt)}</time>
          {partnerName && <span className="pl-history-partner"> · {partnerName}</span>}
        </h3>
        <RatingStars rating={entry.rating} />
        <span className="pl-badge pl-history-kind" data-testid="pl-history-kind">
          {FEEDBACK_KIND_LABELS[entry.kind]}
        </span>
      </header>
      <dl className="pl-history-facts">
        {entry.categories.length > 0 && (
          <div>
            <dt>Categories</dt>
            <dd data-testid="pl-history-categories">
              {entry.categories.map((category) => FEEDBACK_CATEGORY_LABELS[category]).join(', ')}
            </dd>
          </div>
        )}
        {itemLabel && (
          <div>
            <dt>Item</dt>
            <dd data-testid="pl-history-item">
              {entry.itemUrl ? (
                <a href={entry.itemUrl} target="_blank" rel="noopener noreferrer">
                  {itemLabel}
                </a>
              ) : (
                itemLabel
              )}
              {entry.tool && <span className="pl-meta"> ({TOOL_LABELS[entry.tool]})</span>}
            </dd>
          </div>
        )}
      </dl>
      {entry.note && (
        <p className="pl-history-note" data-testid="pl-history-note">
          {entry.note}
        </p>
      )}
      <div className="pl-actions pl-history-actions">
        {confirmingDelete ? (
          <span className="pl-confirm" role="group" aria-label="Confirm deletion">
            <span>Delete this feedback?</span>
            <button
              type="button"
              className="pl-button-danger"
              data-action="confirm-delete"
              disabled={busy}
              onClick={onConfirmDelete}
              aria-describedby={headingId}
            >
              Yes, delete
            </button>
            <button
              type="button"
              className="pl-button-secondary"
              data-action="keep"
              onClick={onKeep}
              aria-describedby={headingId}
            >
              Keep
            </button>
          </span>
        ) : (
          <>
            <button
              type="button"
              className="pl-button-secondary"
              data-action="edit"
              onClick={onEdit}
              aria-describedby={headingId}
            >
              Edit
            </button>
            <button
              type="button"
              className="pl-button-quiet"
              data-action="delete"
              onClick={onDelete}
              aria-describedby={headingId}
            >
              Delete
            </button>
          </>
        )}
      </div>
    </article>
  );
}
