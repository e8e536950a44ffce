import { DRAFT_DEBOUNCE_MS, type FeedbackDraftFields } from '@/lib/feedback/draft-schema';
import { isSaveShortcut, ratingFromKey } from '@/lib/feedback/shortcuts';
import { effectiveKind, kindForRating } from '@/lib/feedback/suggest-kind';
import {
  FEEDBACK_CATEGORIES,
  FEEDBACK_CATEGORY_LABELS,
  FEEDBACK_KINDS,
  type FeedbackCategory,
  type FeedbackKind,
} from '@/lib/model/feedback-values';
import { TOOL_LABELS } from '@/lib/model/tools';
import type { FirstFrameModel } from './first-frame-model';
import { framePicker } from './first-frame-picker';
import {
  DRAFT_NOT_KEPT,
  KIND_OPTIONS,
  NO_CONTEXT_TEXT,
  NOTE_MAX_LENGTH,
  NOTE_PLACEHOLDER,
  RATING_KEYS_HINT,
  RATING_OPTIONS,
  SAVE_SHORTCUTS,
  saveShortcutLabel,
} from './form-text';

/**
 * The popup's first frame: the quick entry drawn in plain DOM, the same markup and classes
 * as the React form, as soon as the page's partner is known (or, on a page without one, the
 * partner list for its picker: first-frame-picker.ts), while React loads. It is
 * usable at once: native radios, boxes and the note keep what is entered, keys 1–5 rate, and
 * a save (button or Ctrl/Cmd+Enter) is remembered, and what is entered is kept as the item's
 * draft (`keepDraft`) should the popup close before React is in. The React form then takes
 * over in one commit (`pendingFirstFrame`): it starts from these fields, restores the focus,
 * and runs a save that was asked for. The rest of the popup appears below the form when React
 * is in.
 */

/** The control that had the focus, found again in the React form by name and value. */
export interface FocusedControl {
  name: string;
  value?: string;
  selection?: { start: number; end: number; direction: 'forward' | 'backward' | 'none' };
}

export interface FirstFrame {
  readonly draftKey: string;
  /** What has been entered so far. */
  fields(): FeedbackDraftFields;
  focused(): FocusedControl | null;
  /** What is in the partner picker's text box; undefined where the page names the partner. */
  partnerQuery(): string | undefined;
  readonly saveRequested: boolean;
  readonly changePartnerRequested: boolean;
  /** Says below the form that the popup cannot go on (the entry stays, no save is pending). */
  fail(message: string): void;
  /** Removes the frame and shows the React popup in its place. */
  remove(): void;
}

export interface FirstFrameOptions {
  /** Stores the entry as the draft of the frame's item (empty fields remove it). */
  keepDraft(fields: FeedbackDraftFields): Promise<void>;
}

const FRAME_ID = 'pl-first-frame';
let current: FirstFrame | null = null;

/** The first frame still on the page, for the React popup to take over; null once removed. */
export function pendingFirstFrame(): FirstFrame | null {
  return current;
}

type Child = Node | string;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

function radio(name: string, value: string, checked: boolean): HTMLInputElement {
  const input = el('input', { type: 'radio', class: 'pl-visually-hidden', name, value });
  input.defaultChecked = checked;
  return input;
}

function ratingGroup(rating: number | undefined): HTMLFieldSetElement {
  const id = `${FRAME_ID}-rating`;
  return el(
    'fieldset',
    {
      class: 'pl-choice-group pl-rating',
      role: 'radiogroup',
      'aria-labelledby': `${id}-legend`,
      'aria-describedby': `${id}-hint`,
      'data-testid': 'pl-rating',
    },
    [
      el('legend', { id: `${id}-legend` }, ['Rating']),
      el(
        'div',
        { class: 'pl-choice-options' },
        RATING_OPTIONS.map((option) =>
          el('label', { class: 'pl-choice' }, [
            radio('rating', String(option.value), rating === option.value),
            el('span', { 'aria-hidden': 'true' }, [option.display]),
            el('span', { class: 'pl-visually-hidden' }, [option.label]),
          ]),
        ),
      ),
      el('p', { id: `${id}-hint`, class: 'pl-visually-hidden' }, [RATING_KEYS_HINT]),
    ],
  );
}

function kindGroup(kind: FeedbackKind | undefined): HTMLFieldSetElement {
  const id = `${FRAME_ID}-kind`;
  return el(
    'fieldset',
    { class: 'pl-choice-group pl-kind', role: 'radiogroup', 'aria-labelledby': `${id}-legend` },
    [
      el('legend', { id: `${id}-legend` }, ['Kind']),
      el(
        'div',
        { class: 'pl-choice-options' },
        KIND_OPTIONS.map((option) =>
          el('label', { class: 'pl-choice' }, [
            radio('kind', option.value, kind === option.value),
            option.label,
          ]),
        ),
      ),
    ],
  );
}

