import { raciHolder } from '@/lib/mapping/raci-resolve';
import type { EngagementViewResult } from '@/lib/messaging/overlay-methods';
import { RACI_ROLE_LABELS } from '@/lib/model/raci-roles';

const LEVEL_WORDS = { item: 'this item', scope: 'this project', engagement: 'the engagement' };

/** Who is Responsible, Accountable, Consulted and Informed here, with the gaps flagged. */
export function RaciSection({
  raci,
  onEdit,
}: {
  raci: EngagementViewResult['raci'];
  onEdit(): void;
}) {
  return (
    <section className="pl-section" aria-labelledby="pl-raci-title">
      <h3 id="pl-raci-title">Responsibilities</h3>
      {raci.tags.length === 0 ? (
        <p className="pl-meta">No RACI tags yet.</p>
      ) : (
        <ul className="pl-raci-list">
          {raci.tags.map((tag) => (
            <li
              key={tag.id}
              className="pl-raci"
              data-testid="pl-raci"
              data-role={tag.role}
              data-party={tag.party}
            >
              <abbr className="pl-raci-letter" title={RACI_ROLE_LABELS[tag.role]}>
                {tag.role}
              </abbr>
              <span className="pl-raci-holder">
                {raciHolder(tag)}
                {tag.person?.email && (
                  <>
                    {' · '}
                    <a href={`mailto:${tag.person.email}`}>{tag.person.email}</a>
                  </>
                )}
              </span>
              <span className={`pl-party pl-party-${tag.party}`}>
                {tag.party === 'partner' ? 'Partner' : 'Internal'}
              </span>
              <span className="pl-visually-hidden">
                {` ${RACI_ROLE_LABELS[tag.role]}, set for ${LEVEL_WORDS[raci.levels[tag.role] ?? 'engagement']}`}
              </span>
            </li>
          ))}
        </ul>
      )}
      {raci.gaps.length > 0 && (
        <ul className="pl-gaps" aria-label="RACI gaps">
          {raci.gaps.map((gap) => (
            <li key={gap.code} className="pl-warning" data-testid="pl-raci-gap" data-gap={gap.code}>
              <span aria-hidden="true">⚠ </span>
              {gap.message}
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="pl-link-button pl-small" onClick={onEdit}>
        Edit responsibilities
      </button>
    </section>
  );
}
