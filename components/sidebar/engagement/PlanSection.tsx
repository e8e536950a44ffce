import type { EngagementViewResult } from '@/lib/messaging/overlay-methods';
import type { Milestone } from '@/lib/model/milestone';

function MilestoneRow({ milestone, overdue }: { milestone: Milestone; overdue: boolean }) {
  return (
    <li
      className={`pl-milestone${overdue ? ' pl-overdue' : ''}`}
      data-testid="pl-milestone"
      data-overdue={overdue ? 'true' : 'false'}
    >
      <span className="pl-list-title">{milestone.title}</span>
      <span className={overdue ? 'pl-warning-text' : 'pl-meta'}>
        {' '}
        {overdue ? `overdue since ${milestone.dueDate}` : `due ${milestone.dueDate}`}
      </span>
    </li>
  );
}

/** Milestones overdue or due in the next 14 days, and the next or overdue touchpoint. */
export function PlanSection({ view }: { view: EngagementViewResult }) {
  const { milestones, touchpoint } = view;
  const none = milestones.overdue.length === 0 && milestones.upcoming.length === 0;
  return (
    <section className="pl-section" aria-labelledby="pl-plan-title">
      <h3 id="pl-plan-title">Plan and meetings</h3>
      {none ? (
        <p className="pl-meta">No milestones due in the next 14 days.</p>
      ) : (
        <ul className="pl-list">
          {milestones.overdue.map((milestone) => (
            <MilestoneRow key={milestone.id} milestone={milestone} overdue />
          ))}
          {milestones.upcoming.map((milestone) => (
            <MilestoneRow key={milestone.id} milestone={milestone} overdue={false} />
          ))}
        </ul>
      )}
      {touchpoint ? (
        <p
          className={touchpoint.state === 'overdue' ? 'pl-warning' : 'pl-meta'}
          data-testid="pl-touchpoint"
          data-state={touchpoint.state}
        >
          {touchpoint.state === 'overdue' && <span aria-hidden="true">⚠ </span>}
          {touchpoint.text} <time dateTime={touchpoint.dueDate}>({touchpoint.dueDate})</time>
        </p>
      ) : (
        <p className="pl-meta">No touchpoint scheduled.</p>
      )}
    </section>
  );
}
