import { useState } from 'react';
import { ContextSummary } from '@/components/common/ContextSummary';
import { PartnerCard } from '@/components/common/PartnerCard';
import { callBackground } from '@/lib/messaging/client';
import { MAPPABLE_NOUN, mappableId } from '@/lib/overlay/describe-context';
import { writeSidebarOpen } from '@/lib/overlay/sidebar-open-state';
import { useActiveTabView } from './use-active-tab-view';

/** The toolbar popup: the current tab's context and partner, and the way to the sidebar. */
export function PopupApp() {
  const state = useActiveTabView();
  const [message, setMessage] = useState<string | null>(null);

  const run = async (action: () => Promise<unknown>) => {
    setMessage(null);
    try {
      await action();
    } catch (error) {
      setMessage(error instanceof Error ? error.message : 'That did not work. Try again.');
    }
  };
  const openOptions = () =>
    run(() => callBackground('options.open', {}).then(() => window.close()));

  return (
    <main className="pl-popup" data-testid="pl-popup" aria-busy={state.status === 'loading'}>
      <h1>Partner Lens</h1>
      {state.status === 'loading' && <p role="status">Reading the current page…</p>}
      {state.status === 'error' && (
        <p className="pl-form-error" role="alert">
          {state.message}
        </p>
      )}
      {state.status === 'no-context' && (
        <p className="pl-empty" data-testid="pl-popup-no-context">
          Open a project, board or item in Jira, Asana or Trello to see the partner behind the work.
        </p>
      )}
      {state.status === 'ready' && (
        <>
          <ContextSummary context={state.view.context} />
          {state.view.match ? (
            <PartnerCard
              partner={state.view.match.partner}
              reason={state.view.match.reason}
              headingLevel={2}
            />
          ) : (
            <p className="pl-empty" data-testid="pl-no-partner">
              No partner mapped to this {MAPPABLE_NOUN[state.view.context.tool]}
              {mappableId(state.view.context) ? ` (${mappableId(state.view.context)})` : ''}.
            </p>
          )}
          <div className="pl-actions">
            <button
              type="button"
              className="pl-button-primary"
              onClick={() =>
                run(async () => {
                  await writeSidebarOpen(true);
                  await callBackground('sidebar.show', { tabId: state.tabId });
                  window.close();
                })
              }
            >
              Show sidebar
            </button>
          </div>
        </>
      )}
      {message && (
        <p className="pl-form-error" role="alert">
          {message}
        </p>
      )}
      <div className="pl-actions">
        <button type="button" className="pl-button-secondary" onClick={() => void openOptions()}>
          Partners and settings
        </button>
      </div>
    </main>
  );
}
