import { useId } from 'react';

interface Option<V extends string | number> {
  value: V;
  label: string;
  /** Shown instead of the label; the label stays the accessible name. */
  display?: string;
}

interface Props<V extends string | number> {
  legend: string;
  hint?: string;
  name: string;
  options: readonly Option<V>[];
  value: V | undefined;
  onChange(value: V): void;
  error?: string;
  testId?: string;
  className?: string;
}

/** A radio group as a row of toggle-like labels (native radios: arrow keys move the choice). */
export function ChoiceGroup<V extends string | number>(props: Props<V>) {
  const { legend, hint, name, options, value, onChange, error, testId, className } = props;
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset
      className={`pl-choice-group ${className ?? ''}${error ? ' pl-field-invalid' : ''}`}
      role="radiogroup"
      aria-labelledby={`${id}-legend`}
      aria-describedby={describedBy || undefined}
      aria-invalid={error ? true : undefined}
      data-testid={testId}
    >
      <legend id={`${id}-legend`}>{legend}</legend>
      <div className="pl-choice-options">
        {options.map((option) => (
          <label key={option.value} className="pl-choice">
            <input
              type="radio"
              className="pl-visually-hidden"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            {option.display ? (
              <>
                <span aria-hidden="true">{option.display}</span>
                <span className="pl-visually-hidden">{option.label}</span>
              </>
            ) : (
              option.label
            )}
          </label>
        ))}
      </div>
      {hint && (
        <p id={`${id}-hint`} className="pl-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="pl-field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
