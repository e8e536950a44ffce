import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { AsyncState } from '@/components/common/use-async';
import { FORMULA as HEALTH_FORMULA } from '@/lib/kpi/health';
import { KPI_TEMPLATES, type KpiTemplate } from '@/lib/kpi/templates';
import { callBackground } from '@/lib/messaging/client';
import type { KpiView } from '@/lib/messaging/kpi-schemas';
import type { KpiDefinition } from '@/lib/model/kpi-definition';
import { messageOf } from './kpi-display';
import { copyName, copyOfKpi } from './kpi-form-values';
import { KpiForm } from './KpiForm';
import { KpiTable, type RowAction } from './KpiTable';

interface Props {
  partnerId: string;
  partnerName?: string;
}

export interface KpiData {
  definitions: KpiDefinition[];
  view: KpiView;
}

type Editor = { mode: 'create' } | { mode: 'edit'; kpiId: string };

/** Where the focus goes once the table shows the result of an action. */
interface FocusRequest {
  kpiId?: string;
  /** `data-action` values, the first enabled one wins. */
  actions: string[];
}

type Notice = { tone: 'status' | 'error'; text: string };

async function loadKpiData(partnerId: string): Promise<KpiData> {
  const [definitions, view] = await Promise.all([
    callBackground('kpis.list', { partnerId }),
    callBackground('kpis.view', { partnerId }),
  ]);
  return { definitions, view };
}

const plural = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;

/**
 * A partner's KPI setup in the options page: health score, the KPI table with value, status,
 * trend and reason, row actions, templates, and the create/edit form with its live preview.
 */
