import type { StatusCategory } from '@/lib/model/work-item';
import { timeAgo } from '@/lib/overlay/relative-time';
import type { CurrentItemView } from './use-current-item';

const CATEGORY_LABELS: Record<StatusCategory, string> = {
  todo: 'To do',
  doing: 'In progress',
  done: 'Done',
};

/** The open issue, task or card: title, status, assignee and due date. */
export function CurrentItem({ view, onRetry }: { view: CurrentItemView; onRetry(): void }) {
  if (view.phase === 'loading') {
    return (
      <section className="pl-item" data-testid="pl-item" aria-label="Current item" aria-busy="true">
        <p className="pl-skeleton" role="status">
          Loading {view.key}…
        </p>
      </section>
    );
  }
  if (view.phase === 'error') {
    return (
      <section className="pl-item" data-testid="pl-item" aria-label="Current item">
        <p
          className={view.signedOut ? 'pl-notice' : 'pl-error'}
          role="alert"
          data-testid={view.signedOut ? 'pl-signed-out' : undefined}
        >
          {view.message}
        </p>
        <button type="button" className="pl-link-button" onClick={onRetry}>
          Try again
        </button>
      </section>
    );
  }
  const { item } = view;
  return (
    <section className="pl-item" data-testid="pl-item" aria-label="Current item">
      <p className="pl-item-key">{item.key}</p>
      <h3 className="pl-item-title" data-testid="pl-item-title">
        {item.title}
      </h3>
      <p
        className="pl-item-status"
        data-testid="pl-item-status"
        data-category={item.statusCategory}
      >
        <span className={`pl-badge pl-category-${item.statusCategory}`}>{item.statusName}</span>
        <span className="pl-meta"> {CATEGORY_LABELS[item.statusCategory]}</span>
      </p>
      <p className="pl-meta">
        {item.assignee ? `Assignee: ${item.assignee.name}` : 'Unassigned'}
        {item.due ? ` · Due ${item.due.slice(0, 10)}` : ''}
      </p>
      {view.cachedAt && (
        <p className="pl-notice" role="status">
          {view.notice} Showing the copy saved {timeAgo(view.cachedAt)}.
        </p>
      )}
    </section>
  );
}
