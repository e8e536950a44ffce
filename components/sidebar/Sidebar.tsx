import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { ContextSummary } from '@/components/common/ContextSummary';
import { PartnerCard } from '@/components/common/PartnerCard';
import { callBackground } from '@/lib/messaging/client';
import type { PartnerMatchView } from '@/lib/messaging/methods';
import type { HostContext } from '@/lib/model/host-context';
import type { JiraSite } from '@/lib/model/jira-site';
import { rememberStatusMapping } from '@/lib/hosts/status-mappings';
import { MAPPABLE_NOUN, mappableId } from '@/lib/overlay/describe-context';
import { SIDEBAR_WIDTH, readSidebarWidth, writeSidebarWidth } from '@/lib/overlay/sidebar-width';
import { CurrentItem } from './CurrentItem';
import { EngagementPanels } from './engagement/EngagementPanels';
import { KpiSection } from './KpiSection';
import { MappingPicker } from './MappingPicker';
import { ScopeDataStatus } from './ScopeDataStatus';
import { useContextView } from './use-context-view';
import { useCurrentItem } from './use-current-item';
import { ResizeHandle } from './ResizeHandle';
import { useHostTheme } from './use-host-theme';
import { useScopeData } from './use-scope-data';
import { useTabTop } from './use-tab-top';

interface Props {
  url: string;
  /** Self-hosted Jira sites the user added, to recognise their URLs. */
  jiraSites: readonly JiraSite[];
  initiallyOpen: boolean;
  /** Put the focus into the open panel at once (the slim tab it replaces had it). */
  focusOnMount?: boolean;
  onOpenChange(open: boolean): void;
  /** Lets the content script push the shared open state (another tab, the popup). */
  subscribeOpen(listener: (open: boolean) => void): () => void;
  /** The keyboard shortcut (commands API), relayed by the content script. */
  subscribeToggle(listener: () => void): () => void;
}

export function Sidebar({
  url,
  jiraSites,
  initiallyOpen,
  focusOnMount = false,
  onOpenChange,
  subscribeOpen,
  subscribeToggle,
}: Props) {
  const [open, setOpen] = useState(initiallyOpen);
  const [attempt, setAttempt] = useState(0);
  const state = useContextView(url, attempt, jiraSites);
  const panelId = useId();
  const panelRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const rootRef = useRef<HTMLElement>(null);
  const theme = useHostTheme();
  const tabTop = useTabTop(rootRef, !open, url);
  const [width, setWidth] = useState<number>(SIDEBAR_WIDTH.initial);
  useEffect(() => {
    let current = true;
    void readSidebarWidth().then((saved) => current && setWidth(saved));
    return () => {
      current = false;
    };
  }, []);

  useEffect(() => subscribeOpen(setOpen), [subscribeOpen]);

  // Mappings are edited in the options tab; pick up changes when the user comes back.
  useEffect(() => {
    const refresh = () => {
      if (document.visibilityState === 'visible') setAttempt((n) => n + 1);
    };
    document.addEventListener('visibilitychange', refresh);
    return () => document.removeEventListener('visibilitychange', refresh);
  }, []);

  // Focus moves into the panel on open and back to the toggle on close, once React has
  // rendered the change (an effect, not a timer: timers stall in background tabs).
  const [focusTarget, setFocusTarget] = useState<{ to: 'panel' | 'toggle' } | null>(() =>
    focusOnMount ? { to: initiallyOpen ? 'panel' : 'toggle' } : null,
  );
  useEffect(() => {
    if (!focusTarget) return;
    const target = focusTarget.to === 'panel' ? panelRef.current : toggleRef.current;
    target?.focus();
  }, [focusTarget]);

  const changeOpen = useCallback(
    (next: boolean) => {
      setOpen(next);
      onOpenChange(next);
      setFocusTarget({ to: next ? 'panel' : 'toggle' });
    },
    [onOpenChange],
  );

  const openRef = useRef(open);
  useEffect(() => {
    openRef.current = open;
  }, [open]);
  useEffect(
    () => subscribeToggle(() => changeOpen(!openRef.current)),
    [subscribeToggle, changeOpen],
  );

  return (
    <aside
      ref={rootRef}
      className={`pl-sidebar ${open ? 'pl-open' : 'pl-closed'}`}
      data-testid="pl-sidebar"
      data-theme={theme}
      style={open || tabTop === null ? undefined : { top: `${tabTop}px`, bottom: 'auto' }}
      aria-label="Partner Lens"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          changeOpen(false);
        }
      }}
    >
      <button
        ref={toggleRef}
        type="button"
        className="pl-toggle"
        data-testid="pl-sidebar-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={open ? 'Collapse Partner Lens sidebar' : 'PL: expand Partner Lens sidebar'}
        onClick={() => changeOpen(!open)}
      >
        <span aria-hidden="true">{open ? '›' : 'PL'}</span>
      </button>
      <div
        id={panelId}
        ref={panelRef}
        className="pl-panel"
        hidden={!open}
        tabIndex={-1}
        style={{ width: `${width}px` }}
      >
        <ResizeHandle
          width={width}
          onResize={setWidth}
          onCommit={(next) => void writeSidebarWidth(next)}
        />
        <header className="pl-header">
          <h2>Partner Lens</h2>
          <button
            type="button"
            className="pl-close"
            aria-label="Collapse Partner Lens sidebar (Esc)"
            onClick={() => changeOpen(false)}
          >
            <span aria-hidden="true">×</span>
          </button>
        </header>
        <div className="pl-body" aria-live="polite" aria-busy={state.status === 'loading'}>
          <SidebarBody state={state} onRetry={() => setAttempt((n) => n + 1)} />
        </div>
      </div>
    </aside>
  );
}

