import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type FormEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import type { BuildResult, FeedbackFieldErrors } from '@/lib/feedback/build-feedback';
import { DRAFT_DEBOUNCE_MS, type FeedbackDraftFields } from '@/lib/feedback/draft-schema';
import { draftKeyOf, type FeedbackTarget } from '@/lib/feedback/feedback-target';
import { isSaveShortcut, ratingFromKey } from '@/lib/feedback/shortcuts';
import { effectiveKind } from '@/lib/feedback/suggest-kind';
import { callFromPopup } from './popup-rpc';
import { RpcError } from '@/lib/messaging/errors';
import type { Feedback } from '@/lib/model/feedback';
import { FEEDBACK_CATEGORIES, FEEDBACK_CATEGORY_LABELS } from '@/lib/model/feedback-values';
import { TOOL_LABELS } from '@/lib/model/tools';
import type { Partner } from '@/lib/model/partner';
import { ChoiceGroup } from './ChoiceGroup';
import type { FirstFrame, FocusedControl } from './first-frame';
import {
  DRAFT_NOT_KEPT,
  KIND_OPTIONS,
  NOTE_MAX_LENGTH,
  NOTE_PLACEHOLDER,
  RATING_KEYS_HINT,
  RATING_OPTIONS,
  SAVE_SHORTCUTS,
  saveShortcutLabel,
} from './form-text';
import { startPopupBoot } from './popup-boot';
import { PartnerPicker } from './PartnerPicker';

/**
 * The record builder brings the feedback schemas (zod); building them at load would delay
 * the form's first frame, so they load once the form is ready, before any save needs them.
 */
const loadBuilder = () => import('@/lib/feedback/build-feedback');

const EMPTY: FeedbackDraftFields = { categories: [], note: '' };

/** The fields of the key's draft if the drafts are loaded (none: empty), else `undefined`. */
function preloadedDraft(key: string): FeedbackDraftFields | undefined {
  const draft = startPopupBoot().drafts.peek(key);
  if (draft === undefined) return undefined;
  if (draft === null) return EMPTY;
  const { updatedAt: _updatedAt, ...restored } = draft;
  return restored;
}

interface Props {
  /** The page's (or a nudge's) partner and item; `null` while the popup is still reading them. */
  target: FeedbackTarget | null;
  /** The fixed partner's name, shown above the form. */
  partnerName?: string;
  /** Every partner, for the picker; `null` while loading. */
  partners: readonly Partner[] | null;
  /** Put the focus on the rating once the form is ready (e.g. after a nudge's action). */
  focusOnReady?: boolean;
  /** A control beside the partner line, e.g. "Change partner". */
  partnerAction?: ReactNode;
  onPartnerChange(partnerId: string | undefined): void;
  onSaved(saved: Feedback, fields: FeedbackDraftFields, draftKey: string): void;
  /**
   * The plain-DOM first frame of this very target (same draft key): the form starts from
   * what was entered there, and replaces it in its first commit.
   */
  handover?: FirstFrame;
}

/** True when two entries hold the same picked partner, rating, kind, categories and note. */
function sameEntry(a: FeedbackDraftFields, b: FeedbackDraftFields): boolean {
  return (
    a.partnerId === b.partnerId &&
    a.rating === b.rating &&
    a.kind === b.kind &&
    a.note === b.note &&
    a.categories.join() === b.categories.join()
  );
}

/** Puts the focus back on the control that had it in the first frame. */
function restoreFocus(form: HTMLFormElement | null, control: FocusedControl | null) {
  if (!form || !control) return;
  if (control.name === 'save') {
    form.querySelector<HTMLButtonElement>('button[type="submit"]')?.focus();
    return;
  }
  const target = [...form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[name]')].find(
    (element) =>
      element.name === control.name &&
      (control.value === undefined || element.value === control.value),
  );
  target?.focus();
  if (control.selection && (target instanceof HTMLTextAreaElement || target?.type === 'text')) {
    const { start, end, direction } = control.selection;
    target.setSelectionRange(start, end, direction);
  }
}

/**
 * The quick feedback entry: rating (keys 1–5), kind, categories and note; Ctrl/Cmd+Enter
 * saves. What is typed is kept as a draft of this target until it is saved.
 */