export function PartnerKpis({ partnerId, partnerName }: Props) {
  const titleId = useId();
  const sectionRef = useRef<HTMLElement>(null);
  const [state, setState] = useState<AsyncState<KpiData>>({ status: 'loading' });
  const [editor, setEditor] = useState<Editor | null>(null);
  const [manualFor, setManualFor] = useState<string | null>(null);
  const [confirmingDelete, setConfirmingDelete] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const busyRef = useRef(false);
  const mounted = useRef(true);
  /** The control that opened the form, to return the focus there when it closes. */
  const openerRef = useRef<FocusRequest>({ actions: ['add'] });

  const load = useCallback(async () => {
    try {
      const data = await loadKpiData(partnerId);
      if (mounted.current) setState({ status: 'ready', data });
    } catch (error) {
      if (mounted.current) {
        setState({ status: 'error', message: messageOf(error, 'The KPIs could not be loaded.') });
      }
    }
  }, [partnerId]);

  useEffect(() => {
    mounted.current = true;
    void load();
    return () => {
      mounted.current = false;
    };
  }, [load]);

  // Back from the tracker tab, the cache may hold newer items: recompute quietly.
  useEffect(() => {
    const refresh = () => {
      if (document.visibilityState === 'visible' && !busyRef.current) void load();
    };
    document.addEventListener('visibilitychange', refresh);
    return () => document.removeEventListener('visibilitychange', refresh);
  }, [load]);

  useEffect(() => {
    if (!focusRequest || state.status !== 'ready') return;
    const root = sectionRef.current;
    const scope = focusRequest.kpiId
      ? root?.querySelector(`[data-testid="pl-kpi-row"][data-kpi-id="${focusRequest.kpiId}"]`)
      : root;
    for (const action of focusRequest.actions) {
      const target = scope?.querySelector<HTMLElement>(`[data-action="${action}"]`);
      if (target && !target.hasAttribute('disabled')) {
        target.focus();
        break;
      }
    }
    setFocusRequest(null);
  }, [focusRequest, state]);

  // `#/partners/<id>/kpis` (e.g. from the sidebar's "Set up KPIs") brings this section into view.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const revealed = useRef(false);
  useEffect(() => {
    if (revealed.current || state.status === 'loading') return;
    revealed.current = true;
    if (/\/kpis\/?$/.test(location.hash)) {
      headingRef.current?.scrollIntoView?.({ block: 'start' });
      headingRef.current?.focus({ preventScroll: true });
    }
  }, [state.status]);

  const retry = () => {
    setState({ status: 'loading' });
    void load();
  };

  /** Runs one change at a time; reports failures in words. */
  const run = async (label: string, change: () => Promise<void>) => {
    if (busyRef.current) return;
    busyRef.current = true;
    setBusy(label);
    setNotice(null);
    try {
      await change();
    } catch (error) {
      setNotice({ tone: 'error', text: messageOf(error, `${label} failed.`) });
    } finally {
      busyRef.current = false;
      if (mounted.current) setBusy(null);
    }
  };

  const openCreate = () => {
    openerRef.current = { actions: ['add'] };
    setManualFor(null);
    setConfirmingDelete(null);
    setEditor({ mode: 'create' });
  };

  const closeEditor = () => {
    setEditor(null);
    setFocusRequest(openerRef.current);
  };

  const applyTemplate = (template: KpiTemplate) =>
    run(`Applying ${template.name}`, async () => {
      await callBackground('kpis.applyTemplate', { partnerId, templateId: template.id });
      await load();
      setNotice({
        tone: 'status',
        text: `Added ${plural(template.kpis.length, 'KPI', 'KPIs')} from ${template.name}. Edit them to fit your agreement.`,
      });
      setFocusRequest({ actions: ['add'] });
    });

  const onRowAction = (action: RowAction, kpi: KpiDefinition) => {
    if (state.status !== 'ready') return;
    const definitions = state.data.definitions;
    const ids = definitions.map((definition) => definition.id);
    const index = ids.indexOf(kpi.id);
    switch (action) {
      case 'edit':
        openerRef.current = { kpiId: kpi.id, actions: ['edit'] };
        setManualFor(null);
        setConfirmingDelete(null);
        setEditor({ mode: 'edit', kpiId: kpi.id });
        return;
      case 'manual':
        setConfirmingDelete(null);
        setManualFor(manualFor === kpi.id ? null : kpi.id);
        return;
      case 'delete':
        setManualFor(null);
        setConfirmingDelete(kpi.id);
        return;
      case 'keep':
        setConfirmingDelete(null);
        setFocusRequest({ kpiId: kpi.id, actions: ['delete'] });
        return;
      case 'confirm-delete':
        void run(`Deleting ${kpi.name}`, async () => {
          await callBackground('kpis.delete', { id: kpi.id });
          setConfirmingDelete(null);
          if (editor?.mode === 'edit' && editor.kpiId === kpi.id) setEditor(null);
          await load();
          setNotice({ tone: 'status', text: `Deleted ${kpi.name}.` });
          const next = definitions[index + 1] ?? definitions[index - 1];
          setFocusRequest(next ? { kpiId: next.id, actions: ['delete'] } : { actions: ['add'] });
        });
        return;
      case 'move-up':
      case 'move-down': {
        const to = action === 'move-up' ? index - 1 : index + 1;
        if (index < 0 || to < 0 || to >= ids.length) return;
        const reordered = [...ids];
        [reordered[index], reordered[to]] = [reordered[to]!, reordered[index]!];
        void run(`Moving ${kpi.name}`, async () => {
          await callBackground('kpis.reorder', { partnerId, ids: reordered });
          await load();
          setNotice({
            tone: 'status',
            text: `Moved ${kpi.name} ${action === 'move-up' ? 'up' : 'down'}: now ${to + 1} of ${ids.length}.`,
          });
          const other = action === 'move-up' ? 'move-down' : 'move-up';
          setFocusRequest({ kpiId: kpi.id, actions: [action, other] });
        });
        return;
      }
      case 'duplicate':
        void run(`Duplicating ${kpi.name}`, async () => {
          const name = copyName(
            kpi.name,
            definitions.map((definition) => definition.name),
          );
          const saved = await callBackground('kpis.save', copyOfKpi(kpi, name));
          const order = [...ids];
          order.splice(index + 1, 0, saved.id);
          await callBackground('kpis.reorder', { partnerId, ids: order });
          await load();
          setNotice({ tone: 'status', text: `Added ${saved.name}, a copy of ${kpi.name}.` });
          setFocusRequest({ kpiId: saved.id, actions: ['edit'] });
        });
        return;
    }
  };

  const data = state.status === 'ready' ? state.data : null;
  const editing =
    editor?.mode === 'edit' ? data?.definitions.find((kpi) => kpi.id === editor.kpiId) : undefined;
  const empty = data !== null && data.definitions.length === 0;

  return (
    <section
      ref={sectionRef}
      className="pl-kpi-setup"
      aria-labelledby={titleId}
      data-testid="pl-kpis"
      aria-busy={busy !== null}
    >
      <h3 id={titleId} ref={headingRef} tabIndex={-1}>
        KPIs
      </h3>
      <p className="pl-hint">
        Goals agreed with {partnerName ?? 'the partner'}, measured from the tracker data Partner
        Lens has cached, from feedback and milestones, or entered by hand.
      </p>

      <p className="pl-kpi-notice" role="status" aria-live="polite">
        {notice?.tone === 'status' ? notice.text : busy ? `${busy}…` : ''}
      </p>
      {notice?.tone === 'error' && (
        <p className="pl-form-error" role="alert">
          {notice.text}
        </p>
      )}

      {state.status === 'loading' && <p role="status">Loading KPIs…</p>}
      {state.status === 'error' && (
        <div className="pl-form-error" role="alert">
          <p>{state.message}</p>
          <button type="button" className="pl-button-secondary" onClick={retry}>
            Try again
          </button>
        </div>
      )}

      {empty && (
        <div className="pl-kpi-empty" data-testid="pl-kpis-empty">
          <h4>No KPIs yet</h4>
          <p>
            Start from a template and adjust it, or add a KPI of your own. Each KPI gets a target
            and amber and red thresholds, and shows its status wherever this partner’s work appears.
          </p>
          <TemplateButtons onApply={applyTemplate} disabled={busy !== null} />
          {editor?.mode !== 'create' && (
            <div className="pl-actions">
              <button
                type="button"
                className="pl-button-secondary"
                data-action="add"
                onClick={openCreate}
              >
                Add KPI
              </button>
            </div>
          )}
        </div>
      )}

      {data && !empty && (
        <>
          <HealthScore view={data.view} />
          <KpiTable
            partnerName={partnerName}
            definitions={data.definitions}
            view={data.view}
            manualFor={manualFor}
            confirmingDelete={confirmingDelete}
            busy={busy !== null}
            onAction={onRowAction}
            onManualSaved={(kpi, measurement) => {
              setManualFor(null);
              setNotice({
                tone: 'status',
                text: `Saved ${measurement.value ?? ''} for ${kpi.name} on ${measurement.date}.`,
              });
              void load().then(() => setFocusRequest({ kpiId: kpi.id, actions: ['manual'] }));
            }}
            onManualCancel={(kpi) => {
              setManualFor(null);
              setFocusRequest({ kpiId: kpi.id, actions: ['manual'] });
            }}
          />
          <p className="pl-meta">
            Computed {new Date(data.view.asOf).toLocaleString()} from{' '}
            {plural(data.view.itemCount, 'cached tracker item', 'cached tracker items')}.
          </p>
          {editor?.mode !== 'create' && (
            <div className="pl-actions">
              <button
                type="button"
                className="pl-button-secondary"
                data-action="add"
                onClick={openCreate}
              >
                Add KPI
              </button>
            </div>
          )}
          <details className="pl-kpi-templates">
            <summary>Add KPIs from a template</summary>
            <TemplateButtons onApply={applyTemplate} disabled={busy !== null} />
          </details>
        </>
      )}

      {data && (editor?.mode === 'create' || editing) && (
        <KpiForm
          key={editing?.id ?? 'new'}
          partnerId={partnerId}
          partnerName={partnerName}
          kpi={editing}
          itemCount={data.view.itemCount}
          onCancel={closeEditor}
          onSaved={(saved) => {
            setEditor(null);
            setNotice({ tone: 'status', text: `Saved ${saved.name}.` });
            void load().then(() => setFocusRequest({ kpiId: saved.id, actions: ['edit'] }));
          }}
        />
      )}
    </section>
  );
}

