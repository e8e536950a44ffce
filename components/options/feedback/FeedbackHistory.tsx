import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { z } from 'zod';
import { Field } from '@/components/common/Field';
import type { AsyncState } from '@/components/common/use-async';
import { callBackground } from '@/lib/messaging/client';
import type { Feedback } from '@/lib/model/feedback';
import type { Partner } from '@/lib/model/partner';
import { feedbackCsvFileName, feedbackToCsv } from '@/lib/report/feedback-csv';
import {
  filterFeedback,
  filterFromQuery,
  filterToQuery,
  isFilterActive,
  localTimeZone,
  type FeedbackFilter,
} from '@/lib/report/feedback-filter';
import { downloadText } from './download-file';
import { FeedbackEntry } from './FeedbackEntry';
import { FeedbackFilters } from './FeedbackFilters';
import { FeedbackForm } from './FeedbackForm';
import { feedbackToInput, isoToLocalInput } from './feedback-form-values';
import './feedback-history.css';

interface Props {
  /** The partner of `#/partners/<id>/feedback`; null on `#/feedback`, which has a selector. */
  partnerId: string | null;
  partners: AsyncState<Partner[]>;
}

interface HistoryView {
  /** The partner chosen on `#/feedback` (null: all partners). */
  partner: string | null;
  filter: FeedbackFilter;
}

type Notice =
  | { tone: 'status'; text: string; undo?: Feedback }
  | { tone: 'error'; text: string; undo?: undefined };

/** What to focus once the list has re-rendered. */
type FocusRequest = { entryId: string; action: 'edit' | 'delete' | 'keep' } | 'add' | 'undo' | null;

const partnerParam = z.uuid();

/** Reads the partner and the filter from the page's hash query. */
function readHash(): HistoryView {
  const query = location.hash.split('?')[1] ?? '';
  const params = new URLSearchParams(query);
  const partner = partnerParam.safeParse(params.get('partner'));
  return { partner: partner.success ? partner.data : null, filter: filterFromQuery(params) };
}

function hashOf(partnerId: string | null, view: HistoryView): string {
  const base = partnerId ? `#/partners/${partnerId}/feedback` : '#/feedback';
  const params = new URLSearchParams();
  if (!partnerId && view.partner) params.set('partner', view.partner);
  for (const [key, value] of filterToQuery(view.filter)) params.set(key, value);
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}

const entriesText = (count: number) => (count === 1 ? 'entry' : 'entries');

/**
 * The feedback given to one partner (or all), newest first: filter by kind, category, days
 * and item; edit, delete (with undo) and add entries; export what is shown as CSV. The
 * filter lives in the URL so that a filtered view can be bookmarked and reloaded.
 */
