/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDraftStore } from '@/lib/feedback/draft-store';
import type { Feedback } from '@/lib/model/feedback';
import type { Nudge } from '@/lib/model/nudge';
import { PopupApp } from './PopupApp';
import type { PopupBoot } from './popup-boot';
import { callFromPopup } from './popup-rpc';
import { GLOBEX, globex, RECORD_META as META } from './popup-test-support';

const holder = vi.hoisted(() => ({ boot: undefined as unknown }));
vi.mock('./popup-boot', () => ({ startPopupBoot: () => holder.boot }));
vi.mock('./popup-rpc', () => ({ callFromPopup: vi.fn() }));
const call = callFromPopup as unknown as ReturnType<typeof vi.fn>;

const nudge: Nudge = {
  subject: `nudge:no-feedback:${GLOBEX}`,
  rule: 'no-feedback',
  partnerId: GLOBEX,
  partnerName: 'Globex',
  title: 'No feedback for Globex in 21 days',
  reason: 'Feedback every 14 days keeps the relationship healthy.',
  action: { kind: 'give-feedback', label: 'Give feedback' },
};

let saved: Feedback[] = [];

beforeEach(() => {
  saved = [];
  call.mockReset();
  const boot: PopupBoot = {
    tab: Promise.resolve({ status: 'no-context' }),
    partners: Promise.resolve({ partners: [globex], error: null }),
    drafts: createDraftStore(),
  };
  holder.boot = boot;
  call.mockImplementation(async (method: string, params: Record<string, unknown>) => {
    switch (method) {
      case 'nudges.list':
        return [nudge];
      case 'feedback.list':
        return saved;
      case 'feedback.save': {
        const record = { ...params, id: '2d7f6a5e-8f2c-4d1a-9a57-1a2b3c4d5e6f', ...META };
        saved = [record as unknown as Feedback];
        return record;
      }
      case 'feedback.delete':
        saved = [];
        return { deleted: true };
      default:
        throw new Error(`unexpected ${method}`);
    }
  });
});
afterEach(cleanup);

const form = () => screen.getByTestId('pl-feedback-form');
const checkedRating = () =>
  screen.getByTestId('pl-rating').querySelector<HTMLInputElement>('input:checked')?.value;

describe('PopupApp', () => {
  it('gives feedback from a nudge, saves with Ctrl+Enter and undoes', async () => {
    render(<PopupApp />);
    await waitFor(() => expect(form().dataset.ready).toBe('true'));
    expect(screen.getByTestId('pl-partner-picker')).toBeTruthy();

    fireEvent.click(await screen.findByRole('button', { name: 'Give feedback' }));
    await waitFor(() =>
      expect(screen.getByTestId('pl-feedback-partner').textContent).toBe('Globex'),
    );
    await waitFor(() => expect(form().dataset.ready).toBe('true'));
    expect((document.activeElement as HTMLInputElement | null)?.name).toBe('rating');
    expect(screen.queryByTestId('pl-partner-picker')).toBeNull();

    fireEvent.keyDown(document.body, { key: '5' });
    await waitFor(() => expect(checkedRating()).toBe('5'));
    // Pressed twice quickly: one entry.
    fireEvent.keyDown(document.body, { key: 'Enter', ctrlKey: true });
    fireEvent.keyDown(document.body, { key: 'Enter', ctrlKey: true });
    await waitFor(() => screen.getByTestId('pl-feedback-saved'));
    expect(call).toHaveBeenCalledWith(
      'feedback.save',
      expect.objectContaining({ partnerId: GLOBEX, rating: 5, kind: 'praise' }),
    );
    expect(call.mock.calls.filter(([method]) => method === 'feedback.save')).toHaveLength(1);
    expect(screen.getByTestId('pl-feedback-saved').textContent).toContain('5 ★ praise for Globex');
    expect(checkedRating()).toBeUndefined();
    await waitFor(() => expect(screen.getAllByTestId('pl-recent-feedback')).toHaveLength(1));

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => screen.getByTestId('pl-feedback-undone'));
    expect(call).toHaveBeenCalledWith('feedback.delete', {
      id: '2d7f6a5e-8f2c-4d1a-9a57-1a2b3c4d5e6f',
    });
    await waitFor(() => expect(checkedRating()).toBe('5'));
    await waitFor(() => expect(screen.queryAllByTestId('pl-recent-feedback')).toHaveLength(0));
  });

  it('says what is missing instead of saving', async () => {
    render(<PopupApp />);
    await waitFor(() => expect(form().dataset.ready).toBe('true'));
    fireEvent.keyDown(document.body, { key: 'Enter', metaKey: true });
    await waitFor(() =>
      expect(screen.getAllByRole('alert').map((a) => a.textContent)).toEqual(
        expect.arrayContaining([
          'Choose the partner this feedback is for',
          'Choose a rating from 1 to 5 stars',
        ]),
      ),
    );
    expect(call).not.toHaveBeenCalledWith('feedback.save', expect.anything());
  });

  it('renders the form ready, with the draft, in its first frame when the reads are in', async () => {
    const drafts = createDraftStore();
    await drafts.write(`partner:${GLOBEX}`, { rating: 4, categories: [], note: 'Kept' });
    await drafts.preload();
    const page = {
      status: 'ready' as const,
      tabId: 7,
      view: {
        context: {
          tool: 'trello' as const,
          site: 'https://trello.com',
          page: 'board' as const,
          boardShortLink: 'abc123',
        },
        match: { partner: globex, reason: 'Board abc123' },
      },
    };
    const boot = holder.boot as PopupBoot;
    holder.boot = {
      ...boot,
      tab: Promise.resolve(page),
      drafts,
      settled: { tab: page, partners: { partners: [globex], error: null } },
    } as unknown as PopupBoot;
    render(<PopupApp />);
    // No waiting: the first commit already shows the page's partner and the restored draft.
    expect(form().dataset.ready).toBe('true');
    expect(screen.getByTestId('pl-feedback-partner').textContent).toBe('Globex');
    expect(checkedRating()).toBe('4');
    await waitFor(() => expect(screen.queryAllByTestId('pl-recent-feedback')).toHaveLength(0));
  });
});
