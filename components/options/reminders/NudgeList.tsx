import { useId, useState } from 'react';
import type { AsyncState } from '@/components/common/use-async';
import { callBackground } from '@/lib/messaging/client';
import type { PromptAnswer } from '@/lib/messaging/engagement-methods';
import type { Nudge } from '@/lib/model/nudge';

interface Props {
  state: AsyncState<Nudge[]>;
  onAnswered(): void;
  onRetry(): void;
}

const ANSWER_DONE: Record<Exclude<PromptAnswer, 'reset'>, string> = {
  'later-day': 'You will be reminded again tomorrow',
  'later-week': 'You will be reminded again in a week',
  never: 'Dismissed',
};

/** Where a nudge's action leads inside the options page. */
export function actionHref(nudge: Nudge): string {
  if (nudge.action.kind === 'open-options') return nudge.action.route;
  return nudge.action.route ?? `#/partners/${nudge.partnerId}`;
}

/** Pending reminders with their action, "later" and "dismiss". */
export function NudgeList({ state, onAnswered, onRetry }: Props) {
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState<string | null>(null);

  const answer = async (nudge: Nudge, value: Exclude<PromptAnswer, 'reset'>) => {
    setBusy(nudge.subject);
    setError('');
    try {
      await callBackground('prompts.answer', {
        partnerId: nudge.partnerId,
        subject: nudge.subject,
        answer: value,
      });
      setStatus(`${ANSWER_DONE[value]}: ${nudge.title}.`);
      onAnswered();
    } catch (caught) {
      setError(
        `${caught instanceof Error ? caught.message : 'The answer could not be saved.'} Try again.`,
      );
    } finally {
      setBusy(null);
    }
  };

  return (
    <section aria-labelledby="pl-nudges-title" className="pl-nudges">
      <h2 id="pl-nudges-title">Pending reminders</h2>
      <p role="status" className="pl-nudge-status">
        {status}
      </p>
      {error && (
        <p className="pl-form-error" role="alert">
          {error}
        </p>
      )}
      {state.status === 'loading' && <p className="pl-empty">Checking for reminders…</p>}
      {state.status === 'error' && (
        <div role="alert">
          <p className="pl-form-error">Reminders could not be loaded: {state.message}</p>
          <button type="button" className="pl-button-secondary" onClick={onRetry}>
            Try again
          </button>
        </div>
      )}
      {state.status === 'ready' && (
        <>
          <p data-testid="pl-nudge-count" className="pl-meta">
            {state.data.length === 0
              ? 'No reminders pending.'
              : `${state.data.length} ${state.data.length === 1 ? 'reminder' : 'reminders'} pending, oldest first.`}
          </p>
          {state.data.length === 0 ? (
            <p className="pl-empty">
              You are up to date: feedback, touchpoints, KPIs, milestones, contracts and reviews
              need nothing from you right now.
            </p>
          ) : (
            <ul className="pl-nudge-list">
              {state.data.map((nudge) => (
                <NudgeItem
                  key={nudge.subject}
                  nudge={nudge}
                  busy={busy === nudge.subject}
                  onAnswer={(value) => void answer(nudge, value)}
                />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

function NudgeItem({
  nudge,
  busy,
  onAnswer,
}: {
  nudge: Nudge;
  busy: boolean;
  onAnswer(value: Exclude<PromptAnswer, 'reset'>): void;
}) {
  const titleId = useId();
  return (
    <li className="pl-nudge" data-testid="pl-nudge" data-rule={nudge.rule}>
      <h3 id={titleId}>{nudge.title}</h3>
      <p className="pl-nudge-reason">{nudge.reason}</p>
      <div className="pl-actions">
        <a className="pl-button-primary" href={actionHref(nudge)} aria-describedby={titleId}>
          {nudge.action.label}
        </a>
        <button
          type="button"
          className="pl-button-secondary"
          disabled={busy}
          aria-describedby={titleId}
          onClick={() => onAnswer('later-day')}
        >
          Later: 1 day
        </button>
        <button
          type="button"
          className="pl-button-secondary"
          disabled={busy}
          aria-describedby={titleId}
          onClick={() => onAnswer('later-week')}
        >
          Later: 1 week
        </button>
        <button
          type="button"
          className="pl-button-quiet"
          disabled={busy}
          aria-describedby={titleId}
          onClick={() => onAnswer('never')}
        >
          Dismiss
        </button>
      </div>
    </li>
  );
}
