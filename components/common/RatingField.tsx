import { useId } from 'react';
import { RATING_WORDS } from '@/lib/model/feedback-values';

const RATINGS = [1, 2, 3, 4, 5] as const;
const isRating = (value: number): value is (typeof RATINGS)[number] =>
  (RATINGS as readonly number[]).includes(value);

interface Props {
  value: number | null;
  onChange(rating: number): void;
  /** Visible group label, e.g. "Rating". */
  label: string;
  testId?: string;
}

/**
 * Five-star rating as a radio group: arrow keys move between stars (native radio behaviour),
 * and the forms around it map the digit keys 1–5 to `onChange` (`lib/feedback/shortcuts.ts`).
 */
export function RatingField({ value, onChange, label, testId }: Props) {
  const name = useId();
  return (
    <fieldset className="pl-rating" data-testid={testId}>
      <legend>{label}</legend>
      <div className="pl-rating-stars">
        {RATINGS.map((rating) => (
          <label
            key={rating}
            className={`pl-star${value !== null && rating <= value ? ' pl-star-on' : ''}`}
            title={`${rating} – ${RATING_WORDS[rating]}`}
          >
            <input
              type="radio"
              name={name}
              value={rating}
              checked={value === rating}
              onChange={() => onChange(rating)}
              aria-label={`${rating} of 5: ${RATING_WORDS[rating]}`}
            />
            <span aria-hidden="true">★</span>
          </label>
        ))}
      </div>
      <p className="pl-meta" aria-live="polite">
        {value !== null && isRating(value)
          ? `${value} of 5: ${RATING_WORDS[value]}`
          : 'Choose 1 to 5 (keys 1–5 work).'}
      </p>
    </fieldset>
  );
}
