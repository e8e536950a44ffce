/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDraftStore, type FeedbackDraftFields } from '@/lib/feedback/draft-store';
import { draftKeyOf, type ItemRef } from '@/lib/feedback/feedback-target';
import { DRAFT_DEBOUNCE_MS } from '@/lib/feedback/draft-schema';
import { drawFirstFrame, pendingFirstFrame } from './first-frame';
import { DRAFT_NOT_KEPT } from './form-text';
import type { FirstFrameModel } from './first-frame-model';
import { PopupApp } from './PopupApp';
import type { PopupBoot } from './popup-boot';
import { callFromPopup } from './popup-rpc';
import { GLOBEX, globex, RECORD_META as META } from './popup-test-support';
import type { Partner } from '@/lib/model/partner';

const holder = vi.hoisted(() => ({ boot: undefined as unknown }));
vi.mock('./popup-boot', () => ({ startPopupBoot: () => holder.boot }));
vi.mock('./popup-rpc', () => ({ callFromPopup: vi.fn() }));
const call = callFromPopup as unknown as ReturnType<typeof vi.fn>;

const SITE = 'https://globex.atlassian.net';
const item: ItemRef = {
  tool: 'jira',
  site: SITE,
  key: 'GLX-7',
  url: `${SITE}/browse/GLX-7`,
  title: 'Fix the checkout',
};
const target = { partnerId: GLOBEX, item };
const DRAFT_KEY = draftKeyOf(target);
const INITECH = '9a3c2b1d-4e5f-4a6b-8c7d-0e1f2a3b4c5d';
const initech: Partner = { ...globex, id: INITECH, name: 'Initech', status: 'candidate' };

/**
 * Boots the React popup for the Globex issue page, with `draft` stored for it; `unmapped`: the
 * same page with no partner mapped (the form then has the picker, with two partners).
 */
async function bootFor(draft?: FeedbackDraftFields, { unmapped = false } = {}) {
  const drafts = createDraftStore();
  if (draft) await drafts.write(DRAFT_KEY, draft);
  await drafts.preload();
  const page = {
    status: 'ready' as const,
    tabId: 7,
    view: {
      context: { tool: 'jira', site: SITE, page: 'issue', projectKey: 'GLX', issueKey: 'GLX-7' },
      match: unmapped ? null : { partner: globex, reason: 'Jira project GLX' },
    },
    item,
  };
  const partners = { partners: unmapped ? [globex, initech] : [globex], error: null };
  holder.boot = {
    tab: Promise.resolve(page),
    partners: Promise.resolve(partners),
    drafts,
    settled: { tab: page, partners },
  } as unknown as PopupBoot;
  return drafts;
}

/** The popup page's body: the React root the entry script renders into. */
function popupBody(): HTMLElement {
  const root = document.createElement('div');
  root.id = 'root';
  document.body.append(root);
  return root;
}

function model(fields: Partial<FeedbackDraftFields> = {}): FirstFrameModel {
  return {
    draftKey: DRAFT_KEY,
    partnerName: 'Globex',
    item,
    fields: { categories: [], note: '', ...fields },
  };
}

/**
 * The element's markup with attributes sorted, adjacent text merged and ids replaced by their
 * order of appearance (React's generated ids differ from the frame's), for comparing the two.
 */
function canonical(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.normalize();
  const ids = new Map<string, string>();
  const idOf = (value: string) => {
    if (!ids.has(value)) ids.set(value, `id${ids.size + 1}`);
    return ids.get(value)!;
  };
  const write = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    if (!(node instanceof Element)) return '';
    const attributes = [...node.attributes]
      .map(({ name, value }) => {
        if (['id', 'for', 'aria-controls', 'aria-activedescendant'].includes(name)) {
          return [name, idOf(value)];
        }
        if (name === 'aria-labelledby' || name === 'aria-describedby') {
          return [name, value.split(' ').map(idOf).join(' ')];
        }
        return [name, value];
      })
      .sort(([a], [b]) => a!.localeCompare(b!))
      .map(([name, value]) => ` ${name}="${value}"`)
      .join('');
    const tag = node.tagName.toLowerCase();
    // A text area's text is its value, compared apart.
    const children = tag === 'textarea' ? '' : [...node.childNodes].map(write).join('');
    return `<${tag}${attributes}>${children}</${tag}>`;
  };
  return write(copy);
}

