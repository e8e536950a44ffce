/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { METRICS } from '@/lib/kpi/catalogue';
import { callBackground } from '@/lib/messaging/client';
import { RpcError } from '@/lib/messaging/errors';
import type { KpiDefinitionInput } from '@/lib/model/kpi-definition';
import { KpiForm } from './KpiForm';
import {
  answerCalls,
  callsOf,
  kpiDefinition,
  kpiResult,
  PARTNER_ID,
  SCOPE,
  SCOPE_ID,
  type CallMock,
} from './kpi-test-fixtures';

vi.mock('@/lib/messaging/client', () => ({ callBackground: vi.fn() }));
const call = callBackground as unknown as CallMock;

/** A preview that meets the target when the value (100) reaches it, else is amber. */
function previewOf(params: Record<string, unknown>) {
  const draft = params.draft as KpiDefinitionInput;
  const kpi = kpiDefinition({ ...draft, id: KPI_PREVIEW } as never);
  const meets = 100 >= (draft.target as number);
  return kpiResult(kpi, {
    status: meets ? 'green' : 'amber',
    reason: meets
      ? `100% meets the target of ${draft.target}%`
      : `100% is below the amber threshold of ${draft.amberThreshold}%`,
  });
}
const KPI_PREVIEW = '00000000-0000-4000-8000-00000000feed';

const onSaved = vi.fn();
const onCancel = vi.fn();

function renderForm(props: Partial<Parameters<typeof KpiForm>[0]> = {}) {
  return render(
    <KpiForm
      partnerId={PARTNER_ID}
      partnerName="Acme Corp"
      itemCount={12}
      onSaved={onSaved}
      onCancel={onCancel}
      {...props}
    />,
  );
}

const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const type = (label: string, value: string) =>
  fireEvent.change(input(label), { target: { value } });
const preview = () => screen.getByTestId('pl-kpi-preview');

beforeEach(() => {
  call.mockReset();
  onSaved.mockReset();
  onCancel.mockReset();
  answerCalls(call, {
    'scopes.list': () => [SCOPE],
    'kpis.preview': previewOf,
    'kpis.save': (params) => kpiDefinition({ ...(params as object), id: 'saved' } as never),
  });
});
afterEach(cleanup);

