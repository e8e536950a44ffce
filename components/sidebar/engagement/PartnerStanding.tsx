import type { EngagementViewResult } from '@/lib/messaging/overlay-methods';

/** Under the partner card: contract warning and relationship health from recent feedback. */
export function PartnerStanding({ view }: { view: EngagementViewResult }) {
  const { contractWarning, relationship } = view;
  return (
    <div className="pl-standing">
      {contractWarning && (
        <p className="pl-warning" data-testid="pl-contract-warning">
          <span aria-hidden="true">⚠ </span>
          {contractWarning}
        </p>
      )}
      <p
        className={`pl-relationship pl-relationship-${relationship.level}`}
        data-testid="pl-relationship"
        data-level={relationship.level}
      >
        <span className="pl-meta-label">Relationship: </span>
        {relationship.text}
      </p>
    </div>
  );
}