/** What the form's controls hold: checked boxes and radios, and the note. */
function controls(form: Element) {
  return {
    checked: [...form.querySelectorAll<HTMLInputElement>('input:checked')].map(
      (input) => `${input.name}=${input.value}`,
    ),
    note: form.querySelector('textarea')?.value,
  };
}

const form = () => screen.getByTestId('pl-feedback-form');

/** The first frame drawn into a page body of its own, beside the one React renders into. */
function drawnApart(frameModel: FirstFrameModel) {
  const frameBody = document.createElement('div');
  const frameRoot = document.createElement('div');
  frameBody.append(frameRoot);
  drawFirstFrame(frameBody, frameRoot, frameModel, keep());
  return { frameBody, frameRoot };
}

/** The frame's draft writer, recording what it is asked to keep. */
function keep(write: (fields: FeedbackDraftFields) => Promise<void> = async () => undefined) {
  return { keepDraft: vi.fn(write) };
}

beforeEach(() => {
  call.mockReset();
  call.mockImplementation(async (method: string, params: Record<string, unknown>) => {
    switch (method) {
      case 'nudges.list':
      case 'feedback.list':
        return [];
      case 'feedback.save':
        return { ...params, id: '2d7f6a5e-8f2c-4d1a-9a57-1a2b3c4d5e6f', ...META };
      default:
        throw new Error(`unexpected ${method}`);
    }
  });
});
afterEach(() => {
  pendingFirstFrame()?.remove();
  cleanup();
  document.body.replaceChildren();
});

