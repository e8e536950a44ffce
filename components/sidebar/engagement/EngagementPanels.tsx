import { useState } from 'react';
import { callBackground } from '@/lib/messaging/client';
import type { Partner } from '@/lib/model/partner';
import type { WorkItem } from '@/lib/model/work-item';
import { FeedbackPrompt } from '../FeedbackPrompt';
import { useEngagementView } from '../use-engagement-view';
import { FeedbackSection } from './FeedbackSection';
import { PartnerStanding } from './PartnerStanding';
import { PlanSection } from './PlanSection';
import { RaciSection } from './RaciSection';
import { RiskSection } from './RiskSection';

interface Props {
  partner: Partner;
  scopeId: string;
  /** The open item once read from the tracker (RACI per item, the delivered-item prompt). */
  item: WorkItem | null;
  /** Rendered between the prompt and the engagement sections (current item, KPIs). */
  children?: React.ReactNode;
}

/** The partner's engagement around the page: standing, prompt, RACI, risks, plan, feedback. */
export function EngagementPanels({ partner, scopeId, item, children }: Props) {
  const [refresh, setRefresh] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  // Hidden as soon as it is answered, not only once the refreshed view arrives.
  const [answered, setAnswered] = useState<string | null>(null);
  const state = useEngagementView(
    partner.id,
    scopeId,
    item
      ? { tool: item.tool, site: item.site, key: item.key, statusCategory: item.statusCategory }
      : undefined,
    refresh,
  );
  const openOptions = (page: 'raci' | 'risks') =>
    void callBackground('options.open', { route: `#/partners/${partner.id}/${page}` });

  if (state.status === 'loading') {
    return (
      <>
        <p className="pl-skeleton" role="status">
          Loading responsibilities, risks and feedback…
        </p>
        {children}
      </>
    );
  }
  if (state.status === 'error') {
    return (
      <>
        <div className="pl-error" role="alert">
          <p>{state.message}</p>
          <button type="button" className="pl-link-button" onClick={() => setRefresh((n) => n + 1)}>
            Try again
          </button>
        </div>
        {children}
      </>
    );
  }
  const view = state.data;
  return (
    <>
      <PartnerStanding view={view} />
      {message && (
        <p className="pl-confirmation" role="status" data-testid="pl-prompt-done">
          {message}
        </p>
      )}
      {view.prompt &&
        item &&
        item.key === view.prompt.itemKey &&
        answered !== view.prompt.subject && (
          <FeedbackPrompt
            key={view.prompt.subject}
            partnerId={partner.id}
            partnerName={partner.name}
            subject={view.prompt.subject}
            item={item}
            onDone={(done) => {
              setAnswered(view.prompt?.subject ?? null);
              setMessage(done);
              setRefresh((n) => n + 1);
            }}
          />
        )}
      {children}
      <RaciSection raci={view.raci} onEdit={() => openOptions('raci')} />
      <RiskSection risks={view.risks} onOpen={() => openOptions('risks')} />
      <PlanSection view={view} />
      <FeedbackSection feedback={view.feedback} />
    </>
  );
}
