import { useId, type ReactElement, cloneElement } from 'react';

interface Props {
  label: string;
  hint?: string;
  error?: string;
  /** A single input, select or textarea; it receives id and ARIA attributes. */
  children: ReactElement<Record<string, unknown>>;
}

/** A labelled form control with its hint and inline error, wired for screen readers. */
export function Field({ label, hint, error, children }: Props) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className={`pl-field${error ? ' pl-field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, {
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy || undefined,
      })}
      {hint && (
        <p id={hintId} className="pl-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="pl-field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