describe('popup first frame', () => {
  it('has the same markup and values as the React form it stands in for', async () => {
    const fields = { rating: 2, categories: ['quality' as const], note: 'Late twice' };
    await bootFor(fields);
    const { container } = render(<PopupApp />);
    await waitFor(() => expect(form().dataset.ready).toBe('true'));
    const reactEntry = container.querySelector('.pl-quick-entry')!;

    const { frameBody, frameRoot } = drawnApart(model(fields));
    const frameEntry = frameBody.querySelector('.pl-quick-entry')!;

    expect(canonical(frameEntry)).toBe(canonical(reactEntry));
    expect(controls(frameEntry)).toEqual(controls(reactEntry));
    // The kind follows the rating until one is chosen, in both.
    expect(controls(frameEntry).checked).toContain('kind=issue');
    expect(frameRoot.hidden).toBe(true);
  });

  it('keeps what is entered before React is in, with the focus, and saves once if asked', async () => {
    await bootFor();
    const root = popupBody();
    drawFirstFrame(document.body, root, model(), keep());

    const frame = document.getElementById('pl-first-frame')!;
    expect(frame.querySelector('form')?.dataset.ready).toBe('true');
    fireEvent.keyDown(document.body, { key: '5' });
    const quality = frame.querySelector<HTMLInputElement>('input[value="timeliness"]')!;
    fireEvent.click(quality);
    const note = frame.querySelector('textarea')!;
    note.focus();
    fireEvent.change(note, { target: { value: 'Shipped early' } });
    note.setSelectionRange(3, 7);
    // Pressed before React is in: remembered, and one save follows.
    fireEvent.keyDown(note, { key: 'Enter', ctrlKey: true });
    fireEvent.keyDown(note, { key: 'Enter', ctrlKey: true });
    expect(frame.querySelector('button[type="submit"]')?.textContent).toBe('Saving…');

    render(<PopupApp />, { container: root });

    expect(document.getElementById('pl-first-frame')).toBeNull();
    expect(root.hidden).toBe(false);
    expect(pendingFirstFrame()).toBeNull();
    const area = root.querySelector('textarea')!;
    expect(document.activeElement).toBe(area);
    expect([area.selectionStart, area.selectionEnd]).toEqual([3, 7]);
    await waitFor(() => screen.getByTestId('pl-feedback-saved'));
    const saves = call.mock.calls.filter(([method]) => method === 'feedback.save');
    expect(saves).toHaveLength(1);
    expect(saves[0]![1]).toMatchObject({
      partnerId: GLOBEX,
      rating: 5,
      kind: 'praise',
      categories: ['timeliness'],
      note: 'Shipped early',
      itemKey: 'GLX-7',
    });
  });

  it('keeps the entry as the draft when React takes over without a save', async () => {
    const drafts = await bootFor();
    const root = popupBody();
    drawFirstFrame(document.body, root, model(), keep());
    const frame = document.getElementById('pl-first-frame')!;
    fireEvent.click(frame.querySelector<HTMLInputElement>('input[name="rating"][value="3"]')!);
    fireEvent.click(frame.querySelector<HTMLInputElement>('input[name="kind"][value="issue"]')!);
    // A chosen kind no longer follows the rating.
    fireEvent.keyDown(document.body, { key: '5' });
    expect(controls(frame).checked).toEqual(['rating=5', 'kind=issue']);

    render(<PopupApp />, { container: root });

    expect(controls(form()).checked).toEqual(['rating=5', 'kind=issue']);
    await waitFor(async () =>
      expect(await drafts.read(DRAFT_KEY)).toMatchObject({ rating: 5, kind: 'issue' }),
    );
    expect(call).not.toHaveBeenCalledWith('feedback.save', expect.anything());
  });

  it('goes when the page turns out another item, leaving that item its own draft', async () => {
    await bootFor({ rating: 1, categories: [], note: 'Stored' });
    const root = popupBody();
    drawFirstFrame(
      document.body,
      root,
      { ...model({ note: 'Other item' }), draftKey: 'item:x' },
      keep(),
    );

    render(<PopupApp />, { container: root });

    expect(document.getElementById('pl-first-frame')).toBeNull();
    expect(root.hidden).toBe(false);
    expect(controls(form())).toEqual({ checked: ['rating=1', 'kind=issue'], note: 'Stored' });
  });

  it('carries out a "Change partner" clicked before React was in', async () => {
    await bootFor();
    const root = popupBody();
    drawFirstFrame(document.body, root, model(), keep());
    fireEvent.click(screen.getByRole('button', { name: 'Change partner' }));

    render(<PopupApp />, { container: root });

    await waitFor(() => expect(screen.getByTestId('pl-partner-picker')).toBeTruthy());
    expect(screen.getByRole('button', { name: 'Back to this page' })).toBeTruthy();
  });

  describe('keeping the entry before React is in', () => {
    afterEach(() => vi.useRealTimers());

    it('writes it as the draft at once when the popup closes', () => {
      const options = keep();
      drawFirstFrame(document.body, popupBody(), model(), options);
      const frame = document.getElementById('pl-first-frame')!;
      fireEvent.click(frame.querySelector<HTMLInputElement>('input[name="rating"][value="4"]')!);
      fireEvent.input(frame.querySelector('textarea')!, { target: { value: 'Closed quickly' } });
      expect(options.keepDraft).not.toHaveBeenCalled();

      window.dispatchEvent(new Event('pagehide'));

      // The kind follows the rating, so it is not part of the draft (as in the React form).
      expect(options.keepDraft).toHaveBeenCalledExactlyOnceWith({
        rating: 4,
        categories: [],
        note: 'Closed quickly',
      });
      window.dispatchEvent(new Event('pagehide'));
      expect(options.keepDraft).toHaveBeenCalledTimes(1);
    });

    it('writes it shortly after the last change, a rating by key included', () => {
      vi.useFakeTimers();
      const options = keep();
      drawFirstFrame(document.body, popupBody(), model({ note: 'Stored' }), options);
      fireEvent.keyDown(document.body, { key: '2' });
      vi.advanceTimersByTime(DRAFT_DEBOUNCE_MS - 1);
      expect(options.keepDraft).not.toHaveBeenCalled();
      fireEvent.click(screen.getByRole('checkbox', { name: 'Quality' }));
      vi.advanceTimersByTime(DRAFT_DEBOUNCE_MS);
      expect(options.keepDraft).toHaveBeenCalledExactlyOnceWith({
        rating: 2,
        categories: ['quality'],
        note: 'Stored',
      });
    });

    it('leaves it to the React form once that has taken over', () => {
      vi.useFakeTimers();
      const options = keep();
      const frame = drawFirstFrame(document.body, popupBody(), model(), options);
      fireEvent.keyDown(document.body, { key: '3' });
      frame.remove();
      vi.advanceTimersByTime(DRAFT_DEBOUNCE_MS);
      window.dispatchEvent(new Event('pagehide'));
      expect(options.keepDraft).not.toHaveBeenCalled();
    });

    it('says so when the draft cannot be written', async () => {
      const options = keep(() => Promise.reject(new Error('quota')));
      drawFirstFrame(document.body, popupBody(), model(), options);
      fireEvent.keyDown(document.body, { key: '1' });
      window.dispatchEvent(new Event('pagehide'));
      await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(DRAFT_NOT_KEPT));
      // The entry itself stays.
      expect(controls(form()).checked).toContain('rating=1');
    });
  });
});

