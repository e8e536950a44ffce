/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { callBackground } from '@/lib/messaging/client';
import type { Feedback } from '@/lib/model/feedback';
import type { Partner } from '@/lib/model/partner';
import { CSV_BOM } from '@/lib/report/feedback-csv';
import { answerCalls, type CallMock } from '../kpi/kpi-test-fixtures';
import { downloadText } from './download-file';
import { FeedbackHistory } from './FeedbackHistory';

vi.mock('@/lib/messaging/client', () => ({ callBackground: vi.fn() }));
vi.mock('./download-file', () => ({ downloadText: vi.fn() }));
const call = callBackground as unknown as CallMock;
const download = downloadText as unknown as ReturnType<typeof vi.fn>;

const ACME = '11111111-1111-4111-8111-111111111111';
const GLOBEX = '22222222-2222-4222-8222-222222222222';

function partner(id: string, name: string): Partner {
  return {
    id,
    name,
    status: 'active',
    contacts: [],
    emailDomains: [],
    expertise: [],
    notes: '',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    hlc: '1',
    deviceId: 'd',
    deleted: false,
  } as Partner;
}
const partners = {
  status: 'ready' as const,
  data: [partner(ACME, 'Acme'), partner(GLOBEX, 'Globex')],
};

let n = 0;
function entry(fields: Partial<Feedback>): Feedback {
  n += 1;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    partnerId: ACME,
    rating: 4,
    kind: 'praise',
    categories: [],
    note: '',
    givenAt: '2026-01-15T10:00:00.000Z',
    createdAt: '2026-01-15T10:00:00.000Z',
    updatedAt: '2026-01-15T10:00:00.000Z',
    hlc: '1',
    deviceId: 'd',
    deleted: false,
    ...fields,
  };
}

const praise = entry({ kind: 'praise', itemKey: 'ACME-1', givenAt: '2026-01-20T10:00:00.000Z' });
const issue = entry({ kind: 'issue', itemKey: 'ACME-2', note: '=cmd' });
const globex = entry({ partnerId: GLOBEX, kind: 'issue', givenAt: '2026-01-10T10:00:00.000Z' });
const all = [praise, issue, globex];

const shownIds = () =>
  screen.queryAllByTestId('pl-history-entry').map((li) => li.getAttribute('data-feedback-id'));

beforeEach(() => {
  answerCalls(call, {
    'feedback.list': (params) =>
      params.partnerId ? all.filter((f) => f.partnerId === params.partnerId) : all,
  });
});

afterEach(() => {
  cleanup();
  history.replaceState(null, '', '#');
});

describe('FeedbackHistory', () => {
  it('reads the filter from the address and writes changes back without a new history entry', async () => {
    history.replaceState(null, '', `#/partners/${ACME}/feedback?kind=issue`);
    const length = history.length;
    render(<FeedbackHistory partnerId={ACME} partners={partners} />);
    await waitFor(() => expect(shownIds()).toEqual([issue.id]));
    expect(screen.getByTestId('pl-history-count').textContent).toBe('1 of 2 entries');
    expect(call).toHaveBeenCalledWith('feedback.list', { partnerId: ACME });

    const filters = within(screen.getByTestId('pl-history-filters'));
    fireEvent.change(filters.getByLabelText('Kind'), { target: { value: '' } });
    fireEvent.change(filters.getByLabelText('Item'), { target: { value: 'acme-1' } });
    await waitFor(() => expect(shownIds()).toEqual([praise.id]));
    expect(location.hash).toBe(`#/partners/${ACME}/feedback?item=acme-1`);
    expect(history.length).toBe(length);
  });

  it('follows a navigation to another filter', async () => {
    history.replaceState(null, '', '#/feedback');
    render(<FeedbackHistory partnerId={null} partners={partners} />);
    await waitFor(() => expect(shownIds()).toEqual([praise.id, issue.id, globex.id]));
    history.replaceState(null, '', `#/feedback?partner=${GLOBEX}`);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await waitFor(() => expect(shownIds()).toEqual([globex.id]));
    expect(call).toHaveBeenLastCalledWith('feedback.list', { partnerId: GLOBEX });
  });

  it('exports the entries shown, named after the partner', async () => {
    history.replaceState(null, '', `#/partners/${ACME}/feedback?kind=issue`);
    render(<FeedbackHistory partnerId={ACME} partners={partners} />);
    await waitFor(() => expect(shownIds()).toEqual([issue.id]));
    fireEvent.click(screen.getByTestId('pl-history-export'));
    expect(download).toHaveBeenCalledTimes(1);
    const [fileName, csv, type] = download.mock.calls[0]!;
    expect(fileName).toMatch(/^partner-lens-feedback-acme-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(type).toBe('text/csv;charset=utf-8');
    const lines = (csv as string).split('\r\n');
    expect(lines[0]!.startsWith(CSV_BOM)).toBe(true);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(",Acme,4,Issue,,ACME-2,,,,'=cmd");
  });

  it('says when the partner has no feedback yet', async () => {
    answerCalls(call, { 'feedback.list': () => [] });
    history.replaceState(null, '', `#/partners/${GLOBEX}/feedback`);
    render(<FeedbackHistory partnerId={GLOBEX} partners={partners} />);
    expect((await screen.findByTestId('pl-history-empty')).textContent).toContain(
      'No feedback yet for Globex — give some from the popup or the sidebar.',
    );
    expect(screen.getByTestId<HTMLButtonElement>('pl-history-export').disabled).toBe(true);
  });
});