function categoryGroup(chosen: readonly FeedbackCategory[]): HTMLFieldSetElement {
  return el('fieldset', { class: 'pl-categories' }, [
    el('legend', {}, ['Categories']),
    el(
      'div',
      { class: 'pl-choice-options' },
      FEEDBACK_CATEGORIES.map((category) => {
        const box = el('input', { type: 'checkbox', name: 'categories', value: category });
        box.defaultChecked = chosen.includes(category);
        return el('label', { class: 'pl-check' }, [box, ' ', FEEDBACK_CATEGORY_LABELS[category]]);
      }),
    ),
  ]);
}

function noteField(note: string): HTMLDivElement {
  const id = `${FRAME_ID}-note`;
  const area = el('textarea', {
    id,
    name: 'note',
    rows: '3',
    maxlength: String(NOTE_MAX_LENGTH),
    placeholder: NOTE_PLACEHOLDER,
  });
  area.defaultValue = note;
  return el('div', { class: 'pl-field' }, [el('label', { for: id }, ['Note']), area]);
}

function itemLine(model: FirstFrameModel): HTMLParagraphElement | null {
  const { item } = model;
  if (!item) return null;
  const children: Child[] = [
    `On ${TOOL_LABELS[item.tool]} `,
    el('span', { 'data-testid': 'pl-feedback-item-key' }, [item.key]),
  ];
  if (item.title) {
    children.push(': ', el('span', { 'data-testid': 'pl-feedback-item-title' }, [item.title]));
  }
  return el(
    'p',
    { class: 'pl-feedback-about pl-meta', 'data-testid': 'pl-feedback-item' },
    children,
  );
}

function checkedValue(form: HTMLFormElement, name: string): string | undefined {
  return form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value;
}

/**
 * Draws the first frame into `container` (before the React root, which stays hidden until
 * the frame is taken over) and registers it for `pendingFirstFrame`.
 */