const PICK_KEY = draftKeyOf({});
const PICKER_PARTNERS = [globex, initech].map(({ id, name, status }) => ({ id, name, status }));

/** Boots the React popup for a tab without a context, with `draft` stored for the picker. */
async function bootWithoutContext(draft?: FeedbackDraftFields) {
  const drafts = createDraftStore();
  if (draft) await drafts.write(PICK_KEY, draft);
  await drafts.preload();
  const tab = { status: 'no-context' as const };
  const partners = { partners: [globex, initech], error: null };
  holder.boot = {
    tab: Promise.resolve(tab),
    partners: Promise.resolve(partners),
    drafts,
    settled: { tab, partners },
  } as unknown as PopupBoot;
  return drafts;
}

function pickerModel(fields: Partial<FeedbackDraftFields> = {}): FirstFrameModel {
  return {
    draftKey: PICK_KEY,
    picker: PICKER_PARTNERS,
    noContext: true,
    fields: { categories: [], note: '', ...fields },
  };
}

const frameCombobox = () =>
  document.querySelector<HTMLInputElement>('#pl-first-frame input[role="combobox"]')!;
const optionTexts = () =>
  [...document.querySelectorAll('#pl-first-frame [role="option"]')].map((o) => o.textContent);

describe('popup first frame without a context', () => {
  it('has the same markup as the React form with its partner picker', async () => {
    await bootWithoutContext({ partnerId: INITECH, rating: 4, categories: [], note: '' });
    const { container } = render(<PopupApp />);
    await waitFor(() => expect(form().dataset.ready).toBe('true'));

    const { frameBody } = drawnApart(pickerModel({ partnerId: INITECH, rating: 4 }));

    for (const selector of ['.pl-quick-entry', '[data-testid="pl-popup-no-context"]']) {
      expect(canonical(frameBody.querySelector(selector)!)).toBe(
        canonical(container.querySelector(selector)!),
      );
    }
    expect(frameBody.querySelector<HTMLInputElement>('input[role="combobox"]')!.value).toBe(
      'Initech',
    );
  });

  it('filters and picks from the keyboard, and typed digits stay text', () => {
    const options = keep();
    drawFirstFrame(document.body, popupBody(), pickerModel(), options);
    const input = frameCombobox();
    input.focus();
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(optionTexts()).toEqual(['Globex', 'Initech · candidate']);

    fireEvent.input(input, { target: { value: 'in' } });
    expect(optionTexts()).toEqual(['Initech · candidate']);
    fireEvent.keyDown(input, { key: '1' });
    expect(controls(form()).checked).toEqual([]);
    fireEvent.input(input, { target: { value: 'zz' } });
    expect(document.querySelector('#pl-first-frame [role="listbox"]')!.hasAttribute('hidden')).toBe(
      true,
    );
    expect(screen.getByText('No partner matches “zz”.')).toBeTruthy();

    fireEvent.input(input, { target: { value: '' } });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input.getAttribute('aria-activedescendant')).toBe(
      document.querySelectorAll('#pl-first-frame [role="option"]')[1]!.id,
    );
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(input.value).toBe('Initech');
    expect(input.getAttribute('aria-expanded')).toBe('false');

    window.dispatchEvent(new Event('pagehide'));
    expect(options.keepDraft).toHaveBeenCalledExactlyOnceWith({
      partnerId: INITECH,
      categories: [],
      note: '',
    });
  });

  it('picks with the mouse and by typing the whole name, and Escape closes the list', () => {
    drawFirstFrame(document.body, popupBody(), pickerModel(), keep());
    const input = frameCombobox();
    input.focus();
    fireEvent.mouseDown(screen.getByRole('option', { name: 'Globex' }));
    expect(pendingFirstFrame()!.fields().partnerId).toBe(GLOBEX);
    fireEvent.input(input, { target: { value: 'initech ' } });
    expect(pendingFirstFrame()!.fields().partnerId).toBe(INITECH);
    fireEvent.input(input, { target: { value: 'initec' } });
    expect(pendingFirstFrame()!.fields().partnerId).toBeUndefined();
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('hands the picked partner, the typed text and the focus over to React, and saves once', async () => {
    await bootWithoutContext();
    const root = popupBody();
    drawFirstFrame(document.body, root, pickerModel(), keep());
    const input = frameCombobox();
    input.focus();
    fireEvent.input(input, { target: { value: 'Globex' } });
    input.setSelectionRange(1, 3);
    fireEvent.keyDown(document.body, { key: '5' });
    fireEvent.keyDown(input, { key: 'Enter', ctrlKey: true });

    render(<PopupApp />, { container: root });

    expect(document.getElementById('pl-first-frame')).toBeNull();
    const picker = screen.getByRole<HTMLInputElement>('combobox', { name: 'Partner' });
    expect(picker.value).toBe('Globex');
    expect(document.activeElement).toBe(picker);
    expect([picker.selectionStart, picker.selectionEnd]).toEqual([1, 3]);
    await waitFor(() => screen.getByTestId('pl-feedback-saved'));
    const saves = call.mock.calls.filter(([method]) => method === 'feedback.save');
    expect(saves).toHaveLength(1);
    expect(saves[0]![1]).toMatchObject({ partnerId: GLOBEX, rating: 5, kind: 'praise' });
  });

  it('keeps text typed but not picked in the React picker, and the draft it had', async () => {
    const drafts = await bootWithoutContext({ partnerId: INITECH, categories: [], note: '' });
    const root = popupBody();
    drawFirstFrame(document.body, root, pickerModel({ partnerId: INITECH }), keep());
    fireEvent.input(frameCombobox(), { target: { value: 'glo' } });

    render(<PopupApp />, { container: root });

    expect(screen.getByRole<HTMLInputElement>('combobox', { name: 'Partner' }).value).toBe('glo');
    // Typing cleared the choice: the draft says so too.
    await waitFor(async () => expect((await drafts.read(PICK_KEY))?.partnerId).toBeUndefined());
  });

  it('has the same markup on an unmapped page, with its item, and hands the pick over', async () => {
    const drafts = await bootFor(undefined, { unmapped: true });
    const itemKey = draftKeyOf({ item });
    const unmapped: FirstFrameModel = {
      draftKey: itemKey,
      picker: PICKER_PARTNERS,
      noContext: false,
      item,
      fields: { categories: [], note: '' },
    };

    const { container, unmount } = render(<PopupApp />);
    await waitFor(() => expect(form().dataset.ready).toBe('true'));
    const { frameBody } = drawnApart(unmapped);
    expect(canonical(frameBody.querySelector('.pl-quick-entry')!)).toBe(
      canonical(container.querySelector('.pl-quick-entry')!),
    );
    expect(frameBody.querySelector('[data-testid="pl-popup-no-context"]')).toBeNull();
    pendingFirstFrame()?.remove();
    unmount();

    const root = popupBody();
    drawFirstFrame(document.body, root, unmapped, keep());
    const input = frameCombobox();
    input.focus();
    fireEvent.mouseDown(screen.getByRole('option', { name: 'Globex' }));

    render(<PopupApp />, { container: root });

    expect(document.getElementById('pl-first-frame')).toBeNull();
    expect(screen.getByRole<HTMLInputElement>('combobox', { name: 'Partner' }).value).toBe(
      'Globex',
    );
    expect(screen.getByTestId('pl-feedback-item-key').textContent).toBe('GLX-7');
    await waitFor(async () => expect((await drafts.read(itemKey))?.partnerId).toBe(GLOBEX));
  });
});