export function FeedbackHistory({ partnerId: fixedPartnerId, partners }: Props) {
  const titleId = useId();
  const sectionRef = useRef<HTMLElement>(null);
  const addButtonRef = useRef<HTMLButtonElement>(null);
  const timeZone = useMemo(localTimeZone, []);
  const [view, setView] = useState<HistoryView>(readHash);
  const selectedPartnerId = fixedPartnerId ?? view.partner;

  // Filter changes replace the hash without a `hashchange` (no history entry per keystroke);
  // a real navigation (back, a link, an edited address) reads the hash again.
  useEffect(() => {
    const onHashChange = () => setView(readHash());
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  const changeView = (next: HistoryView) => {
    setView(next);
    history.replaceState(history.state, '', hashOf(fixedPartnerId, next));
  };

  const [list, setList] = useState<
    | { status: 'loading' }
    | { status: 'error'; message: string }
    | { status: 'ready'; data: Feedback[] }
  >({ status: 'loading' });
  const [listPartner, setListPartner] = useState<string | null | undefined>(undefined);
  const request = useRef(0);
  const load = useCallback(async () => {
    const current = ++request.current;
    try {
      const data = await callBackground(
        'feedback.list',
        selectedPartnerId ? { partnerId: selectedPartnerId } : {},
      );
      if (current !== request.current) return;
      setList({ status: 'ready', data });
      setListPartner(selectedPartnerId);
    } catch (error) {
      if (current !== request.current) return;
      setList({
        status: 'error',
        message: error instanceof Error ? error.message : 'The feedback could not be loaded.',
      });
      setListPartner(selectedPartnerId);
    }
  }, [selectedPartnerId]);
  useEffect(() => {
    void load();
    return () => {
      request.current += 1;
    };
  }, [load]);

  const [adding, setAdding] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [confirmingId, setConfirmingId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [focusRequest, setFocusRequest] = useState<FocusRequest>(null);

  const partnerList = useMemo(() => (partners.status === 'ready' ? partners.data : []), [partners]);
  const partnerNames = useMemo(
    () => new Map(partnerList.map((partner) => [partner.id, partner.name])),
    [partnerList],
  );
  // Shown while the list of another partner is still loading: nothing rather than stale data.
  const entries = list.status === 'ready' && listPartner === selectedPartnerId ? list.data : null;
  const shown = useMemo(
    () => (entries ? filterFeedback(entries, view.filter, timeZone) : []),
    [entries, view.filter, timeZone],
  );

  useEffect(() => {
    if (!focusRequest) return;
    const root = sectionRef.current;
    let target: HTMLElement | null | undefined = null;
    if (focusRequest === 'add') target = addButtonRef.current;
    else if (focusRequest === 'undo') target = root?.querySelector('[data-action="undo"]');
    else {
      target = root?.querySelector(
        `[data-feedback-id="${focusRequest.entryId}"] [data-action="${focusRequest.action}"]`,
      );
    }
    (target ?? addButtonRef.current)?.focus();
    setFocusRequest(null);
  }, [focusRequest, shown, notice]);

  if (partners.status === 'loading') return <p role="status">Loading partners…</p>;
  if (partners.status === 'error') return <p role="alert">{partners.message}</p>;
  const fixedPartner = fixedPartnerId
    ? partnerList.find((partner) => partner.id === fixedPartnerId)
    : undefined;
  if (fixedPartnerId && !fixedPartner) {
    return (
      <p className="pl-empty" role="alert">
        This partner does not exist any more. Choose another partner on the left.
      </p>
    );
  }
  const selectedName = selectedPartnerId ? partnerNames.get(selectedPartnerId) : undefined;

  const run = async (work: () => Promise<void>, failure: string) => {
    if (busy) return;
    setBusy(true);
    try {
      await work();
    } catch (error) {
      setNotice({ tone: 'error', text: error instanceof Error ? error.message : failure });
    } finally {
      setBusy(false);
    }
  };

  const remove = (entry: Feedback) =>
    run(async () => {
      await callBackground('feedback.delete', { id: entry.id });
      setConfirmingId(null);
      await load();
      setNotice({ tone: 'status', text: 'Feedback deleted.', undo: entry });
      setFocusRequest('undo');
    }, 'The feedback could not be deleted. Try again.');

  const undo = (entry: Feedback) =>
    run(async () => {
      await callBackground('feedback.save', feedbackToInput(entry));
      await load();
      setNotice({ tone: 'status', text: 'Feedback restored.' });
      setFocusRequest({ entryId: entry.id, action: 'delete' });
    }, 'The feedback could not be restored. Try again.');

  const exportCsv = () => {
    const csv = feedbackToCsv(shown, { partnerNames, timeZone });
    const today = isoToLocalInput(new Date().toISOString()).slice(0, 10);
    const fileName = feedbackCsvFileName(selectedName ?? null, today);
    downloadText(fileName, csv, 'text/csv;charset=utf-8');
    setNotice({
      tone: 'status',
      text: `Exported ${shown.length} ${entriesText(shown.length)} to ${fileName}.`,
    });
  };

  const title = fixedPartner ? `Feedback for ${fixedPartner.name}` : 'Feedback';
  const defaultPartnerId = selectedPartnerId ?? partnerList[0]?.id ?? '';
  const total = entries?.length ?? 0;

  return (
    <section
      ref={sectionRef}
      className="pl-feedback-history"
      aria-labelledby={titleId}
      aria-busy={list.status === 'loading' || busy}
      data-testid="pl-feedback-history"
    >
      <h2 id={titleId}>{title}</h2>
      {fixedPartner && (
        <p className="pl-meta">
          <a href={`#/partners/${fixedPartner.id}`}>Back to {fixedPartner.name}</a>
        </p>
      )}
      <p className="pl-hint">
        Feedback you gave, newest first. It stays in your browser and is never written to Jira,
        Asana or Trello.
      </p>

      {notice && (
        <div
          className={notice.tone === 'error' ? 'pl-form-error' : 'pl-history-notice'}
          role={notice.tone === 'error' ? 'alert' : 'status'}
          data-testid="pl-history-notice"
        >
          <span>{notice.text}</span>
          {notice.undo && (
            <button
              type="button"
              className="pl-button-secondary"
              data-action="undo"
              disabled={busy}
              onClick={() => notice.undo && void undo(notice.undo)}
            >
              Undo
            </button>
          )}
        </div>
      )}

      <div className="pl-actions">
        <button
          ref={addButtonRef}
          type="button"
          className="pl-button-primary"
          aria-expanded={adding}
          disabled={partnerList.length === 0}
          onClick={() => {
            setEditingId(null);
            setAdding((open) => !open);
          }}
        >
          Add feedback
        </button>
        <button
          type="button"
          className="pl-button-secondary"
          data-testid="pl-history-export"
          disabled={shown.length === 0}
          onClick={exportCsv}
        >
          Export CSV
        </button>
        {partnerList.length === 0 && (
          <span className="pl-hint">
            Add a partner first (<a href="#/partners/new">Add partner</a>).
          </span>
        )}
      </div>

      {adding && (
        <FeedbackForm
          defaultPartnerId={defaultPartnerId}
          partners={partnerList}
          onSaved={(saved) => {
            setAdding(false);
            setNotice({ tone: 'status', text: 'Feedback added.' });
            void load().then(() => setFocusRequest({ entryId: saved.id, action: 'edit' }));
          }}
          onCancel={() => {
            setAdding(false);
            setFocusRequest('add');
          }}
        />
      )}

      <FeedbackFilters filter={view.filter} onChange={(filter) => changeView({ ...view, filter })}>
        {fixedPartnerId ? undefined : (
          <Field label="Partner">
            <select
              value={view.partner ?? ''}
              onChange={(event) => {
                const parsed = partnerParam.safeParse(event.target.value);
                changeView({ ...view, partner: parsed.success ? parsed.data : null });
              }}
            >
              <option value="">All partners</option>
              {partnerList.map((partner) => (
                <option key={partner.id} value={partner.id}>
                  {partner.name}
                </option>
              ))}
            </select>
          </Field>
        )}
      </FeedbackFilters>

      {list.status === 'error' && (
        <div role="alert" className="pl-form-error">
          <p>{list.message}</p>
          <button type="button" className="pl-button-secondary" onClick={() => void load()}>
            Try again
          </button>
        </div>
      )}
      {list.status !== 'error' && entries === null && <p role="status">Loading feedback…</p>}
      {entries !== null && (
        <>
          <p className="pl-history-count" role="status" data-testid="pl-history-count">
            {shown.length} of {total} {entriesText(total)}
          </p>
          {total === 0 && (
            <div className="pl-empty" data-testid="pl-history-empty">
              <p>
                {selectedName
                  ? `No feedback yet for ${selectedName} — give some from the popup or the sidebar.`
                  : 'No feedback yet — give some from the popup or the sidebar.'}
              </p>
              {partnerList.length > 0 && <p>Or use Add feedback above.</p>}
            </div>
          )}
          {total > 0 && shown.length === 0 && (
            <div className="pl-empty" data-testid="pl-history-empty">
              <p>No entries match these filters.</p>
              {isFilterActive(view.filter) && (
                <button
                  type="button"
                  className="pl-button-secondary"
                  onClick={() => changeView({ ...view, filter: {} })}
                >
                  Clear filters
                </button>
              )}
            </div>
          )}
          {shown.length > 0 && (
            <ol className="pl-history-list" aria-label="Feedback entries">
              {shown.map((entry) => (
                <li key={entry.id} data-testid="pl-history-entry" data-feedback-id={entry.id}>
                  {editingId === entry.id ? (
                    <FeedbackForm
                      entry={entry}
                      defaultPartnerId={entry.partnerId}
                      partners={partnerList}
                      onSaved={() => {
                        setEditingId(null);
                        setNotice({ tone: 'status', text: 'Feedback saved.' });
                        void load().then(() =>
                          setFocusRequest({ entryId: entry.id, action: 'edit' }),
                        );
                      }}
                      onCancel={() => {
                        setEditingId(null);
                        setFocusRequest({ entryId: entry.id, action: 'edit' });
                      }}
                    />
                  ) : (
                    <FeedbackEntry
                      entry={entry}
                      partnerName={
                        selectedPartnerId
                          ? undefined
                          : (partnerNames.get(entry.partnerId) ?? 'Unknown partner')
                      }
                      confirmingDelete={confirmingId === entry.id}
                      busy={busy}
                      onEdit={() => {
                        setAdding(false);
                        setConfirmingId(null);
                        setEditingId(entry.id);
                      }}
                      onDelete={() => {
                        setConfirmingId(entry.id);
                        setFocusRequest({ entryId: entry.id, action: 'keep' });
                      }}
                      onConfirmDelete={() => void remove(entry)}
                      onKeep={() => {
                        setConfirmingId(null);
                        setFocusRequest({ entryId: entry.id, action: 'delete' });
                      }}
                    />
                  )}
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}
