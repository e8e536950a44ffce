import { useId } from 'react';
import { useAsync } from '@/components/common/use-async';
import { LoadError } from './LoadError';
import { callFromPopup } from './popup-rpc';
import type { Feedback } from '@/lib/model/feedback';
import { FEEDBACK_CATEGORY_LABELS, FEEDBACK_KIND_LABELS } from '@/lib/model/feedback-values';

const SHOWN = 5;

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** The partner's latest feedback, newest first; reloads when `version` changes. */
export function RecentFeedback({
  partnerId,
  partnerName,
  version,
}: {
  partnerId: string;
  partnerName: string;
  version: number;
}) {
  const headingId = useId();
  const [state, reload] = useAsync<Feedback[]>(
    async () => (await callFromPopup('feedback.list', { partnerId })).slice(0, SHOWN),
    `${partnerId} ${version}`,
    'Recent feedback could not be loaded.',
  );

  return (
    <section className="pl-recent" aria-labelledby={headingId}>
      <h2 id={headingId}>Recent feedback for {partnerName}</h2>
      {state.status === 'loading' && <p className="pl-meta">Loading…</p>}
      {state.status === 'error' && <LoadError message={state.message} onRetry={reload} />}
      {state.status === 'ready' && state.data.length === 0 && (
        <p className="pl-empty">No feedback for {partnerName} yet.</p>
      )}
      {state.status === 'ready' && state.data.length > 0 && (
        <ul className="pl-recent-list">
          {state.data.map((feedback) => (
            <li key={feedback.id} className="pl-recent-item" data-testid="pl-recent-feedback">
              <span className="pl-recent-head">
                <span aria-label={`${feedback.rating} of 5 stars`} role="img">
                  {'★'.repeat(feedback.rating)}
                  {'☆'.repeat(5 - feedback.rating)}
                </span>{' '}
                <span className={`pl-badge pl-kind-${feedback.kind}`}>
                  {FEEDBACK_KIND_LABELS[feedback.kind]}
                </span>{' '}
                <span className="pl-meta">
                  {dateFormat.format(new Date(feedback.givenAt))}
                  {feedback.itemKey ? ` · ${feedback.itemKey}` : ''}
                </span>
              </span>
              {feedback.categories.length > 0 && (
                <span className="pl-meta">
                  {feedback.categories.map((c) => FEEDBACK_CATEGORY_LABELS[c]).join(', ')}
                </span>
              )}
              {feedback.note && <span className="pl-recent-note">{feedback.note}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