export function drawFirstFrame(
  container: HTMLElement,
  reactRoot: HTMLElement,
  model: FirstFrameModel,
  options: FirstFrameOptions,
): FirstFrame {
  const headingId = `${FRAME_ID}-heading`;
  let explicitKind = model.fields.kind;
  let saveRequested = false;
  let changePartnerRequested = false;
  let failed = false;
  let draftTimer: ReturnType<typeof setTimeout> | undefined;

  const saveButton = el(
    'button',
    { type: 'submit', class: 'pl-button-primary', 'aria-keyshortcuts': SAVE_SHORTCUTS },
    ['Save feedback'],
  );
  const changePartner = el(
    'button',
    { type: 'button', class: 'pl-button-quiet pl-inline-button' },
    ['Change partner'],
  );
  // Without a partner (no tracker page, or an unmapped one) the form starts with the picker.
  const picker = model.picker
    ? framePicker(`${FRAME_ID}-partner`, model.picker, model.fields.partnerId, () => entryChanged())
    : null;
  const about = [
    ...(model.picker
      ? []
      : [
          el('p', { class: 'pl-feedback-about' }, [
            'For ',
            el('strong', { 'data-testid': 'pl-feedback-partner' }, [model.partnerName]),
            ' ',
            changePartner,
          ]),
        ]),
    ...[itemLine(model)].filter((line) => line !== null),
  ];
  const form = el(
    'form',
    {
      class: 'pl-feedback-form',
      'data-testid': 'pl-feedback-form',
      'aria-busy': 'false',
      'aria-labelledby': headingId,
      novalidate: '',
    },
    [
      ...about,
      el('fieldset', { class: 'pl-feedback-fields' }, [
        ...(picker ? [picker.element] : []),
        ratingGroup(model.fields.rating),
        kindGroup(effectiveKind(model.fields)),
        categoryGroup(model.fields.categories),
        noteField(model.fields.note),
        el('div', { class: 'pl-actions' }, [
          saveButton,
          el('span', { class: 'pl-hint' }, [
            el('kbd', {}, [saveShortcutLabel()]),
            ' saves · keys ',
            el('kbd', {}, ['1']),
            '–',
            el('kbd', {}, ['5']),
            ' rate',
          ]),
        ]),
      ]),
    ],
  );
  const frame = el('main', { id: FRAME_ID, class: 'pl-popup', 'data-testid': 'pl-popup' }, [
    el('h1', {}, ['Partner Lens']),
    ...(model.noContext
      ? [el('p', { class: 'pl-empty', 'data-testid': 'pl-popup-no-context' }, [NO_CONTEXT_TEXT])]
      : []),
    el('section', { class: 'pl-quick-entry', 'aria-labelledby': headingId }, [
      el('h2', { id: headingId }, ['Give feedback']),
      form,
    ]),
  ]);

  const rating = () => {
    const value = checkedValue(form, 'rating');
    return value ? Number(value) : undefined;
  };
  const setRating = (value: number) => {
    const input = form.querySelector<HTMLInputElement>(`input[name="rating"][value="${value}"]`);
    if (input) input.checked = true;
    // As in the React form: until a kind is chosen, it follows the rating.
    if (explicitKind === undefined) {
      const suggested = form.querySelector<HTMLInputElement>(
        `input[name="kind"][value="${kindForRating(value)}"]`,
      );
      if (suggested) suggested.checked = true;
    }
  };
  const requestSave = () => {
    // After `fail` no save can run: the alert says what to do instead.
    if (saveRequested || failed) return;
    saveRequested = true;
    saveButton.textContent = 'Saving…';
  };
  const showError = (message: string) => {
    form.querySelector('.pl-form-error')?.remove();
    form.append(el('p', { class: 'pl-form-error', role: 'alert' }, [message]));
  };
  // As the React form does: a draft shortly after the last change, at once when the popup closes.
  const keepDraft = () => {
    if (draftTimer === undefined) return;
    clearTimeout(draftTimer);
    draftTimer = undefined;
    options.keepDraft(handle.fields()).catch(() => showError(DRAFT_NOT_KEPT));
  };
  const entryChanged = () => {
    clearTimeout(draftTimer);
    draftTimer = setTimeout(keepDraft, DRAFT_DEBOUNCE_MS);
  };

  form.addEventListener('input', entryChanged);
  form.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    if (input.name === 'rating') setRating(Number(input.value));
    if (input.name === 'kind' && (FEEDBACK_KINDS as readonly string[]).includes(input.value)) {
      explicitKind = input.value as FeedbackKind;
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    requestSave();
  });
  changePartner.addEventListener('click', () => {
    changePartnerRequested = true;
  });
  const onKey = (event: KeyboardEvent) => {
    if (isSaveShortcut(event)) {
      event.preventDefault();
      requestSave();
      return;
    }
    const value = ratingFromKey(event);
    if (value !== null) {
      event.preventDefault();
      setRating(value);
      entryChanged();
    }
  };
  document.addEventListener('keydown', onKey);
  window.addEventListener('pagehide', keepDraft);

  reactRoot.hidden = true;
  container.insertBefore(frame, reactRoot);
  form.dataset.ready = 'true';

  const handle: FirstFrame = {
    draftKey: model.draftKey,
    fields: () => {
      const categories = FEEDBACK_CATEGORIES.filter(
        (category) =>
          form.querySelector<HTMLInputElement>(`input[name="categories"][value="${category}"]`)
            ?.checked,
      );
      const note = form.querySelector('textarea')?.value ?? '';
      const value = rating();
      const partnerId = picker?.partnerId();
      return {
        ...(partnerId !== undefined ? { partnerId } : {}),
        ...(value !== undefined ? { rating: value } : {}),
        ...(explicitKind !== undefined ? { kind: explicitKind } : {}),
        categories,
        note,
      };
    },
    focused: () => {
      const active = document.activeElement;
      if (!active || !frame.contains(active)) return null;
      if (
        active instanceof HTMLTextAreaElement ||
        (active instanceof HTMLInputElement && active.type === 'text')
      ) {
        return {
          name: active.name,
          selection: {
            // Null only for input types without a selection, which a text box is not.
            start: active.selectionStart ?? 0,
            end: active.selectionEnd ?? 0,
            direction: active.selectionDirection ?? 'none',
          },
        };
      }
      if (active instanceof HTMLInputElement) return { name: active.name, value: active.value };
      if (active === saveButton) return { name: 'save' };
      return null;
    },
    partnerQuery: () => picker?.query(),
    get saveRequested() {
      return saveRequested;
    },
    get changePartnerRequested() {
      return changePartnerRequested;
    },
    fail: (message) => {
      failed = true;
      saveRequested = false;
      saveButton.textContent = 'Save feedback';
      showError(message);
    },
    remove: () => {
      // The React form keeps the entry from here on (FeedbackForm's handover).
      clearTimeout(draftTimer);
      draftTimer = undefined;
      window.removeEventListener('pagehide', keepDraft);
      document.removeEventListener('keydown', onKey);
      frame.remove();
      reactRoot.hidden = false;
      if (current === handle) current = null;
    },
  };
  current = handle;
  return handle;
}
