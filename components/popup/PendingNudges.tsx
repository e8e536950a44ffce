import { useId, useState } from 'react';
import { useAsync } from '@/components/common/use-async';
import { LoadError } from './LoadError';
import { callFromPopup } from './popup-rpc';
import type { PromptAnswer } from '@/lib/messaging/engagement-methods';
import type { Nudge } from '@/lib/model/nudge';

const SHOWN = 5;

interface Props {
  /** The popup's partner: its nudges come first. */
  partnerId?: string;
  onGiveFeedback(nudge: Nudge): void;
  onOpenOptions(route: string): void;
}

/** Pending reminders with their action, "Later" (a day) and "Dismiss" (for good). */
export function PendingNudges({ partnerId, onGiveFeedback, onOpenOptions }: Props) {
  const headingId = useId();
  const [state, reload] = useAsync(
    () => callFromPopup('nudges.list', {}),
    '',
    'Reminders could not be loaded.',
  );
  const [message, setMessage] = useState<string | null>(null);
  /** The reminder being answered: its buttons wait, so one click is one answer. */
  const [answering, setAnswering] = useState<string | null>(null);

  const answer = async (nudge: Nudge, answer: PromptAnswer, done: string) => {
    setMessage(null);
    setAnswering(nudge.subject);
    try {
      await callFromPopup('prompts.answer', {
        partnerId: nudge.partnerId,
        subject: nudge.subject,
        answer,
      });
      setMessage(done);
      reload();
    } catch (error) {
      setMessage(error instanceof Error ? error.message : 'That did not work. Try again.');
    } finally {
      setAnswering(null);
    }
  };

  const ordered =
    state.status === 'ready'
      ? [...state.data]
          .sort((a, b) => Number(b.partnerId === partnerId) - Number(a.partnerId === partnerId))
          .slice(0, SHOWN)
      : [];

  return (
    <section className="pl-nudges" aria-labelledby={headingId}>
      <h2 id={headingId}>Reminders</h2>
      {state.status === 'loading' && <p className="pl-meta">Loading…</p>}
      {state.status === 'error' && <LoadError message={state.message} onRetry={reload} />}
      {state.status === 'ready' && ordered.length === 0 && (
        <p className="pl-empty" data-testid="pl-popup-nudges-empty">
          Nothing needs your attention.
        </p>
      )}
      {ordered.length > 0 && (
        <ul className="pl-nudge-list">
          {ordered.map((nudge) => (
            <li key={nudge.subject} className="pl-nudge" data-testid="pl-popup-nudge">
              <p className="pl-nudge-title">{nudge.title}</p>
              <p className="pl-meta">{nudge.reason}</p>
              <div className="pl-actions">
                <button
                  type="button"
                  className="pl-button-secondary"
                  onClick={() =>
                    nudge.action.kind === 'give-feedback'
                      ? onGiveFeedback(nudge)
                      : onOpenOptions(nudge.action.route)
                  }
                >
                  {nudge.action.label}
                </button>
                <button
                  type="button"
                  className="pl-button-quiet"
                  aria-label={`Later: remind me about “${nudge.title}” tomorrow`}
                  disabled={answering === nudge.subject}
                  onClick={() => void answer(nudge, 'later-day', 'Snoozed until tomorrow.')}
                >
                  Later
                </button>
                <button
                  type="button"
                  className="pl-button-quiet"
                  aria-label={`Dismiss “${nudge.title}”`}
                  disabled={answering === nudge.subject}
                  onClick={() => void answer(nudge, 'never', 'Dismissed.')}
                >
                  Dismiss
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <p role="status" className="pl-meta">
        {message}
      </p>
    </section>
  );
}