export function FeedbackForm({
  target,
  partnerName,
  partners,
  focusOnReady,
  partnerAction,
  onPartnerChange,
  onSaved,
  handover,
}: Props) {
  const headingId = useId();
  const draftKey = target ? draftKeyOf(target) : null;
  // The drafts are usually loaded before the form first renders: then it starts ready,
  // without waiting a render for the draft of its key.
  const [initial] = useState(() =>
    handover ? handover.fields() : draftKey ? preloadedDraft(draftKey) : undefined,
  );
  const [fields, setFields] = useState<FeedbackDraftFields>(initial ?? EMPTY);
  // What was typed in the first frame's partner picker, picked or not.
  const [handedQuery] = useState(() => handover?.partnerQuery());
  const [loadedKey, setLoadedKey] = useState<string | null>(
    initial !== undefined ? draftKey : null,
  );
  const [errors, setErrors] = useState<FeedbackFieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const fieldsRef = useRef(fields);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const firstRating = useRef<HTMLInputElement | null>(null);
  const formRef = useRef<HTMLFormElement | null>(null);
  /**
   * Set from the first step of a save to its end. The `saving` state reaches `save` only after
   * a render, so a quick second Ctrl/Cmd+Enter would otherwise save twice.
   */
  const inFlight = useRef(false);
  const pickerRef = useRef<HTMLInputElement | null>(null);

  const fixedPartner = target?.partnerId;
  const needsPartners = target !== null && !fixedPartner;
  const ready = target !== null && draftKey === loadedKey && (!needsPartners || partners !== null);
  const partnerId = fixedPartner ?? fields.partnerId;

  // Restore the draft of this target (a different item gets its own, or none).
  useEffect(() => {
    if (!draftKey || loadedKey === draftKey) return;
    let live = true;
    const done = (draft: FeedbackDraftFields | null) => {
      if (!live) return;
      const restored = draft ?? EMPTY;
      fieldsRef.current = restored;
      setFields(restored);
      setLoadedKey(draftKey);
    };
    startPopupBoot()
      .drafts.read(draftKey)
      .then(
        (draft) => {
          if (!draft) return done(null);
          const { updatedAt: _updatedAt, ...restored } = draft;
          done(restored);
        },
        () => done(null),
      );
    return () => {
      live = false;
    };
    // Only a new key needs a read; loadedKey changes only here and in the initial state.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draftKey]);

  useEffect(() => {
    if (ready && !fixedPartner) onPartnerChange(fields.partnerId);
  }, [ready, fixedPartner, fields.partnerId, onPartnerChange]);

  const flushDraft = useCallback(() => {
    if (timer.current === undefined || !draftKey) return;
    clearTimeout(timer.current);
    timer.current = undefined;
    const { partnerId: picked, ...rest } = fieldsRef.current;
    // A fixed partner is not part of the draft; a picked one is.
    void startPopupBoot()
      .drafts.write(draftKey, fixedPartner ? rest : { ...rest, partnerId: picked })
      .catch(() => setFormError(DRAFT_NOT_KEPT));
  }, [draftKey, fixedPartner]);

  // The popup closes as soon as it loses focus: write what is pending right away.
  useEffect(() => {
    window.addEventListener('pagehide', flushDraft);
    return () => {
      window.removeEventListener('pagehide', flushDraft);
      flushDraft();
    };
  }, [flushDraft]);

  const update = useCallback(
    (patch: Partial<FeedbackDraftFields>) => {
      const next = { ...fieldsRef.current, ...patch };
      fieldsRef.current = next;
      setFields(next);
      setErrors((current) => {
        const rest = { ...current };
        for (const key of Object.keys(patch)) delete rest[key as keyof FeedbackFieldErrors];
        if ('rating' in patch) delete rest.kind;
        return rest;
      });
      clearTimeout(timer.current);
      timer.current = setTimeout(flushDraft, DRAFT_DEBOUNCE_MS);
    },
    [flushDraft],
  );

  useEffect(() => {
    if (ready) void loadBuilder().catch(() => undefined);
  }, [ready]);

  const save = useCallback(async () => {
    if (!ready || saving || inFlight.current || !target || !draftKey) return;
    setFormError(null);
    inFlight.current = true;
    let built: BuildResult;
    try {
      const { buildFeedbackInput } = await loadBuilder();
      built = buildFeedbackInput(fieldsRef.current, target, new Date());
    } catch {
      inFlight.current = false;
      setFormError('The form could not be checked. Close the popup and open it again.');
      return;
    }
    if (!built.ok) {
      inFlight.current = false;
      setErrors(built.errors);
      // Focus the first field to fix, in the order of the form.
      const first = (['partnerId', 'rating', 'kind', 'note'] as const).find((f) => built.errors[f]);
      if (first === 'partnerId') pickerRef.current?.focus();
      else if (first === 'rating') firstRating.current?.focus();
      else if (first) formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      if (built.errors.item) setFormError(built.errors.item);
      return;
    }
    setSaving(true);
    try {
      const saved = await callFromPopup('feedback.save', built.input);
      const snapshot = fieldsRef.current;
      clearTimeout(timer.current);
      timer.current = undefined;
      await startPopupBoot()
        .drafts.clear(draftKey)
        .catch(() => undefined);
      // Keep a picked partner for the next entry; clear the rest.
      const next: FeedbackDraftFields = { ...EMPTY, partnerId: snapshot.partnerId };
      fieldsRef.current = next;
      setFields(next);
      setErrors({});
      onSaved(saved, snapshot, draftKey);
    } catch (error) {
      if (error instanceof RpcError && error.issues.length > 0) {
        const fromServer: FeedbackFieldErrors = {};
        for (const issue of error.issues) {
          const field = issue.path.split('.')[0] as keyof FeedbackFieldErrors;
          fromServer[field] ??= issue.message;
        }
        setErrors(fromServer);
      }
      setFormError(
        error instanceof Error ? error.message : 'The feedback was not saved. Try again.',
      );
    } finally {
      inFlight.current = false;
      setSaving(false);
    }
  }, [ready, saving, target, draftKey, onSaved]);

  // Shortcuts anywhere in the popup: 1–5 rate (outside text fields), Ctrl/Cmd+Enter saves.
  useEffect(() => {
    if (!ready) return;
    const onKey = (event: KeyboardEvent) => {
      if (isSaveShortcut(event)) {
        event.preventDefault();
        void save();
        return;
      }
      const rating = ratingFromKey(event);
      if (rating !== null) {
        event.preventDefault();
        update({ rating });
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [ready, save, update]);

  useEffect(() => {
    if (ready && focusOnReady) firstRating.current?.focus();
  }, [ready, focusOnReady]);

  // Replace the first frame before the browser paints again: same place, same values.
  useLayoutEffect(() => {
    if (!handover) return;
    const focused = handover.focused();
    handover.remove();
    restoreFocus(formRef.current, focused);
    const stored = (draftKey ? preloadedDraft(draftKey) : undefined) ?? EMPTY;
    // Keep as a draft what was entered before React was in.
    if (!sameEntry(stored, fieldsRef.current)) update({});
    if (handover.saveRequested) void save();
    // Once, on mount: the handover is the first frame of this form's first render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };

  const item = target?.item;
  const kind = effectiveKind(fields);
  const shortcut = saveShortcutLabel();

  return (
    <section className="pl-quick-entry" aria-labelledby={headingId}>
      <h2 id={headingId}>Give feedback</h2>
      <form
        ref={formRef}
        className="pl-feedback-form"
        data-testid="pl-feedback-form"
        data-ready={ready ? 'true' : undefined}
        aria-busy={!ready}
        aria-labelledby={headingId}
        noValidate
        onSubmit={onSubmit}
      >
        {fixedPartner && (
          <p className="pl-feedback-about">
            For <strong data-testid="pl-feedback-partner">{partnerName ?? 'the partner'}</strong>{' '}
            {partnerAction}
          </p>
        )}
        {!fixedPartner && partnerAction && <p className="pl-feedback-about">{partnerAction}</p>}
        {item && (
          <p className="pl-feedback-about pl-meta" data-testid="pl-feedback-item">
            On {TOOL_LABELS[item.tool]} <span data-testid="pl-feedback-item-key">{item.key}</span>
            {item.title && (
              <>
                {': '}
                <span data-testid="pl-feedback-item-title">{item.title}</span>
              </>
            )}
          </p>
        )}
        {!target && <p className="pl-meta">Reading the current page…</p>}
        <fieldset className="pl-feedback-fields" disabled={!ready}>
          {target && !fixedPartner && (
            <PartnerPicker
              // Remount when the draft restores a choice, so the text box shows its name.
              key={`${loadedKey ?? ''}:${partners ? 'loaded' : 'loading'}`}
              partners={partners ?? []}
              value={fields.partnerId}
              onChange={(id) => update({ partnerId: id })}
              error={errors.partnerId}
              inputRef={pickerRef}
              initialQuery={handedQuery}
            />
          )}
          <RatingGroup
            value={fields.rating}
            onChange={(rating) => update({ rating })}
            error={errors.rating}
            firstRef={firstRating}
          />
          <ChoiceGroup
            legend="Kind"
            name="kind"
            options={KIND_OPTIONS}
            value={kind}
            onChange={(value) => update({ kind: value })}
            error={errors.kind}
            className="pl-kind"
          />
          <fieldset className="pl-categories">
            <legend>Categories</legend>
            <div className="pl-choice-options">
              {FEEDBACK_CATEGORIES.map((category) => (
                <label key={category} className="pl-check">
                  <input
                    type="checkbox"
                    name="categories"
                    value={category}
                    checked={fields.categories.includes(category)}
                    onChange={(event) =>
                      update({
                        categories: event.target.checked
                          ? FEEDBACK_CATEGORIES.filter(
                              (c) => c === category || fields.categories.includes(c),
                            )
                          : fields.categories.filter((c) => c !== category),
                      })
                    }
                  />{' '}
                  {FEEDBACK_CATEGORY_LABELS[category]}
                </label>
              ))}
            </div>
          </fieldset>
          <NoteField
            value={fields.note}
            onChange={(note) => update({ note })}
            error={errors.note}
          />
          <div className="pl-actions">
            <button
              type="submit"
              className="pl-button-primary"
              disabled={saving}
              aria-keyshortcuts={SAVE_SHORTCUTS}
            >
              {saving ? 'Saving…' : 'Save feedback'}
            </button>
            <span className="pl-hint">
              <kbd>{shortcut}</kbd> saves · keys <kbd>1</kbd>–<kbd>5</kbd> rate
            </span>
          </div>
        </fieldset>
        {formError && (
          <p className="pl-form-error" role="alert">
            {formError}
          </p>
        )}
        {partnerId === undefined && ready && !fixedPartner && partners?.length === 0 && (
          <p className="pl-empty">Add a partner first under Partners and settings.</p>
        )}
      </form>
    </section>
  );
}

function RatingGroup({
  value,
  onChange,
  error,
  firstRef,
}: {
  value: number | undefined;
  onChange(value: number): void;
  error?: string;
  firstRef: RefObject<HTMLInputElement | null>;
}) {
  const id = useId();
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <fieldset
      className={`pl-choice-group pl-rating${error ? ' pl-field-invalid' : ''}`}
      role="radiogroup"
      aria-labelledby={`${id}-legend`}
      aria-describedby={describedBy}
      data-testid="pl-rating"
    >
      <legend id={`${id}-legend`}>Rating</legend>
      <div className="pl-choice-options">
        {RATING_OPTIONS.map((option, index) => (
          <label key={option.value} className="pl-choice">
            <input
              ref={index === 0 ? firstRef : undefined}
              type="radio"
              className="pl-visually-hidden"
              name="rating"
              value={option.value}
              // Arrow keys move within the group; Tab lands on the chosen star or the first.
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span aria-hidden="true">{option.display}</span>
            <span className="pl-visually-hidden">{option.label}</span>
          </label>
        ))}
      </div>
      <p id={`${id}-hint`} className="pl-visually-hidden">
        {RATING_KEYS_HINT}
      </p>
      {error && (
        <p id={`${id}-error`} className="pl-field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}

function NoteField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange(value: string): void;
  error?: string;
}) {
  const id = useId();
  return (
    <div className={`pl-field${error ? ' pl-field-invalid' : ''}`}>
      <label htmlFor={id}>Note</label>
      <textarea
        id={id}
        name="note"
        rows={3}
        maxLength={NOTE_MAX_LENGTH}
        placeholder={NOTE_PLACEHOLDER}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {error && (
        <p id={`${id}-error`} className="pl-field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
