import type { AsyncState } from '@/components/common/use-async';
import type { Partner } from '@/lib/model/partner';
import { EngagementNav } from './EngagementNav';
import { ENGAGEMENT_PAGE_LABELS, type EngagementPageName } from './engagement-route';
import { PlanEditor } from './PlanEditor';
import { RaciEditor } from './RaciEditor';
import { RiskEditor } from './RiskEditor';
import { TouchpointEditor } from './TouchpointEditor';

interface Props {
  partnerId: string;
  page: EngagementPageName;
  partners: AsyncState<Partner[]>;
  onRetry(): void;
}

/** `#/partners/<id>/<raci|risks|plan|touchpoints>`: one record editor of one partner. */
export function EngagementPage({ partnerId, page, partners, onRetry }: Props) {
  if (partners.status === 'loading') return <p role="status">Loading partner…</p>;
  if (partners.status === 'error') {
    return (
      <div className="pl-form-error" role="alert">
        <p>{partners.message}</p>
        <button type="button" className="pl-button-secondary" onClick={onRetry}>
          Try again
        </button>
      </div>
    );
  }
  const partner = partners.data.find((candidate) => candidate.id === partnerId);
  if (!partner) {
    return (
      <p className="pl-empty" role="alert">
        This partner does not exist any more. Choose another partner on the left.
      </p>
    );
  }
  return (
    <article
      className="pl-engagement"
      aria-label={`${partner.name}: ${ENGAGEMENT_PAGE_LABELS[page]}`}
    >
      <p className="pl-engagement-back">
        <a href={`#/partners/${partner.id}`}>← {partner.name}</a>
      </p>
      <h2>
        {partner.name}: {ENGAGEMENT_PAGE_LABELS[page]}
      </h2>
      <EngagementNav partnerId={partner.id} partnerName={partner.name} current={page} />
      {page === 'raci' && <RaciEditor key={partner.id} partnerId={partner.id} />}
      {page === 'risks' && <RiskEditor key={partner.id} partnerId={partner.id} />}
      {page === 'plan' && <PlanEditor key={partner.id} partnerId={partner.id} />}
      {page === 'touchpoints' && <TouchpointEditor key={partner.id} partnerId={partner.id} />}
    </article>
  );
}
