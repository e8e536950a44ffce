/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { callBackground } from '@/lib/messaging/client';
import { RpcError } from '@/lib/messaging/errors';
import type { KpiDefinition } from '@/lib/model/kpi-definition';
import { PartnerKpis } from './PartnerKpis';
import {
  answerCalls,
  callsOf,
  KPI_A,
  KPI_B,
  KPI_C,
  kpiDefinition,
  kpiResult,
  kpiView,
  PARTNER_ID,
  SCOPE,
  type CallMock,
} from './kpi-test-fixtures';

vi.mock('@/lib/messaging/client', () => ({ callBackground: vi.fn() }));
const call = callBackground as unknown as CallMock;

const onTime = kpiDefinition({ id: KPI_A, order: 0 });
const overdue = kpiDefinition({
  id: KPI_B,
  name: 'Overdue items',
  metric: 'overdue-items',
  unit: 'items',
  direction: 'lower-is-better',
  target: 0,
  amberThreshold: 0,
  redThreshold: 2,
  weight: 1,
  minSample: 1,
  order: 1,
});
const csat = kpiDefinition({
  id: KPI_C,
  name: 'Customer satisfaction',
  metric: 'manual',
  unit: '/10',
  target: 8,
  amberThreshold: 7,
  redThreshold: 5,
  weight: 1,
  minSample: 1,
  order: 2,
});

/** A small in-memory background: definitions in order, fixed results. */
function fakeBackground(initial: KpiDefinition[]) {
  let definitions = [...initial];
  answerCalls(call, {
    'kpis.list': () => definitions,
    'kpis.view': () =>
      kpiView(
        definitions.map((kpi) =>
          kpi.id === KPI_B
            ? kpiResult(kpi, {
                value: 1,
                status: 'amber',
                reason: '1 item is above the amber threshold of 0 items (target of 0 items)',
                detail:
                  '1 of 5 open items is past the due date; most overdue: ACME-1, due 2026-02-15',
              })
            : kpi.id === KPI_C
              ? kpiResult(kpi, {
                  value: null,
                  sampleSize: 0,
                  status: 'none',
                  reason: 'No values entered in the last 30 days',
                  detail: 'No values entered in the last 30 days',
                })
              : kpiResult(kpi),
        ),
        {
          health: {
            score: 83.33,
            green: 1,
            amber: 1,
            red: 0,
            noData: 1,
            detail: '1 green, 1 amber; 1 KPI without data left out',
          },
          trends: {
            [KPI_A]: [
              { date: '2026-11-26', value: 80, status: 'amber' },
              { date: '2026-11-27', value: null, status: 'none' },
              { date: '2026-11-28', value: 100, status: 'green' },
            ],
            [KPI_B]: [{ date: '2026-11-28', value: 1, status: 'amber' }],
          },
        },
      ),
    'kpis.reorder': (params) => {
      const ids = params.ids as string[];
      definitions = ids.map((id, order) => ({ ...definitions.find((d) => d.id === id)!, order }));
      return definitions;
    },
    'kpis.delete': (params) => {
      definitions = definitions.filter((kpi) => kpi.id !== params.id);
      return { deleted: true };
    },
    'kpis.save': (params) => {
      const saved = kpiDefinition({
        ...(params as Partial<KpiDefinition>),
        id: '77777777-7777-4777-8777-777777777777',
        order: definitions.length,
      });
      definitions = [...definitions, saved];
      return saved;
    },
    'kpis.applyTemplate': () => {
      definitions = [onTime, overdue];
      return definitions;
    },
    'kpis.addManual': (params) => ({
      ...params,
      id: '88888888-8888-4888-8888-888888888888',
      partnerId: PARTNER_ID,
      status: 'green',
      sampleSize: 1,
      source: 'manual',
      enteredBy: 'You',
    }),
    'kpis.preview': () => kpiResult(onTime),
    'scopes.list': () => [SCOPE],
  });
  return { names: () => definitions.map((kpi) => kpi.name) };
}

