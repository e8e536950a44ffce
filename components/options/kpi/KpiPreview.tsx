import { useId } from 'react';
import { dateText, targetText, valueText } from './kpi-display';
import { KpiStatusBadge } from './KpiStatusBadge';
import type { KpiPreviewState } from './use-kpi-preview';

interface Props {
  state: KpiPreviewState;
  onRetry(): void;
  /** Whether the form shows at least one error (else it lists what is missing). */
  hasVisibleErrors: boolean;
  /** Labels of fields still to fill in while their errors are not shown yet. */
  missing: readonly string[];
  /** Cached tracker items of the partner (null while unknown). */
  itemCount: number | null;
  /** Whether the metric reads tracker items (then an empty cache explains an empty value). */
  usesItems: boolean;
}

const listText = (labels: readonly string[]) =>
  labels.length <= 1
    ? (labels[0] ?? 'the fields')
    : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;

/** Value and status of the KPI being edited, against the data cached now; nothing is stored. */
export function KpiPreview({
  state,
  onRetry,
  hasVisibleErrors,
  missing,
  itemCount,
  usesItems,
}: Props) {
  const titleId = useId();
  const shown =
    state.phase === 'ready' ? state.result : state.phase === 'invalid' ? null : state.last;
  const status = shown?.status ?? 'none';
  return (
    <section
      className={`pl-kpi-preview pl-kpi-preview-${status}`}
      data-testid="pl-kpi-preview"
      data-status={status}
      data-phase={state.phase}
      aria-labelledby={titleId}
    >
      <h5 id={titleId}>Live preview</h5>
      <p className="pl-hint">Against the tracker data cached now; nothing is saved.</p>
      <div
        className="pl-kpi-preview-body"
        role="status"
        aria-live="polite"
        aria-atomic="true"
        aria-busy={state.phase === 'loading'}
      >
        {state.phase === 'invalid' && (
          <p data-testid="pl-kpi-preview-message">
            {hasVisibleErrors || missing.length === 0
              ? 'Fix the highlighted fields to see a preview'
              : `Fill in the ${listText(missing.map((label) => label.toLowerCase()))} to see a preview`}
          </p>
        )}
        {state.phase === 'loading' && !shown && <p>Computing the preview…</p>}
        {shown && (
          <>
            <p className="pl-kpi-preview-value">
              <strong data-testid="pl-kpi-preview-value">
                {valueText(shown.value, shown.unit)}
              </strong>{' '}
              <span className="pl-meta">
                {targetText(shown.target, shown.unit, shown.direction)}
              </span>
            </p>
            <KpiStatusBadge status={shown.status} />
            <p className="pl-kpi-preview-reason" data-testid="pl-kpi-preview-reason">
              {shown.reason}
            </p>
            {shown.detail && shown.detail !== shown.reason && (
              <p className="pl-meta">{shown.detail}</p>
            )}
            <p className="pl-meta">
              Window: {dateText(shown.window.startDate)} – {dateText(shown.window.endDate)}
            </p>
          </>
        )}
      </div>
      {state.phase === 'loading' && shown && (
        <p className="pl-meta" aria-hidden="true">
          Updating…
        </p>
      )}
      {state.phase === 'error' && (
        <div className="pl-form-error" role="alert">
          <p>{state.message}</p>
          <button type="button" className="pl-button-secondary" onClick={onRetry}>
            Try the preview again
          </button>
        </div>
      )}
      {usesItems && itemCount === 0 && (
        <p className="pl-hint">
          No tracker data is cached for this partner yet. Open one of its projects or boards in
          Jira, Asana or Trello; Partner Lens reads the work there and the values fill in.
        </p>
      )}
    </section>
  );
}
