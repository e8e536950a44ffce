import type { EngagementViewResult } from '@/lib/messaging/overlay-methods';
import { FEEDBACK_KIND_LABELS } from '@/lib/model/feedback-values';
import { timeAgo } from '@/lib/overlay/relative-time';

/** The last three feedback entries on the partner. */
export function FeedbackSection({ feedback }: { feedback: EngagementViewResult['feedback'] }) {
  return (
    <section className="pl-section" aria-labelledby="pl-feedback-title">
      <h3 id="pl-feedback-title">Recent feedback</h3>
      {feedback.length === 0 ? (
        <p className="pl-meta">No feedback yet. Rate delivered work from here or the popup.</p>
      ) : (
        <ul className="pl-list">
          {feedback.map((entry) => (
            <li
              key={entry.id}
              className={`pl-feedback-item pl-kind-${entry.kind}`}
              data-testid="pl-feedback-item"
              data-kind={entry.kind}
            >
              <span className="pl-stars" aria-label={`${entry.rating} of 5`}>
                {'★'.repeat(entry.rating)}
                <span className="pl-stars-off">{'★'.repeat(5 - entry.rating)}</span>
              </span>{' '}
              <span className="pl-meta">
                {FEEDBACK_KIND_LABELS[entry.kind]}
                {entry.itemKey ? ` · ${entry.itemKey}` : ''} · {timeAgo(entry.givenAt)}
              </span>
              {entry.note && <p className="pl-note">{entry.note}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