const rows = () => screen.getAllByTestId('pl-kpi-row');
const row = (name: string) => rows().find((r) => r.textContent?.includes(name))!;
const button = (scope: HTMLElement, name: RegExp) => within(scope).getByRole('button', { name });

function renderKpis() {
  return render(<PartnerKpis partnerId={PARTNER_ID} partnerName="Acme Corp" />);
}

beforeEach(() => {
  call.mockReset();
});
afterEach(cleanup);

describe('PartnerKpis', () => {
  it('shows each KPI with value vs target, status in colour and words, trend and reason, and the health score', async () => {
    fakeBackground([onTime, overdue, csat]);
    renderKpis();
    expect(screen.getByText('Loading KPIs…')).toBeTruthy();
    await waitFor(() => expect(rows()).toHaveLength(3));

    expect(rows().map((r) => r.dataset.status)).toEqual(['green', 'amber', 'none']);
    const first = rows()[0]!;
    expect(within(first).getByTestId('pl-kpi-value').textContent).toBe('100%');
    expect(within(first).getByText('Target 90% or more')).toBeTruthy();
    expect(within(first).getByTestId('pl-kpi-status').textContent).toBe('On track');
    expect(within(first).getByTestId('pl-kpi-reason').textContent).toBe(
      '100% meets the target of 90%',
    );
    expect(within(first).getByRole('img').getAttribute('aria-label')).toBe(
      'Trend over 3 days: 80% → 100%, target 90%',
    );

    const second = rows()[1]!;
    expect(within(second).getByTestId('pl-kpi-value').textContent).toBe('1 item');
    expect(within(second).getByText('Target 0 items or less')).toBeTruthy();
    expect(within(second).getByTestId('pl-kpi-status').textContent).toBe('At risk');
    expect(within(second).getByTestId('pl-kpi-trend').textContent).toBe('No trend yet');
    expect(within(second).getByText(/most overdue: ACME-1/)).toBeTruthy();

    const third = rows()[2]!;
    expect(within(third).getByTestId('pl-kpi-value').textContent).toBe('No value');
    expect(within(third).getByTestId('pl-kpi-status').textContent).toBe('No data');

    const health = screen.getByTestId('pl-kpi-health');
    expect(health.textContent).toContain('83 / 100');
    expect(health.textContent).toContain('1 green, 1 amber; 1 KPI without data left out');
    expect(screen.getByRole('table', { name: /KPIs of Acme Corp/ })).toBeTruthy();

    // Every action names its KPI for screen readers; only the manual KPI takes values.
    expect(button(first, /^Edit On-time delivery$/)).toBeTruthy();
    expect(within(first).queryByRole('button', { name: /Enter value/ })).toBeNull();
    expect(button(third, /^Enter value Customer satisfaction$/)).toBeTruthy();
    expect((button(first, /^Move up/) as HTMLButtonElement).disabled).toBe(true);
    expect((button(third, /^Move down/) as HTMLButtonElement).disabled).toBe(true);
  });

  it('offers the templates and “Add KPI” when the partner has no KPIs, and applies a template in one click', async () => {
    fakeBackground([]);
    renderKpis();
    await screen.findByText('No KPIs yet');
    expect(screen.getByRole('button', { name: 'Apply Support vendor' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add KPI' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Apply Delivery partner basics' }));
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(callsOf(call, 'kpis.applyTemplate')).toEqual([
      { partnerId: PARTNER_ID, templateId: 'delivery-basics' },
    ]);
    expect(screen.getByText(/Added 6 KPIs from Delivery partner basics/)).toBeTruthy();
    expect(screen.queryByText('No KPIs yet')).toBeNull();
  });

  it('says when the KPIs cannot be loaded and loads them again on “Try again”', async () => {
    let fail = true;
    fakeBackground([onTime]);
    const working = call.getMockImplementation()!;
    call.mockImplementation(async (method, params) => {
      if (fail && method === 'kpis.view') {
        throw new RpcError({ code: 'unavailable', message: 'Partner Lens is not responding.' });
      }
      return working(method, params);
    });
    renderKpis();
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Partner Lens is not responding.',
    );
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(rows()).toHaveLength(1));
  });

  it('moves a KPI up and down, keeping the focus on the moved KPI', async () => {
    const background = fakeBackground([onTime, overdue, csat]);
    renderKpis();
    await waitFor(() => expect(rows()).toHaveLength(3));
    fireEvent.click(button(row('On-time delivery'), /^Move down/));
    await waitFor(() =>
      expect(background.names()).toEqual([
        'Overdue items',
        'On-time delivery',
        'Customer satisfaction',
      ]),
    );
    expect(callsOf(call, 'kpis.reorder')[0]).toEqual({
      partnerId: PARTNER_ID,
      ids: [KPI_B, KPI_A, KPI_C],
    });
    await waitFor(() => expect(rows()[1]!.dataset.kpiId).toBe(KPI_A));
    await waitFor(() =>
      expect(document.activeElement).toBe(button(row('On-time delivery'), /^Move down/)),
    );
    expect(screen.getByText('Moved On-time delivery down: now 2 of 3.')).toBeTruthy();

    // At the top, "Move up" is disabled: the focus goes to "Move down".
    fireEvent.click(button(row('On-time delivery'), /^Move up/));
    await waitFor(() => expect(rows()[0]!.dataset.kpiId).toBe(KPI_A));
    await waitFor(() =>
      expect(document.activeElement).toBe(button(row('On-time delivery'), /^Move down/)),
    );
  });

  it('deletes a KPI only after an inline confirmation', async () => {
    fakeBackground([onTime, overdue]);
    renderKpis();
    await waitFor(() => expect(rows()).toHaveLength(2));
    fireEvent.click(button(row('Overdue items'), /^Delete/));
    const confirm = within(row('Overdue items')).getByRole('group', {
      name: 'Delete Overdue items?',
    });
    expect(document.activeElement).toBe(
      within(confirm).getByRole('button', { name: 'Yes, delete' }),
    );
    fireEvent.click(within(confirm).getByRole('button', { name: 'Keep' }));
    expect(callsOf(call, 'kpis.delete')).toHaveLength(0);
    await waitFor(() =>
      expect(document.activeElement).toBe(button(row('Overdue items'), /^Delete/)),
    );

    fireEvent.click(button(row('Overdue items'), /^Delete/));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete' }));
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(callsOf(call, 'kpis.delete')).toEqual([{ id: KPI_B }]);
    expect(screen.getByText('Deleted Overdue items.')).toBeTruthy();
  });

  it('duplicates a KPI right below the original', async () => {
    fakeBackground([onTime, overdue]);
    renderKpis();
    await waitFor(() => expect(rows()).toHaveLength(2));
    fireEvent.click(button(row('On-time delivery'), /^Duplicate/));
    await waitFor(() => expect(rows()).toHaveLength(3));
    const [copy] = callsOf(call, 'kpis.save');
    expect(copy).toMatchObject({
      partnerId: PARTNER_ID,
      name: 'On-time delivery (copy)',
      metric: 'on-time-delivery',
      target: 90,
      weight: 2,
    });
    expect(copy).not.toHaveProperty('id');
    expect(callsOf(call, 'kpis.reorder')[0]!.ids).toEqual([
      KPI_A,
      '77777777-7777-4777-8777-777777777777',
      KPI_B,
    ]);
    expect(rows().map((r) => within(r).getByTestId('pl-kpi-name').textContent)).toEqual([
      'On-time delivery',
      'On-time delivery (copy)',
      'Overdue items',
    ]);
    await waitFor(() => expect(document.activeElement).toBe(button(rows()[1]!, /^Edit/)));
  });

  it('takes a manual value with date and note, with errors next to the field', async () => {
    fakeBackground([csat]);
    renderKpis();
    await waitFor(() => expect(rows()).toHaveLength(1));
    const enter = button(row('Customer satisfaction'), /^Enter value/);
    fireEvent.click(enter);
    expect(enter.getAttribute('aria-expanded')).toBe('true');
    const form = screen.getByRole('form', { name: 'Enter a value for Customer satisfaction' });
    const value = within(form).getByLabelText('Value') as HTMLInputElement;
    await waitFor(() => expect(document.activeElement).toBe(value));
    fireEvent.change(value, { target: { value: 'eight' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save value' }));
    expect(await within(form).findByText('Enter a number')).toBeTruthy();
    expect(value.getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(value, { target: { value: '8.5' } });
    fireEvent.change(within(form).getByLabelText('Date'), { target: { value: '2026-11-20' } });
    fireEvent.change(within(form).getByLabelText('Note (optional)'), {
      target: { value: 'Quarterly survey' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save value' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: /Enter a value/ })).toBeNull());
    expect(callsOf(call, 'kpis.addManual')).toEqual([
      { kpiId: KPI_C, date: '2026-11-20', value: 8.5, note: 'Quarterly survey' },
    ]);
    expect(screen.getByText('Saved 8.5 for Customer satisfaction on 2026-11-20.')).toBeTruthy();
  });

  it('shows the background’s refusal of a manual value next to its field', async () => {
    fakeBackground([csat]);
    const working = call.getMockImplementation()!;
    call.mockImplementation(async (method, params) => {
      if (method === 'kpis.addManual') {
        throw new RpcError({
          code: 'validation',
          message: 'Check the highlighted fields.',
          issues: [{ path: 'date', message: 'Enter the date as YYYY-MM-DD' }],
        });
      }
      return working(method, params);
    });
    renderKpis();
    await waitFor(() => expect(rows()).toHaveLength(1));
    fireEvent.click(button(row('Customer satisfaction'), /^Enter value/));
    const form = screen.getByRole('form', { name: 'Enter a value for Customer satisfaction' });
    fireEvent.change(within(form).getByLabelText('Value'), { target: { value: '9' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save value' }));
    expect(await within(form).findByText('Enter the date as YYYY-MM-DD')).toBeTruthy();
    expect(within(form).getByLabelText('Date').getAttribute('aria-invalid')).toBe('true');
  });

  it('brings the section into view when the address asks for the KPIs', async () => {
    fakeBackground([onTime]);
    location.hash = `#/partners/${PARTNER_ID}/kpis`;
    try {
      renderKpis();
      await waitFor(() => expect(rows()).toHaveLength(1));
      // The focus moves in a passive effect, which may run after the rows are in the DOM.
      await waitFor(() =>
        expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'KPIs' })),
      );
    } finally {
      location.hash = '';
    }
  });

  it('opens the form to add and to edit a KPI, and returns the focus on cancel', async () => {
    fakeBackground([onTime]);
    renderKpis();
    await waitFor(() => expect(rows()).toHaveLength(1));

    fireEvent.click(screen.getByRole('button', { name: 'Add KPI' }));
    expect(screen.getByRole('heading', { name: 'New KPI' })).toBe(document.activeElement);
    expect(screen.queryByRole('button', { name: 'Add KPI' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add KPI' })),
    );

    const edit = button(row('On-time delivery'), /^Edit/);
    fireEvent.click(edit);
    expect(screen.getByRole('heading', { name: 'Edit On-time delivery' })).toBe(
      document.activeElement,
    );
    expect((screen.getByLabelText('Target') as HTMLInputElement).value).toBe('90');
    fireEvent.change(screen.getByLabelText('Target'), { target: { value: '95' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save KPI' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: /Edit/ })).toBeNull());
    expect(callsOf(call, 'kpis.save')[0]).toMatchObject({ id: KPI_A, order: 0, target: 95 });
    expect(screen.getByText(/Saved On-time delivery/)).toBeTruthy();
  });
});
