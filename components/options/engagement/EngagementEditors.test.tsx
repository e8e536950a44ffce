/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { callBackground } from '@/lib/messaging/client';
import { RpcError } from '@/lib/messaging/errors';
import type { Milestone } from '@/lib/model/milestone';
import type { RaciAssignment } from '@/lib/model/raci';
import { answerCalls, callsOf, type CallMock } from '../kpi/kpi-test-fixtures';
import { parseRoute } from '../route';
import { meta, PARTNER_ID } from './engagement-test-fixtures';
import { PlanEditor } from './PlanEditor';
import { RaciEditor } from './RaciEditor';
import { RiskEditor } from './RiskEditor';
import { TouchpointEditor } from './TouchpointEditor';

vi.mock('@/lib/messaging/client', () => ({ callBackground: vi.fn() }));
const call = callBackground as unknown as CallMock;

afterEach(cleanup);

/** A store of one record kind as the background keeps it: save stamps, delete removes. */
function fakeStore<T extends { id: string }>(kind: string, initial: T[] = []) {
  let records = [...initial];
  return {
    get records() {
      return records;
    },
    handlers: {
      [`${kind}.list`]: () => records,
      [`${kind}.save`]: (params: Record<string, unknown>) => {
        const saved = {
          ...meta(),
          ...params,
          id: (params.id as string) ?? meta().id,
        } as unknown as T;
        records = [...records.filter((r) => r.id !== saved.id), saved];
        return saved;
      },
      [`${kind}.delete`]: (params: Record<string, unknown>) => {
        records = records.filter((r) => r.id !== params.id);
        return { deleted: true };
      },
    },
  };
}

const field = (label: string) => screen.getByLabelText(label, { exact: true });
const type = (label: string, value: string) =>
  fireEvent.change(field(label), { target: { value } });

describe('routes', () => {
  it('parses the engagement pages of a partner and leaves the others as they were', () => {
    expect(parseRoute(`#/partners/${PARTNER_ID}/risks`)).toEqual({
      page: 'engagement',
      id: PARTNER_ID,
      record: 'risks',
    });
    expect(parseRoute(`#/partners/${PARTNER_ID}/plan`)).toMatchObject({ record: 'plan' });
    expect(parseRoute(`#/partners/${PARTNER_ID}/kpis`)).toEqual({
      page: 'partner',
      id: PARTNER_ID,
      editing: false,
    });
    expect(parseRoute(`#/partners/${PARTNER_ID}/edit`)).toMatchObject({ editing: true });
  });
});

