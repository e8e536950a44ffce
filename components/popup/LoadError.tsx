/** A list that could not be loaded: the reason, and a way to try again. */
export function LoadError({ message, onRetry }: { message: string; onRetry(): void }) {
  return (
    <div className="pl-form-error" role="alert">
      <p>{message}</p>
      <button type="button" className="pl-button-secondary" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
