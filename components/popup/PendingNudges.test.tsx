/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Nudge } from '@/lib/model/nudge';
import { PendingNudges } from './PendingNudges';
import { callFromPopup } from './popup-rpc';

vi.mock('./popup-rpc', () => ({ callFromPopup: vi.fn() }));
const call = callFromPopup as unknown as ReturnType<typeof vi.fn>;

const ACME = '0b6f6a5e-8f2c-4d1a-9a57-1a2b3c4d5e6f';
const GLOBEX = '1c7f6a5e-8f2c-4d1a-9a57-1a2b3c4d5e6f';

const nudges: Nudge[] = [
  {
    subject: `nudge:review-due:${GLOBEX}`,
    rule: 'review-due',
    partnerId: GLOBEX,
    partnerName: 'Globex',
    title: 'Quarterly review of Globex is due',
    reason: 'The last review was 95 days ago; reviews are due every 90 days.',
    action: { kind: 'open-options', label: 'Open reviews', route: `#/partners/${GLOBEX}/reviews` },
  },
  {
    subject: `nudge:no-feedback:${ACME}`,
    rule: 'no-feedback',
    partnerId: ACME,
    partnerName: 'Acme Corp',
    title: 'No feedback for Acme Corp in 21 days',
    reason: 'Feedback every 14 days keeps the relationship healthy.',
    action: { kind: 'give-feedback', label: 'Give feedback' },
  },
];

function answer(list: Nudge[]) {
  call.mockImplementation(async (method: string) => {
    if (method === 'nudges.list') return list;
    if (method === 'prompts.answer') return {};
    throw new Error(`unexpected ${method}`);
  });
}

afterEach(cleanup);

describe('PendingNudges', () => {
  it('lists the popup partner’s reminders first, each with its action', async () => {
    answer(nudges);
    const onGiveFeedback = vi.fn();
    const onOpenOptions = vi.fn();
    render(
      <PendingNudges
        partnerId={ACME}
        onGiveFeedback={onGiveFeedback}
        onOpenOptions={onOpenOptions}
      />,
    );
    await waitFor(() => expect(screen.getAllByTestId('pl-popup-nudge')).toHaveLength(2));
    const items = screen.getAllByTestId('pl-popup-nudge');
    expect(items[0]!.textContent).toContain('No feedback for Acme Corp in 21 days');
    expect(items[1]!.textContent).toContain('Quarterly review of Globex is due');

    fireEvent.click(screen.getByRole('button', { name: 'Give feedback' }));
    expect(onGiveFeedback).toHaveBeenCalledWith(nudges[1]);
    fireEvent.click(screen.getByRole('button', { name: 'Open reviews' }));
    expect(onOpenOptions).toHaveBeenCalledWith(`#/partners/${GLOBEX}/reviews`);
  });

  it('snoozes with Later and dismisses with Dismiss, then reloads the list', async () => {
    answer(nudges);
    render(<PendingNudges onGiveFeedback={vi.fn()} onOpenOptions={vi.fn()} />);
    await waitFor(() => expect(screen.getAllByTestId('pl-popup-nudge')).toHaveLength(2));
    answer([nudges[0]!]);
    fireEvent.click(screen.getByRole('button', { name: /^Later: .*Acme Corp/ }));
    await waitFor(() => expect(screen.getAllByTestId('pl-popup-nudge')).toHaveLength(1));
    expect(call).toHaveBeenCalledWith('prompts.answer', {
      partnerId: ACME,
      subject: `nudge:no-feedback:${ACME}`,
      answer: 'later-day',
    });
    expect(screen.getByRole('status').textContent).toBe('Snoozed until tomorrow.');

    answer([]);
    fireEvent.click(screen.getByRole('button', { name: /^Dismiss .*Globex/ }));
    await waitFor(() => screen.getByTestId('pl-popup-nudges-empty'));
    expect(call).toHaveBeenCalledWith('prompts.answer', {
      partnerId: GLOBEX,
      subject: `nudge:review-due:${GLOBEX}`,
      answer: 'never',
    });
  });
});
