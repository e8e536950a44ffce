import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { ContextSummary } from '@/components/common/ContextSummary';
import { PartnerCard } from '@/components/common/PartnerCard';
import type { FeedbackDraftFields } from '@/lib/feedback/draft-store';
import { draftKeyOf, type FeedbackTarget } from '@/lib/feedback/feedback-target';
import { callFromPopup } from './popup-rpc';
import type { Feedback } from '@/lib/model/feedback';
import type { Nudge } from '@/lib/model/nudge';
import { MAPPABLE_NOUN, mappableId } from '@/lib/overlay/describe-context';
import { writeSidebarOpen } from '@/lib/overlay/sidebar-open-state';
import { FEEDBACK_KIND_LABELS } from '@/lib/model/feedback-values';
import { FeedbackForm } from './FeedbackForm';
import { NO_CONTEXT_TEXT } from './form-text';
import { pendingFirstFrame } from './first-frame';
import { PendingNudges } from './PendingNudges';
import { RecentFeedback } from './RecentFeedback';
import { startPopupBoot } from './popup-boot';
import { useActiveTabView, usePartners } from './use-active-tab-view';

/** Another partner than the page's: chosen from a nudge, or "Change partner". */
interface Override {
  target: FeedbackTarget;
  partnerName?: string;
  focus: boolean;
}

type SavedState =
  | { phase: 'saved'; feedback: Feedback; fields: FeedbackDraftFields; draftKey: string }
  | { phase: 'undoing'; feedback: Feedback }
  | { phase: 'undone'; message: string };

/**
 * The toolbar popup. Its main job is the quick feedback entry, prefilled with the partner
 * and item of the current tab; below it the partner's recent feedback, pending reminders,
 * and the page's context with the way to the sidebar.
 */