describe('KpiForm', () => {
  it('prefills a new KPI from its metric, explains the formula in place, and follows a metric change', async () => {
    renderForm();
    expect(screen.getByRole('heading', { name: 'New KPI' })).toBe(document.activeElement);
    expect(input('Name').value).toBe('On-time delivery');
    expect(input('Unit').value).toBe('%');
    expect((screen.getByLabelText('Direction') as HTMLSelectElement).value).toBe(
      'higher-is-better',
    );
    expect(input('Target').value).toBe('90');
    const metric = screen.getByLabelText('Metric');
    expect(metric.getAttribute('aria-describedby')).toBeTruthy();
    expect(
      document.getElementById(metric.getAttribute('aria-describedby')!)?.textContent,
    ).toContain(METRICS['on-time-delivery'].formula);
    expect(screen.queryByLabelText('Statistic')).toBeNull();

    fireEvent.change(metric, { target: { value: 'cycle-time' } });
    expect(input('Name').value).toBe('Cycle time');
    expect(input('Unit').value).toBe('days');
    expect((screen.getByLabelText('Direction') as HTMLSelectElement).value).toBe('lower-is-better');
    expect(input('Target').value).toBe('5');
    expect(input('Amber threshold').value).toBe('8');
    expect(screen.getByText(`Formula: ${METRICS['cycle-time'].formula}.`)).toBeTruthy();
    expect(screen.getByLabelText('Statistic')).toBeTruthy();
    expect(screen.getByLabelText('Count days as')).toBeTruthy();
    expect(screen.queryByLabelText('Aging after (days)')).toBeNull();

    // A name the person typed stays; the unit they did not touch follows the metric.
    type('Name', 'Flow speed');
    fireEvent.change(metric, { target: { value: 'aging-wip' } });
    expect(input('Name').value).toBe('Flow speed');
    expect(screen.getByLabelText('Aging after (days)')).toBeTruthy();
    expect(screen.getByLabelText('Value reported')).toBeTruthy();
    expect(screen.queryByLabelText('Statistic')).toBeNull();
    // The template's aging KPI counts items.
    expect(input('Unit').value).toBe('items');
    fireEvent.change(screen.getByLabelText('Value reported'), { target: { value: 'oldest-age' } });
    expect(input('Unit').value).toBe('days');

    // Manual KPIs have no tracker filters.
    expect(screen.getByLabelText('Labels')).toBeTruthy();
    fireEvent.change(metric, { target: { value: 'manual' } });
    expect(screen.queryByLabelText('Labels')).toBeNull();
    expect(screen.queryByRole('group', { name: 'Projects and boards' })).toBeNull();
  });

  it('shows the model’s threshold rule next to the amber threshold and asks to fix it instead of previewing', async () => {
    renderForm();
    await waitFor(() => expect(preview().dataset.phase).toBe('ready'));
    const before = callsOf(call, 'kpis.preview').length;

    type('Target', '70');
    const amber = input('Amber threshold');
    expect(amber.getAttribute('aria-invalid')).toBe('true');
    const errorId = amber.getAttribute('aria-describedby')!.split(' ').at(-1)!;
    expect(document.getElementById(errorId)?.textContent).toBe(
      'Set the amber threshold at or below the target: higher is better for this KPI',
    );
    expect(input('Target').getAttribute('aria-invalid')).toBeNull();
    expect(preview().dataset.status).toBe('none');
    expect(within(preview()).getByTestId('pl-kpi-preview-message').textContent).toBe(
      'Fix the highlighted fields to see a preview',
    );

    type('Target', 'ninety');
    expect(screen.getByText('Enter a number for the target')).toBeTruthy();

    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(callsOf(call, 'kpis.preview')).toHaveLength(before);

    type('Target', '95');
    expect(amber.getAttribute('aria-invalid')).toBeNull();
    await waitFor(() => expect(preview().dataset.phase).toBe('ready'));
  });

  it('lists the fields still to fill in while their errors are not shown yet', async () => {
    renderForm();
    fireEvent.change(screen.getByLabelText('Metric'), { target: { value: 'milestone-hit-rate' } });
    expect(input('Target').value).toBe('');
    expect(within(preview()).getByTestId('pl-kpi-preview-message').textContent).toBe(
      'Fill in the target, amber threshold and red threshold to see a preview',
    );
    expect(input('Target').getAttribute('aria-invalid')).toBeNull();
    fireEvent.blur(input('Target'));
    expect(input('Target').getAttribute('aria-invalid')).toBe('true');
    expect(within(preview()).getByTestId('pl-kpi-preview-message').textContent).toBe(
      'Fix the highlighted fields to see a preview',
    );
  });

  it('previews a valid draft once typing pauses, with value, status in words and reason', async () => {
    renderForm();
    type('Window (days)', '365');
    type('Target', '9');
    type('Target', '95');
    type('Target', '100');
    await waitFor(() =>
      expect(within(preview()).getByTestId('pl-kpi-preview-reason').textContent).toBe(
        '100% meets the target of 100%',
      ),
    );
    const previews = callsOf(call, 'kpis.preview');
    expect(previews).toHaveLength(1);
    expect(previews[0]!.draft).toMatchObject({
      partnerId: PARTNER_ID,
      metric: 'on-time-delivery',
      target: 100,
      amberThreshold: 80,
      redThreshold: 70,
      windowDays: 365,
    });
    expect(preview().dataset.status).toBe('green');
    expect(within(preview()).getByTestId('pl-kpi-preview-value').textContent).toBe('100%');
    expect(within(preview()).getByText('On track')).toBeTruthy();
    expect(within(preview()).getByText('Target 100% or more')).toBeTruthy();

    // A stricter amber threshold turns it amber.
    type('Target', '110');
    type('Amber threshold', '105');
    await waitFor(() => expect(preview().dataset.status).toBe('amber'));
    expect(within(preview()).getByText('At risk')).toBeTruthy();
  });

  it('offers a retry when the preview fails', async () => {
    let fail = true;
    answerCalls(call, {
      'scopes.list': () => [SCOPE],
      'kpis.preview': (params) => {
        if (fail)
          throw new RpcError({ code: 'internal', message: 'The preview could not be computed.' });
        return previewOf(params);
      },
    });
    renderForm();
    await waitFor(() => expect(preview().dataset.phase).toBe('error'));
    expect(within(preview()).getByRole('alert').textContent).toContain(
      'The preview could not be computed.',
    );
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try the preview again' }));
    await waitFor(() => expect(preview().dataset.phase).toBe('ready'));
  });

  it('says that no tracker data is cached yet when the partner has no items', () => {
    renderForm({ itemCount: 0 });
    expect(screen.getByText(/No tracker data is cached for this partner yet/)).toBeTruthy();
  });

  it('saves numbers and lists, with the scopes ticked', async () => {
    renderForm();
    const scope = await screen.findByRole('checkbox', { name: /Acme Checkout/ });
    fireEvent.click(scope);
    type('Name', '  On-time delivery (web)  ');
    type('Target', '92,5');
    type('Labels', 'checkout, web ,, checkout');
    type('Item types', 'Bug');
    type('Weight', '3');
    fireEvent.click(screen.getByRole('button', { name: 'Save KPI' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    const [saved] = callsOf(call, 'kpis.save');
    expect(saved).toEqual({
      partnerId: PARTNER_ID,
      metric: 'on-time-delivery',
      name: '  On-time delivery (web)  ',
      unit: '%',
      direction: 'higher-is-better',
      target: 92.5,
      amberThreshold: 80,
      redThreshold: 70,
      windowDays: 30,
      weight: 3,
      minSample: 5,
      dayKind: 'calendar',
      scopeIds: [SCOPE_ID],
      labelFilter: ['checkout', 'web'],
      itemTypeFilter: ['Bug'],
    });
  });

  it('puts the focus on the first invalid field on save, and shows the background’s field errors inline', async () => {
    renderForm();
    type('Name', '');
    type('Red threshold', '');
    expect(input('Name').getAttribute('aria-invalid')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save KPI' }));
    await waitFor(() => expect(document.activeElement).toBe(input('Name')));
    expect(screen.getByText('Enter a name for the KPI')).toBeTruthy();
    expect(screen.getByText('Enter a number for the red threshold')).toBeTruthy();
    expect(callsOf(call, 'kpis.save')).toHaveLength(0);

    answerCalls(call, {
      'scopes.list': () => [SCOPE],
      'kpis.preview': previewOf,
      'kpis.save': () => {
        throw new RpcError({
          code: 'validation',
          message: 'Check the highlighted fields.',
          issues: [{ path: 'windowDays', message: 'Keep the window at or under 730 days' }],
        });
      },
    });
    type('Name', 'OTD');
    type('Red threshold', '70');
    fireEvent.click(screen.getByRole('button', { name: 'Save KPI' }));
    await waitFor(() =>
      expect(screen.getByText('Keep the window at or under 730 days')).toBeTruthy(),
    );
    expect(input('Window (days)').getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(input('Window (days)')));
    expect(onSaved).not.toHaveBeenCalled();
    // Gone as soon as the person changes something.
    type('Window (days)', '60');
    expect(screen.queryByText('Keep the window at or under 730 days')).toBeNull();
  });

  it('edits a KPI in place: its id, order and options are kept', async () => {
    const kpi = kpiDefinition({
      id: '66666666-6666-4666-8666-666666666666',
      name: 'Lead time p85',
      metric: 'lead-time',
      unit: 'days',
      direction: 'lower-is-better',
      target: 3,
      amberThreshold: 5,
      redThreshold: 8,
      statistic: 'p85',
      dayKind: 'business',
      order: 4,
      scopeIds: [SCOPE_ID],
      labelFilter: ['support'],
    });
    renderForm({ kpi });
    expect(screen.getByRole('heading', { name: 'Edit Lead time p85' })).toBeTruthy();
    expect((screen.getByLabelText('Statistic') as HTMLSelectElement).value).toBe('p85');
    expect(input('Labels').value).toBe('support');
    expect(
      ((await screen.findByRole('checkbox', { name: /Acme Checkout/ })) as HTMLInputElement)
        .checked,
    ).toBe(true);
    type('Target', '2');
    fireEvent.click(screen.getByRole('button', { name: 'Save KPI' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(callsOf(call, 'kpis.save')[0]).toMatchObject({
      id: kpi.id,
      order: 4,
      target: 2,
      statistic: 'p85',
      dayKind: 'business',
      scopeIds: [SCOPE_ID],
      labelFilter: ['support'],
    });
  });

  it('shows when the projects and boards cannot be loaded, with a retry', async () => {
    let fail = true;
    answerCalls(call, {
      'scopes.list': () => {
        if (fail)
          throw new RpcError({ code: 'unavailable', message: 'Partner Lens is not responding.' });
        return [SCOPE];
      },
      'kpis.preview': previewOf,
    });
    renderForm();
    await screen.findByText('Partner Lens is not responding.');
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Load projects and boards again' }));
    await screen.findByRole('checkbox', { name: /Acme Checkout/ });
  });

  it('cancels', () => {
    renderForm();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalled();
  });
});
