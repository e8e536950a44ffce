import { useId, useState } from 'react';
import { RatingField } from '@/components/common/RatingField';
import { isSaveShortcut, ratingFromKey } from '@/lib/feedback/shortcuts';
import { kindForRating } from '@/lib/feedback/suggest-kind';
import { callBackground } from '@/lib/messaging/client';
import type { PromptAnswer } from '@/lib/messaging/engagement-methods';
import {
  FEEDBACK_KIND_LABELS,
  FEEDBACK_KINDS,
  type FeedbackKind,
} from '@/lib/model/feedback-values';
import type { WorkItem } from '@/lib/model/work-item';

interface Props {
  partnerId: string;
  partnerName: string;
  subject: string;
  item: WorkItem;
  /** Called after the prompt was answered (saved, snoozed or declined). */
  onDone(message: string): void;
}

/**
 * "Acme delivered ACME-12 — how did it go?": rating, kind and note saved in one action, or
 * "later" / "don't ask for this item", which the background remembers (and syncs).
 */
export function FeedbackPrompt({ partnerId, partnerName, subject, item, onDone }: Props) {
  const [rating, setRating] = useState<number | null>(null);
  const [kind, setKind] = useState<FeedbackKind | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const headingId = useId();
  const noteId = useId();

  const chooseRating = (value: number) => {
    setRating(value);
    setError(null);
  };
  const shownKind = kind ?? (rating === null ? null : kindForRating(rating));

  const run = async (action: () => Promise<unknown>, message: string) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      onDone(message);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'That did not work. Try again.');
    } finally {
      setBusy(false);
    }
  };

  const save = () => {
    if (rating === null || shownKind === null) {
      setError('Choose a rating from 1 to 5 first.');
      return;
    }
    void run(
      () =>
        callBackground('feedback.save', {
          partnerId,
          itemKey: item.key,
          itemUrl: item.url,
          itemTitle: item.title.slice(0, 500),
          tool: item.tool,
          rating,
          kind: shownKind,
          categories: [],
          note,
          givenAt: new Date().toISOString(),
        }),
      `Feedback on ${item.key} saved.`,
    );
  };
  const answer = (value: PromptAnswer, message: string) =>
    void run(
      () => callBackground('prompts.answer', { partnerId, subject, answer: value }),
      message,
    );

  return (
    <section
      className="pl-prompt"
      data-testid="pl-prompt"
      aria-labelledby={headingId}
      onKeyDown={(event) => {
        const digit = ratingFromKey(event);
        if (digit !== null) chooseRating(digit);
        if (isSaveShortcut(event)) save();
      }}
    >
      <h3 id={headingId}>
        {partnerName} delivered {item.key}. How did it go?
      </h3>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <RatingField
          label="Rating"
          value={rating}
          onChange={chooseRating}
          testId="pl-prompt-rating"
        />
        <fieldset className="pl-kinds">
          <legend>Kind</legend>
          {FEEDBACK_KINDS.map((value) => (
            <label key={value}>
              <input
                type="radio"
                name={`${headingId}-kind`}
                value={value}
                checked={shownKind === value}
                onChange={() => setKind(value)}
              />{' '}
              {FEEDBACK_KIND_LABELS[value]}
            </label>
          ))}
        </fieldset>
        <label htmlFor={noteId} className="pl-field-label">
          Note (optional)
        </label>
        <textarea
          id={noteId}
          value={note}
          maxLength={10_000}
          rows={2}
          onChange={(event) => setNote(event.target.value)}
        />
        {error && (
          <p className="pl-error" role="alert">
            {error}
          </p>
        )}
        <div className="pl-prompt-actions">
          <button type="submit" className="pl-primary-button" disabled={busy}>
            Save feedback
          </button>
          <button
            type="button"
            className="pl-link-button"
            disabled={busy}
            onClick={() => answer('later-day', `We will ask about ${item.key} again tomorrow.`)}
          >
            Later: tomorrow
          </button>
          <button
            type="button"
            className="pl-link-button"
            disabled={busy}
            onClick={() => answer('later-week', `We will ask about ${item.key} again in a week.`)}
          >
            Later: next week
          </button>
          <button
            type="button"
            className="pl-link-button"
            disabled={busy}
            onClick={() => answer('never', `We will not ask about ${item.key} again.`)}
          >
            Don’t ask for this item
          </button>
        </div>
      </form>
    </section>
  );
}