export function PopupApp() {
  const state = useActiveTabView();
  const { partners, error: partnersError } = usePartners();
  const [override, setOverride] = useState<Override | null>(null);
  const [pickedPartnerId, setPickedPartnerId] = useState<string | undefined>(undefined);
  const [saved, setSaved] = useState<SavedState | null>(null);
  const [formVersion, setFormVersion] = useState(0);
  const [feedbackVersion, setFeedbackVersion] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const undoRef = useRef<HTMLButtonElement | null>(null);
  // The plain-DOM form drawn while React loaded (first-frame.ts), if any.
  const [firstFrame, setFirstFrame] = useState(pendingFirstFrame);

  const match = state.status === 'ready' ? state.view.match : null;
  const pageTarget = useMemo<FeedbackTarget | null>(() => {
    if (state.status === 'loading') return null;
    if (state.status !== 'ready') return {};
    return { partnerId: state.view.match?.partner.id, item: state.item };
  }, [state]);
  const target = override?.target ?? pageTarget;
  const fixedName = override ? override.partnerName : match?.partner.name;

  const partnerId = target?.partnerId ?? pickedPartnerId;
  const partnerName =
    (target?.partnerId ? fixedName : undefined) ??
    partners?.find((partner) => partner.id === partnerId)?.name;

  const run = async (action: () => Promise<unknown>) => {
    setMessage(null);
    try {
      await action();
    } catch (error) {
      setMessage(error instanceof Error ? error.message : 'That did not work. Try again.');
    }
  };
  const openOptions = (route?: string) =>
    run(() => callFromPopup('options.open', route ? { route } : {}).then(() => window.close()));

  const onSaved = useCallback(
    (feedback: Feedback, fields: FeedbackDraftFields, draftKey: string) => {
      setSaved({ phase: 'saved', feedback, fields, draftKey });
      setFeedbackVersion((n) => n + 1);
    },
    [],
  );

  useEffect(() => {
    if (saved?.phase === 'saved') undoRef.current?.focus();
  }, [saved]);

  // The form took the first frame over (its effect ran first) unless the page turned out
  // another; either way it goes now. A "Change partner" click there is carried out here.
  useLayoutEffect(() => {
    if (!firstFrame) return;
    firstFrame.remove();
    setFirstFrame(null);
    if (firstFrame.changePartnerRequested && pageTarget?.partnerId) {
      setOverride({ target: { item: pageTarget.item }, focus: false });
    }
    // Once, on mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const undo = async () => {
    if (saved?.phase !== 'saved') return;
    const { feedback, fields, draftKey } = saved;
    setSaved({ phase: 'undoing', feedback });
    try {
      await callFromPopup('feedback.delete', { id: feedback.id });
      // Put the entry back into the form, as it was before saving.
      await startPopupBoot()
        .drafts.write(draftKey, fields)
        .catch(() => undefined);
      setFormVersion((n) => n + 1);
      setFeedbackVersion((n) => n + 1);
      setSaved({ phase: 'undone', message: 'Feedback removed; it is back in the form.' });
    } catch (error) {
      setSaved({ phase: 'saved', feedback, fields, draftKey });
      setMessage(
        error instanceof Error ? error.message : 'The feedback could not be removed. Try again.',
      );
    }
  };

  const giveFeedbackFor = (nudge: Nudge) => {
    setSaved(null);
    setOverride({
      target: { partnerId: nudge.partnerId },
      partnerName: nudge.partnerName,
      focus: true,
    });
  };

  return (
    <main className="pl-popup" data-testid="pl-popup" aria-busy={state.status === 'loading'}>
      <h1>Partner Lens</h1>
      {state.status === 'error' && (
        <p className="pl-form-error" role="alert">
          {state.message}
        </p>
      )}
      {state.status === 'no-context' && (
        <p className="pl-empty" data-testid="pl-popup-no-context">
          {NO_CONTEXT_TEXT}
        </p>
      )}
      {partnersError && (
        <p className="pl-form-error" role="alert">
          {partnersError}
        </p>
      )}

      <FeedbackForm
        key={`${target ? draftKeyOf(target) : 'loading'}#${formVersion}`}
        target={target}
        partnerName={fixedName}
        partners={partners}
        focusOnReady={override?.focus}
        partnerAction={
          override || target?.partnerId ? (
            <button
              type="button"
              className="pl-button-quiet pl-inline-button"
              onClick={() => {
                setSaved(null);
                setOverride(override ? null : { target: { item: pageTarget?.item }, focus: false });
              }}
            >
              {override ? 'Back to this page' : 'Change partner'}
            </button>
          ) : undefined
        }
        onPartnerChange={setPickedPartnerId}
        onSaved={onSaved}
        handover={
          firstFrame && target && !override && firstFrame.draftKey === draftKeyOf(target)
            ? firstFrame
            : undefined
        }
      />
      <div aria-live="polite" className="pl-saved-region">
        {saved?.phase === 'saved' || saved?.phase === 'undoing' ? (
          <div className="pl-saved" data-testid="pl-feedback-saved">
            <p>
              Saved: {saved.feedback.rating} ★{' '}
              {FEEDBACK_KIND_LABELS[saved.feedback.kind].toLowerCase()}
              {partnerName ? ` for ${partnerName}` : ''}
              {saved.feedback.itemKey ? ` on ${saved.feedback.itemKey}` : ''}.
            </p>
            <button
              ref={undoRef}
              type="button"
              className="pl-button-secondary"
              disabled={saved.phase === 'undoing'}
              onClick={() => void undo()}
            >
              Undo
            </button>
          </div>
        ) : saved?.phase === 'undone' ? (
          <p className="pl-meta" data-testid="pl-feedback-undone">
            {saved.message}
          </p>
        ) : null}
      </div>

      {partnerId && partnerName && (
        <RecentFeedback partnerId={partnerId} partnerName={partnerName} version={feedbackVersion} />
      )}

      <PendingNudges
        partnerId={partnerId}
        onGiveFeedback={giveFeedbackFor}
        onOpenOptions={(route) => void openOptions(route)}
      />

      {state.status === 'ready' && (
        <section className="pl-this-page" aria-label="This page">
          <h2>This page</h2>
          <ContextSummary context={state.view.context} />
          {state.view.match ? (
            <PartnerCard
              partner={state.view.match.partner}
              reason={state.view.match.reason}
              headingLevel={3}
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
              className="pl-button-secondary"
              onClick={() =>
                run(async () => {
                  await writeSidebarOpen(true);
                  await callFromPopup('sidebar.show', { tabId: state.tabId });
                  window.close();
                })
              }
            >
              Show sidebar
            </button>
          </div>
        </section>
      )}
      {message && (
        <p className="pl-form-error" role="alert">
          {message}
        </p>
      )}
      <div className="pl-actions">
        <button type="button" className="pl-button-quiet" onClick={() => void openOptions()}>
          Partners and settings
        </button>
      </div>
    </main>
  );
}
