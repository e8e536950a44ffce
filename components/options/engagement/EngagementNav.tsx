import './engagement.css';
import {
  ENGAGEMENT_PAGES,
  ENGAGEMENT_PAGE_LABELS,
  engagementHash,
  type EngagementPageName,
} from './engagement-route';

interface Props {
  partnerId: string;
  partnerName: string;
  /** The page shown, marked as current; none on the partner's own page. */
  current?: EngagementPageName;
}

/**
 * On the partner page the KPI section is already rendered, so its route does not remount it
 * (which is when it scrolls itself into view): bring it into view here.
 */
function revealKpis() {
  requestAnimationFrame(() => {
    const heading = document.querySelector<HTMLElement>('[data-testid="pl-kpis"] h3');
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  });
}

/** Links to the partner's engagement records: KPIs, RACI, risks, plan and touchpoints. */
export function EngagementNav({ partnerId, partnerName, current }: Props) {
  return (
    <nav
      className="pl-engagement-nav"
      aria-label={`Engagement with ${partnerName}`}
      data-testid="pl-engagement-nav"
    >
      <h3 className="pl-engagement-nav-title">Engagement</h3>
      <ul>
        <li>
          <a
            href={engagementHash(partnerId, 'kpis')}
            onClick={current === undefined ? revealKpis : undefined}
          >
            KPIs
          </a>
        </li>
        {ENGAGEMENT_PAGES.map((page) => (
          <li key={page}>
            <a
              href={engagementHash(partnerId, page)}
              aria-current={page === current ? 'page' : undefined}
            >
              {ENGAGEMENT_PAGE_LABELS[page]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
