import {
  useEffect,
  useId,
  useRef,
  type FormEventHandler,
  type ReactNode,
  type RefObject,
} from 'react';
import type { AsyncState } from '@/components/common/use-async';
import type { Notice } from './use-record-editor';

/** Loading, error (with retry) and empty states of a record list; the list once loaded. */
export function RecordsState<T>({
  state,
  noun,
  empty,
  onRetry,
  children,
}: {
  state: AsyncState<T[]>;
  /** Plural, lower case: "risks". */
  noun: string;
  empty: ReactNode;
  onRetry(): void;
  children(records: T[]): ReactNode;
}) {
  if (state.status === 'loading') return <p role="status">Loading {noun}…</p>;
  if (state.status === 'error') {
    return (
      <div role="alert" className="pl-form-error">
        <p>
          The {noun} could not be loaded: {state.message}
        </p>
        <button type="button" className="pl-button-secondary" onClick={onRetry}>
          Try again
        </button>
      </div>
    );
  }
  if (state.data.length === 0) return <div className="pl-empty pl-editor-empty">{empty}</div>;
  return <>{children(state.data)}</>;
}

/** The outcome of the last change, announced politely (errors assertively). */
export function EditorNotice({ notice }: { notice: Notice | null }) {
  return (
    <div aria-live="polite" className="pl-editor-notice">
      {notice?.tone === 'status' && <p role="status">{notice.text}</p>}
      {notice?.tone === 'error' && (
        <p role="alert" className="pl-form-error">
          {notice.text}
        </p>
      )}
    </div>
  );
}

/** Edit and delete of one listed record; deleting asks for confirmation first. */
export function RowActions({
  label,
  confirming,
  busy,
  onEdit,
  onAskDelete,
  onConfirmDelete,
  onKeep,
}: {
  /** What the record is called in the buttons' accessible names: "risk Vendor lock-in". */
  label: string;
  confirming: boolean;
  busy: boolean;
  onEdit(): void;
  onAskDelete(): void;
  onConfirmDelete(): void;
  onKeep(): void;
}) {
  const confirmRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (wasConfirming.current) deleteRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  if (confirming) {
    return (
      <span className="pl-confirm" role="group" aria-label={`Confirm deleting ${label}`}>
        <span>Delete {label}?</span>
        <button
          ref={confirmRef}
          type="button"
          className="pl-button-danger"
          disabled={busy}
          onClick={onConfirmDelete}
        >
          Yes, delete
        </button>
        <button type="button" className="pl-button-secondary" onClick={onKeep}>
          Keep
        </button>
      </span>
    );
  }
  return (
    <span className="pl-editor-row-actions">
      <button
        type="button"
        className="pl-button-quiet"
        aria-label={`Edit ${label}`}
        onClick={onEdit}
      >
        Edit
      </button>
      <button
        ref={deleteRef}
        type="button"
        className="pl-button-quiet"
        aria-label={`Delete ${label}`}
        onClick={onAskDelete}
      >
        Delete
      </button>
    </span>
  );
}

/** The part of `useRecordEditor`'s state a listed record's actions use. */
interface RowEditor {
  confirming: string | null;
  busy: boolean;
  open(target: { mode: 'edit'; id: string }): void;
  setConfirming(id: string | null): void;
  remove(id: string, label: string): Promise<unknown>;
}

/** `RowActions` of the record `id`, wired to the editor: edit, and delete after confirming. */
export function RecordRowActions({
  editor,
  id,
  label,
}: {
  editor: RowEditor;
  id: string;
  label: string;
}) {
  return (
    <RowActions
      label={label}
      confirming={editor.confirming === id}
      busy={editor.busy}
      onEdit={() => editor.open({ mode: 'edit', id })}
      onAskDelete={() => editor.setConfirming(id)}
      onConfirmDelete={() => void editor.remove(id, label)}
      onKeep={() => editor.setConfirming(null)}
    />
  );
}

/**
 * The frame of a record form: labelled by its heading (focused when the form opens), with a
 * save failure that belongs to no field shown above the fields.
 */
export function RecordForm({
  heading,
  rootError,
  onSubmit,
  children,
}: {
  heading: ReactNode;
  rootError: string | undefined;
  onSubmit: FormEventHandler<HTMLFormElement>;
  children: ReactNode;
}) {
  const titleId = useId();
  return (
    <form
      className="pl-form pl-editor-form"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={titleId}
      data-testid="pl-editor-form"
    >
      <FormHeading id={titleId}>{heading}</FormHeading>
      {rootError !== undefined && (
        <p className="pl-form-error" role="alert">
          {rootError}
        </p>
      )}
      {children}
    </form>
  );
}

/** The heading of a record form, focused when the form opens so keyboard users land in it. */
export function FormHeading({ id, children }: { id: string; children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <h4 id={id} ref={ref} tabIndex={-1}>
      {children}
    </h4>
  );
}

/** Save and cancel of a record form. */
export function FormButtons({
  saving,
  saveLabel,
  onCancel,
}: {
  saving: boolean;
  saveLabel: string;
  onCancel(): void;
}) {
  return (
    <div className="pl-actions">
      <button type="submit" className="pl-button-primary" disabled={saving}>
        {saving ? 'Saving…' : saveLabel}
      </button>
      <button type="button" className="pl-button-secondary" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}

export function AddButton({
  buttonRef,
  onClick,
  children,
  disabled,
}: {
  buttonRef: RefObject<HTMLButtonElement | null>;
  onClick(): void;
  children: ReactNode;
  disabled?: boolean;
}) {
  return (
    <button
      ref={buttonRef}
      type="button"
      className="pl-button-primary"
      data-action="add"
      onClick={onClick}
      disabled={disabled}
    >
      {children}
    </button>
  );
}
