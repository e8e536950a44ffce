import { useEffect, useId, useState } from 'react';
import { callFromPopup } from './popup-rpc';
import type { PromptAnswer } from '@/lib/messaging/engagement-methods';
import type { Nudge } from '@/lib/model/nudge';

const SHOWN = 5;

type State =
  | { status: 'loading' }
  | { status: 'ready'; nudges: Nudge[] }
  | { status: 'error'; message: string };

interface Props {
  /** The popup's partner: its nudges come first. */
  partnerId?: string;
  onGiveFeedback(nudge: Nudge): void;
  onOpenOptions(route: string): void;
}

/** Pending reminders with their action, "Later" (a day) and "Dismiss" (for good). */
export function PendingNudges({ partnerId, onGiveFeedback, onOpenOptions }: Props) {
  const headingId = useId();
  const [state, setState] = useState<State>({ status: 'loading' });
  const [message, setMessage] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    callFromPopup('nudges.list', {}).then(
      (nudges) => live && setState({ status: 'ready', nudges }),
      (error: unknown) =>
        live &&
        setState({
          status: 'error',
          message: error instanceof Error ? error.message : 'Reminders could not be loaded.',
        }),
    );
    return () => {
      live = false;
    };
  }, [version]);

  const answer = async (nudge: Nudge, answer: PromptAnswer, done: string) => {
    setMessage(null);
    try {
      await callFromPopup('prompts.answer', {
        partnerId: nudge.partnerId,
        subject: nudge.subject,
        answer,
      });
      setMessage(done);
      setVersion((n) => n + 1);
    } catch (error) {
      setMessage(error instanceof Error ? error.message : 'That did not work. Try again.');
    }
  };

  const ordered =
    state.status === 'ready'
      ? [...state.nudges]
          .sort((a, b) => Number(b.partnerId === partnerId) - Number(a.partnerId === partnerId))
          .slice(0, SHOWN)
      : [];

  return (
    <section className="pl-nudges" aria-labelledby={headingId}>
      <h2 id={headingId}>Reminders</h2>
      {state.status === 'loading' && <p className="pl-meta">Loading…</p>}
      {state.status === 'error' && (
        <p className="pl-form-error" role="alert">
          {state.message}
        </p>
      )}
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
                  onClick={() => void answer(nudge, 'later-day', 'Snoozed until tomorrow.')}
                >
                  Later
                </button>
                <button
                  type="button"
                  className="pl-button-quiet"
                  aria-label={`Dismiss “${nudge.title}”`}
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
