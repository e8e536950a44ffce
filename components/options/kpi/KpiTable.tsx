import { Fragment, useEffect, useId, useRef } from 'react';
import type { KpiView } from '@/lib/messaging/kpi-schemas';
import { KPI_METRIC_DEFAULTS, type KpiDefinition } from '@/lib/model/kpi-definition';
import type { KpiMeasurement } from '@/lib/model/kpi-measurement';
import { targetText, valueText } from './kpi-display';
import { KpiSparkline } from './KpiSparkline';
import { KpiStatusBadge } from './KpiStatusBadge';
import { ManualEntryForm } from './ManualEntryForm';

export type RowAction =
  'edit' | 'duplicate' | 'move-up' | 'move-down' | 'delete' | 'confirm-delete' | 'keep' | 'manual';

interface Props {
  partnerName?: string;
  definitions: KpiDefinition[];
  view: KpiView;
  manualFor: string | null;
  confirmingDelete: string | null;
  busy: boolean;
  onAction(action: RowAction, kpi: KpiDefinition): void;
  onManualSaved(kpi: KpiDefinition, measurement: KpiMeasurement): void;
  onManualCancel(kpi: KpiDefinition): void;
}

const COLUMNS = 5;

/** The partner's KPIs, one row each: value vs target, status in colour and words, trend, why. */
export function KpiTable({
  partnerName,
  definitions,
  view,
  manualFor,
  confirmingDelete,
  busy,
  onAction,
  onManualSaved,
  onManualCancel,
}: Props) {
  const baseId = useId();
  const results = new Map(view.results.map((result) => [result.kpiId, result]));
  return (
    <div className="pl-kpi-table-wrap">
      <table className="pl-kpi-table" data-testid="pl-kpi-table">
        <caption className="pl-kpi-sr-only">
          KPIs of {partnerName ?? 'the partner'}, in the order the sidebar shows them
        </caption>
        <thead>
          <tr>
            <th scope="col">KPI</th>
            <th scope="col">Value</th>
            <th scope="col">Status</th>
            <th scope="col">Trend</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {definitions.map((kpi, index) => {
            const result = results.get(kpi.id);
            const manualId = `${baseId}-manual-${kpi.id}`;
            return (
              <Fragment key={kpi.id}>
                <tr
                  className={`pl-kpi-row pl-kpi-row-${result?.status ?? 'none'}`}
                  data-testid="pl-kpi-row"
                  data-kpi-id={kpi.id}
                  data-status={result?.status ?? 'none'}
                >
                  <th scope="row" className="pl-kpi-name-cell">
                    <span className="pl-kpi-name" data-testid="pl-kpi-name">
                      {kpi.name}
                    </span>
                    <span className="pl-meta pl-kpi-facts">
                      {KPI_METRIC_DEFAULTS[kpi.metric].label} · last {kpi.windowDays}{' '}
                      {kpi.windowDays === 1 ? 'day' : 'days'} · weight {kpi.weight}
                    </span>
                    <span className="pl-reason pl-kpi-reason" data-testid="pl-kpi-reason">
                      {result ? result.reason : 'Not computed yet'}
                    </span>
                    {result?.detail && result.detail !== result.reason && (
                      <span className="pl-meta pl-kpi-detail">{result.detail}</span>
                    )}
                  </th>
                  <td className="pl-kpi-value-cell">
                    <span
                      className={`pl-kpi-value${result?.value == null ? ' pl-kpi-value-none' : ''}`}
                      data-testid="pl-kpi-value"
                    >
                      {result ? valueText(result.value, result.unit) : '—'}
                    </span>
                    <span className="pl-meta">
                      {targetText(kpi.target, kpi.unit, kpi.direction)}
                    </span>
                  </td>
                  <td>
                    <KpiStatusBadge status={result?.status ?? 'none'} />
                  </td>
                  <td>
                    <KpiSparkline
                      points={view.trends[kpi.id] ?? []}
                      unit={kpi.unit}
                      target={kpi.target}
                    />
                  </td>
                  <td className="pl-kpi-actions-cell">
                    {confirmingDelete === kpi.id ? (
                      <DeleteConfirm kpi={kpi} busy={busy} onAction={onAction} />
                    ) : (
                      <div className="pl-kpi-actions">
                        <ActionButton action="edit" label="Edit" kpi={kpi} onAction={onAction} />
                        {kpi.metric === 'manual' && (
                          <ActionButton
                            action="manual"
                            label="Enter value"
                            kpi={kpi}
                            onAction={onAction}
                            expanded={manualFor === kpi.id}
                            controls={manualFor === kpi.id ? manualId : undefined}
                          />
                        )}
                        <ActionButton
                          action="duplicate"
                          label="Duplicate"
                          kpi={kpi}
                          onAction={onAction}
                        />
                        <span className="pl-kpi-move">
                          <ActionButton
                            action="move-up"
                            label="Move up"
                            glyph="↑"
                            kpi={kpi}
                            onAction={onAction}
                            disabled={index === 0}
                          />
                          <ActionButton
                            action="move-down"
                            label="Move down"
                            glyph="↓"
                            kpi={kpi}
                            onAction={onAction}
                            disabled={index === definitions.length - 1}
                          />
                        </span>
                        <ActionButton
                          action="delete"
                          label="Delete"
                          kpi={kpi}
                          onAction={onAction}
                        />
                      </div>
                    )}
                  </td>
                </tr>
                {manualFor === kpi.id && (
                  <tr className="pl-kpi-subrow" id={manualId}>
                    <td colSpan={COLUMNS}>
                      <ManualEntryForm
                        kpi={kpi}
                        onSaved={(measurement) => onManualSaved(kpi, measurement)}
                        onCancel={() => onManualCancel(kpi)}
                      />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function ActionButton({
  action,
  label,
  kpi,
  onAction,
  disabled,
  expanded,
  controls,
  glyph,
}: {
  action: RowAction;
  label: string;
  /** A symbol shown instead of the label (the label stays the accessible name and tooltip). */
  glyph?: string;
  kpi: KpiDefinition;
  onAction(action: RowAction, kpi: KpiDefinition): void;
  disabled?: boolean;
  expanded?: boolean;
  controls?: string;
}) {
  return (
    <button
      type="button"
      className="pl-button-quiet pl-kpi-action"
      data-action={action}
      disabled={disabled}
      aria-expanded={expanded}
      aria-controls={controls}
      title={glyph ? label : undefined}
      onClick={() => onAction(action, kpi)}
    >
      {glyph ? (
        <>
          <span aria-hidden="true">{glyph}</span>
          <span className="pl-kpi-sr-only">
            {label} {kpi.name}
          </span>
        </>
      ) : (
        <>
          {label}
          <span className="pl-kpi-sr-only"> {kpi.name}</span>
        </>
      )}
    </button>
  );
}

function DeleteConfirm({
  kpi,
  busy,
  onAction,
}: {
  kpi: KpiDefinition;
  busy: boolean;
  onAction(action: RowAction, kpi: KpiDefinition): void;
}) {
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => confirmRef.current?.focus(), []);
  return (
    <div className="pl-confirm pl-kpi-confirm" role="group" aria-label={`Delete ${kpi.name}?`}>
      <span>Delete {kpi.name}?</span>
      <button
        type="button"
        className="pl-button-danger"
        data-action="confirm-delete"
        aria-disabled={busy || undefined}
        onClick={() => onAction('confirm-delete', kpi)}
        ref={confirmRef}
      >
        Yes, delete
      </button>
      <button
        type="button"
        className="pl-button-secondary"
        data-action="keep"
        onClick={() => onAction('keep', kpi)}
      >
        Keep
      </button>
    </div>
  );
}