function SidebarBody({
  state,
  onRetry,
}: {
  state: ReturnType<typeof useContextView>;
  onRetry(): void;
}) {
  switch (state.status) {
    case 'unsupported':
      return (
        <p className="pl-empty">
          This page shows no project, board or item. Open one to see its partner.
        </p>
      );
    case 'loading':
      return (
        <>
          {state.context && <ContextSummary context={state.context} />}
          <div className="pl-skeleton" role="status">
            Loading partner…
          </div>
        </>
      );
    case 'error':
      return (
        <>
          {state.context && <ContextSummary context={state.context} />}
          <div className="pl-error" role="alert">
            <p>{state.message}</p>
            <button type="button" onClick={onRetry}>
              Try again
            </button>
          </div>
        </>
      );
    case 'ready': {
      const { context, match } = state.view;
      return (
        <>
          <ContextSummary context={context} />
          {state.notice && <p className="pl-notice">{state.notice}</p>}
          {match ? (
            <PartnerCard partner={match.partner} reason={match.reason} />
          ) : (
            <NoPartner context={context} onMapped={onRetry} />
          )}
          <TrackerPanels context={context} match={match} />
        </>
      );
    }
  }
}

/**
 * The open item, the partner's engagement and KPIs, and the scope's tracker data, each with
 * its own loading and error state.
 */
function TrackerPanels({
  context,
  match,
}: {
  context: HostContext;
  match: PartnerMatchView | null;
}) {
  const scope = match?.scope ?? null;
  // Before the loads below start: they read the scope's list/section mapping.
  if (scope) rememberStatusMapping(scope);
  const [itemAttempt, setItemAttempt] = useState(0);
  const [scopeAttempt, setScopeAttempt] = useState(0);
  const item = useCurrentItem(context, itemAttempt);
  const scopeData = useScopeData(context, match?.matchedId ?? null, scopeAttempt);
  // New tracker data means new KPI values: refresh them when a load finishes.
  const dataVersion =
    scopeData?.phase === 'ready' ? (scopeData.state.lastLoadedAt ?? 'ready') : 'pending';
  const currentItem = item && (
    <CurrentItem view={item} onRetry={() => setItemAttempt((n) => n + 1)} />
  );
  return (
    <>
      {match ? (
        <EngagementPanels
          partner={match.partner}
          scopeId={match.scope.id}
          item={item?.phase === 'ready' ? item.item : null}
        >
          {currentItem}
          <KpiSection
            partnerId={match.partner.id}
            refreshKey={dataVersion}
            onSetUp={() => void callBackground('options.open', { partnerId: match.partner.id })}
          />
        </EngagementPanels>
      ) : (
        currentItem
      )}
      {scopeData && (
        <ScopeDataStatus view={scopeData} onRetry={() => setScopeAttempt((n) => n + 1)} />
      )}
    </>
  );
}

function NoPartner({ context, onMapped }: { context: HostContext; onMapped(): void }) {
  const id = mappableId(context);
  const noun = MAPPABLE_NOUN[context.tool];
  const [error, setError] = useState<string | null>(null);
  const openOptions = async () => {
    setError(null);
    try {
      await callBackground('options.open', {
        prefill: id ? { tool: context.tool, site: context.site, id } : undefined,
      });
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'Could not open the options page.');
    }
  };
  return (
    <section className="pl-no-partner" data-testid="pl-no-partner" aria-label="No partner">
      <h3>No partner mapped</h3>
      {id ? (
        <>
          <p>
            No partner is mapped to this {noun} ({id}) yet.
          </p>
          <MappingPicker
            context={context}
            id={id}
            onMapped={onMapped}
            onCreatePartner={() => void openOptions()}
          />
          <button
            type="button"
            className="pl-link-button pl-small"
            onClick={() => void openOptions()}
          >
            More mapping options
          </button>
        </>
      ) : (
        <>
          <p>This page does not name a {noun}, so no partner can be matched.</p>
          <button type="button" className="pl-link-button" onClick={() => void openOptions()}>
            Open Partner Lens options
          </button>
        </>
      )}
      {error && (
        <p className="pl-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
