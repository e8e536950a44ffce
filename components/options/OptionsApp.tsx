import { useCallback } from 'react';
import { useAsync } from '@/components/common/use-async';
import { callBackground } from '@/lib/messaging/client';
import { FeedbackHistory } from './feedback/FeedbackHistory';
import { EngagementPage } from './engagement/EngagementPage';
import { JiraSitesPage } from './JiraSitesPage';
import { MapScopePage } from './MapScopePage';
import { PartnerDetail } from './PartnerDetail';
import { PartnerForm } from './PartnerForm';
import { PartnerList } from './PartnerList';
import { RemindersPage } from './reminders/RemindersPage';
import { navigate, useRoute } from './route';

/** The options page: partners and the tracker projects/boards mapped to them. */
export function OptionsApp() {
  const route = useRoute();
  const [partners, reloadPartners] = useAsync(() => callBackground('partners.list', {}));
  const [scopes, reloadScopes] = useAsync(() => callBackground('scopes.list', {}));
  const reloadAll = useCallback(() => {
    reloadPartners();
    reloadScopes();
  }, [reloadPartners, reloadScopes]);

  const selectedId =
    route.page === 'partner' || route.page === 'partner-feedback' || route.page === 'engagement'
      ? route.id
      : null;
  return (
    <div className="pl-options">
      <header className="pl-options-header">
        <h1>Partner Lens</h1>
        <p>
          Partners, and the Jira projects, Asana projects and Trello boards their work lives in.
        </p>
        <nav aria-label="Settings sections" className="pl-sections">
          <a
            href="#/partners"
            aria-current={
              route.page === 'jira-sites' || route.page === 'feedback' || route.page === 'reminders'
                ? undefined
                : 'page'
            }
          >
            Partners
          </a>
          <a href="#/reminders" aria-current={route.page === 'reminders' ? 'page' : undefined}>
            Reminders
          </a>
          <a href="#/jira-sites" aria-current={route.page === 'jira-sites' ? 'page' : undefined}>
            Self-hosted Jira
          </a>
          <a href="#/feedback" aria-current={route.page === 'feedback' ? 'page' : undefined}>
            Feedback
          </a>
        </nav>
      </header>
      <div className="pl-options-layout">
        <nav aria-label="Partners" className="pl-options-nav">
          <PartnerList state={partners} selectedId={selectedId} onRetry={reloadAll} />
        </nav>
        <main className="pl-options-main">
          {route.page === 'new-partner' && (
            <PartnerForm
              onSaved={(partner) => {
                reloadAll();
                navigate(`#/partners/${partner.id}`);
              }}
              onCancel={() => navigate('#/partners')}
            />
          )}
          {route.page === 'partner' && (
            <PartnerDetail
              key={route.id}
              id={route.id}
              editing={route.editing}
              partners={partners}
              scopes={scopes}
              onChanged={reloadAll}
            />
          )}
          {route.page === 'engagement' && (
            <EngagementPage
              partnerId={route.id}
              page={route.record}
              partners={partners}
              onRetry={reloadAll}
            />
          )}
          {route.page === 'jira-sites' && <JiraSitesPage />}
          {route.page === 'feedback' && <FeedbackHistory partnerId={null} partners={partners} />}
          {route.page === 'partner-feedback' && (
            <FeedbackHistory key={route.id} partnerId={route.id} partners={partners} />
          )}
          {route.page === 'reminders' && <RemindersPage />}
          {route.page === 'map' && (
            <MapScopePage prefill={route.prefill} partners={partners} onChanged={reloadAll} />
          )}
          {route.page === 'partners' && (
            <Welcome hasPartners={partners.status === 'ready' && partners.data.length > 0} />
          )}
        </main>
      </div>
    </div>
  );
}

function Welcome({ hasPartners }: { hasPartners: boolean }) {
  if (hasPartners) {
    return (
      <p className="pl-empty">
        Choose a partner on the left to see and edit its details and mapped projects.
      </p>
    );
  }
  return (
    <section
      className="pl-welcome"
      data-testid="pl-options-empty"
      aria-labelledby="pl-welcome-title"
    >
      <h2 id="pl-welcome-title">Start by adding a partner</h2>
      <p>
        Add the agency, contractor or vendor you work with, then map the Jira projects, Asana
        projects or Trello boards where their work is tracked. Partner Lens then shows the partner
        beside that work.
      </p>
      <a className="pl-button-primary" href="#/partners/new">
        Add your first partner
      </a>
    </section>
  );
}