function TemplateButtons({
  onApply,
  disabled,
}: {
  onApply(template: KpiTemplate): void;
  disabled: boolean;
}) {
  return (
    <ul className="pl-kpi-template-list">
      {KPI_TEMPLATES.map((template) => (
        <li key={template.id}>
          <button
            type="button"
            className="pl-button-primary"
            onClick={() => onApply(template)}
            aria-disabled={disabled || undefined}
          >
            Apply {template.name}
          </button>
          <p className="pl-hint">
            {template.description} {plural(template.kpis.length, 'KPI', 'KPIs')}:{' '}
            {template.kpis.map((kpi) => kpi.name).join(', ')}.
          </p>
        </li>
      ))}
    </ul>
  );
}

function HealthScore({ view }: { view: KpiView }) {
  const { score, detail } = view.health;
  const band = score === null ? 'none' : score >= 75 ? 'green' : score >= 50 ? 'amber' : 'red';
  return (
    <div
      className={`pl-kpi-health pl-kpi-health-${band}`}
      data-testid="pl-kpi-health"
      data-score={score === null ? '' : Math.round(score)}
    >
      <p className="pl-kpi-health-line">
        <span>Health score</span>{' '}
        <strong className="pl-kpi-health-score">
          {score === null ? 'not enough data' : `${Math.round(score)} / 100`}
        </strong>{' '}
        <span className="pl-meta">{detail}</span>
      </p>
      <p className="pl-hint">{HEALTH_FORMULA}.</p>
    </div>
  );
}