describe('PlanEditor', () => {
  it('shows the empty state, then adds a milestone after a refused done date', async () => {
    const store = fakeStore<Milestone>('milestones');
    answerCalls(call, store.handlers);
    render(<PlanEditor partnerId={PARTNER_ID} />);
    await screen.findByText(/No milestones yet/);

    fireEvent.click(screen.getByRole('button', { name: 'Add milestone' }));
    type('Title', 'Beta release');
    type('Due date', '2026-12-15');
    type('Status', 'done');
    type('Deliverables', 'Build\nRelease notes');
    fireEvent.click(screen.getByRole('button', { name: 'Add milestone' }));

    expect(await screen.findByText('Enter the date the milestone was done')).toBeTruthy();
    expect(callsOf(call, 'milestones.save')).toHaveLength(0);
    // Nothing typed is lost.
    expect((field('Title') as HTMLInputElement).value).toBe('Beta release');
    expect((field('Deliverables') as HTMLTextAreaElement).value).toBe('Build\nRelease notes');

    type('Done date', '2026-12-14');
    fireEvent.click(screen.getByRole('button', { name: 'Add milestone' }));
    const row = await screen.findByTestId('pl-editor-row');
    expect(within(row).getByText('Beta release')).toBeTruthy();
    expect(within(row).getByText('Release notes')).toBeTruthy();
    expect(callsOf(call, 'milestones.save')[0]).toMatchObject({
      partnerId: PARTNER_ID,
      status: 'done',
      doneDate: '2026-12-14',
      deliverables: ['Build', 'Release notes'],
    });
    expect(screen.getByRole('status').textContent).toContain('Saved the milestone Beta release');
  });

  it('deletes only after confirmation', async () => {
    const existing = {
      ...meta(),
      partnerId: PARTNER_ID,
      title: 'Kick-off',
      dueDate: '2026-12-01',
      deliverables: [],
      linkedItemKeys: [],
      status: 'planned',
    } satisfies Milestone;
    const store = fakeStore<Milestone>('milestones', [existing]);
    answerCalls(call, store.handlers);
    render(<PlanEditor partnerId={PARTNER_ID} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete milestone Kick-off' }));
    expect(callsOf(call, 'milestones.delete')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Keep' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete milestone Kick-off' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete' }));
    await screen.findByText(/No milestones yet/);
    expect(callsOf(call, 'milestones.delete')).toEqual([{ id: existing.id }]);
  });

  it('shows a load failure with a retry', async () => {
    let fail = true;
    answerCalls(call, {
      'milestones.list': () => {
        if (fail) throw new RpcError({ code: 'unavailable', message: 'Not responding.' });
        return [];
      },
    });
    render(<PlanEditor partnerId={PARTNER_ID} />);
    expect((await screen.findByRole('alert')).textContent).toContain('Not responding.');
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByText(/No milestones yet/);
  });
});

describe('RiskEditor', () => {
  it('lists by score with the score in words, and filters closed risks out by default', async () => {
    const base = {
      partnerId: PARTNER_ID,
      description: '',
      owner: '',
      mitigation: '',
      contingency: '',
      source: 'manual' as const,
      linkedItemKeys: [],
    };
    answerCalls(call, {
      'risks.list': () => [
        { ...meta(), ...base, title: 'Low one', probability: 1, impact: 2, status: 'open' },
        { ...meta(), ...base, title: 'Big one', probability: 4, impact: 5, status: 'mitigating' },
        { ...meta(), ...base, title: 'Gone', probability: 5, impact: 5, status: 'closed' },
      ],
    });
    render(<RiskEditor partnerId={PARTNER_ID} />);
    await screen.findByText('Big one');
    const rows = screen.getAllByTestId('pl-editor-row');
    expect(rows.map((row) => within(row).getByTestId('pl-risk-score').textContent)).toEqual([
      '20 Critical',
      '2 Low',
    ]);
    expect(screen.queryByText('Gone')).toBeNull();
    fireEvent.click(screen.getByLabelText('Closed'));
    expect(screen.getAllByTestId('pl-editor-row')).toHaveLength(3);
  });

  it('shows the background’s per-field refusal beside the field', async () => {
    answerCalls(call, {
      'risks.list': () => [],
      'risks.save': () => {
        throw new RpcError({
          code: 'validation',
          message: 'Invalid',
          issues: [{ path: 'owner', message: 'Keep the owner under 120 characters' }],
        });
      },
    });
    render(<RiskEditor partnerId={PARTNER_ID} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add risk' }));
    type('Title', 'Key developer leaves');
    fireEvent.click(screen.getByRole('button', { name: 'Add risk' }));
    expect(await screen.findByText('Keep the owner under 120 characters')).toBeTruthy();
    expect(field('Owner').getAttribute('aria-invalid')).toBe('true');
  });
});

describe('TouchpointEditor', () => {
  it('prefills the cadence when the kind changes and logs a meeting held now', async () => {
    answerCalls(call, { ...fakeStore('touchpoints').handlers });
    render(<TouchpointEditor partnerId={PARTNER_ID} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add touchpoint' }));
    expect((field('Cadence (days)') as HTMLInputElement).value).toBe('7');
    type('Kind', 'monthly-review');
    expect((field('Cadence (days)') as HTMLInputElement).value).toBe('30');
    type('Kind', 'ad-hoc');
    expect((field('Cadence (days)') as HTMLInputElement).value).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));

    fireEvent.click(screen.getByRole('button', { name: 'Log a meeting held now' }));
    expect(screen.getByRole('heading', { name: 'Log a meeting held now' })).toBeTruthy();
    expect((field('Held at') as HTMLInputElement).value).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d$/);
    fireEvent.click(screen.getByRole('button', { name: 'Add action item' }));
    type('Action', 'Send the revised plan');
    type('Owner', 'Dana');
    fireEvent.click(screen.getByRole('button', { name: 'Add touchpoint' }));
    const row = await screen.findByTestId('pl-editor-row');
    expect(within(row).getByText(/Send the revised plan — Dana/)).toBeTruthy();
    const [saved] = callsOf(call, 'touchpoints.save');
    expect(saved).toMatchObject({ kind: 'weekly-sync', cadenceDays: 7 });
    expect(typeof saved?.heldAt).toBe('string');
  });
});

describe('RaciEditor', () => {
  it('groups tags and flags a partner-side Accountable per the settings', async () => {
    const tag: RaciAssignment = {
      ...meta(),
      partnerId: PARTNER_ID,
      role: 'A',
      party: 'partner',
      roleName: 'Vendor PM',
    };
    answerCalls(call, {
      'raci.list': () => [tag],
      'scopes.list': () => [],
      'settings.get': () => ({ partnerAccountableAllowed: false }),
    });
    render(<RaciEditor partnerId={PARTNER_ID} />);
    const group = await screen.findByRole('region', { name: 'Whole engagement' });
    await waitFor(() =>
      expect(within(group).getByTestId('pl-raci-gap').getAttribute('data-gap')).toBe(
        'partner-accountable',
      ),
    );
    expect(within(group).getByTestId('pl-editor-row').textContent).toContain('Vendor PM');
  });

  it('adds a tag for an item', async () => {
    const store = fakeStore<RaciAssignment>('raci');
    answerCalls(call, {
      ...store.handlers,
      'scopes.list': () => [],
      'settings.get': () => ({ partnerAccountableAllowed: false }),
    });
    render(<RaciEditor partnerId={PARTNER_ID} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add RACI tag' }));
    type('Applies to', 'item');
    fireEvent.click(screen.getByRole('button', { name: 'Add RACI tag' }));
    expect(await screen.findByText('Enter the item key, such as ACME-12')).toBeTruthy();
    type('Item key', 'ACME-7');
    type('Role', 'C');
    type('Person name', 'Sam Ortiz');
    type('Person e-mail', 'sam@example.com');
    fireEvent.click(screen.getByRole('button', { name: 'Add RACI tag' }));
    const group = await screen.findByRole('region', { name: 'Item ACME-7' });
    expect(within(group).getByTestId('pl-editor-row').textContent).toContain('Sam Ortiz');
    expect(store.records[0]).toMatchObject({
      itemKey: 'ACME-7',
      role: 'C',
      person: { name: 'Sam Ortiz', email: 'sam@example.com' },
    });
  });
});
