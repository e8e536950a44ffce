/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { callBackground } from '@/lib/messaging/client';
import type { Nudge } from '@/lib/model/nudge';
import { defaultSettings } from '@/lib/model/settings';
import { RemindersPage } from './RemindersPage';

vi.mock('@/lib/messaging/client', () => ({ callBackground: vi.fn() }));
const call = vi.mocked(callBackground) as unknown as ReturnType<typeof vi.fn>;

const PARTNER = '11111111-1111-4111-8111-111111111111';
const nudge = (rule: Nudge['rule'], title: string): Nudge => ({
  subject: `nudge:${rule}:${PARTNER}`,
  rule,
  partnerId: PARTNER,
  partnerName: 'Acme',
  title,
  reason: `Because of ${rule}.`,
  action:
    rule === 'no-feedback'
      ? { kind: 'give-feedback', label: 'Give feedback', route: `#/partners/${PARTNER}/feedback` }
      : { kind: 'open-options', label: 'Open the KPIs', route: `#/partners/${PARTNER}/kpis` },
});

let pending: Nudge[];
let saved: unknown[];
let listFails: boolean;

beforeEach(() => {
  pending = [
    nudge('no-feedback', 'No feedback for Acme in 20 days'),
    nudge('kpi-red', 'CSAT turned red'),
  ];
  saved = [];
  listFails = false;
  call.mockImplementation(async (method: string, params: Record<string, unknown>) => {
    if (method === 'nudges.list') {
      if (listFails) throw new Error('The background did not answer.');
      return pending;
    }
    if (method === 'settings.get') return defaultSettings();
    if (method === 'settings.save') {
      saved.push(params);
      return params;
    }
    if (method === 'prompts.answer') {
      pending = pending.filter((item) => item.subject !== params.subject);
      return params;
    }
    throw new Error(`unexpected ${method}`);
  });
});
afterEach(cleanup);

describe('Reminders page', () => {
  it('lists the nudges with their action and snoozes one', async () => {
    render(<RemindersPage />);
    await waitFor(() => expect(screen.getAllByTestId('pl-nudge')).toHaveLength(2));
    expect(screen.getByTestId('pl-nudge-count').textContent).toBe(
      '2 reminders pending, oldest first.',
    );
    const first = screen.getAllByTestId('pl-nudge')[0]!;
    expect(within(first).getByRole('link', { name: 'Give feedback' }).getAttribute('href')).toBe(
      `#/partners/${PARTNER}/feedback`,
    );
    fireEvent.click(within(first).getByRole('button', { name: 'Later: 1 week' }));
    await waitFor(() => expect(screen.getAllByTestId('pl-nudge')).toHaveLength(1));
    expect(call).toHaveBeenCalledWith('prompts.answer', {
      partnerId: PARTNER,
      subject: `nudge:no-feedback:${PARTNER}`,
      answer: 'later-week',
    });
    expect(
      screen.getByText(/You will be reminded again in a week: No feedback for Acme/),
    ).toBeTruthy();
  });

  it('shows the empty state, and an error with a retry', async () => {
    pending = [];
    render(<RemindersPage />);
    await waitFor(() =>
      expect(screen.getByTestId('pl-nudge-count').textContent).toBe('No reminders pending.'),
    );
    cleanup();
    listFails = true;
    render(<RemindersPage />);
    await waitFor(() =>
      expect(
        screen.getByText(/Reminders could not be loaded: The background did not answer/),
      ).toBeTruthy(),
    );
    listFails = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() =>
      expect(screen.getByTestId('pl-nudge-count').textContent).toBe('No reminders pending.'),
    );
  });

  it('asks for the notifications permission when turned on, and says so when refused', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false);
    render(<RemindersPage />);
    const toggle = await screen.findByLabelText('Desktop notifications for new reminders');
    fireEvent.click(toggle);
    await waitFor(() =>
      expect(screen.getByText(/Your browser did not allow notifications/)).toBeTruthy(),
    );
    expect(request).toHaveBeenCalledWith({ permissions: ['notifications'] });
    expect((toggle as HTMLInputElement).checked).toBe(false);

    request.mockResolvedValue(true);
    fireEvent.click(toggle);
    await waitFor(() => expect((toggle as HTMLInputElement).checked).toBe(true));
    fireEvent.click(screen.getByRole('button', { name: 'Save reminder settings' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toMatchObject({ notificationsEnabled: true, contractEndingNudgeDays: 30 });
  });

  it('saves thresholds and turned-off rules, and shows mistakes beside the field', async () => {
    render(<RemindersPage />);
    const form = await screen.findByTestId('pl-reminder-settings');
    fireEvent.change(within(form).getByLabelText('Review every (days)'), {
      target: { value: '400' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save reminder settings' }));
    await waitFor(() =>
      expect(
        within(form).getByText(
          'Enter the days between partner reviews as a whole number of days from 1 to 365',
        ),
      ).toBeTruthy(),
    );
    expect(saved).toEqual([]);
    fireEvent.change(within(form).getByLabelText('Review every (days)'), {
      target: { value: '60' },
    });
    fireEvent.click(within(form).getByLabelText('No praise for a while'));
    fireEvent.click(within(form).getByRole('button', { name: 'Save reminder settings' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toMatchObject({
      reviewCadenceDays: 60,
      disabledNudgeRules: ['no-praise'],
      timeZone: '',
    });
  });
});
