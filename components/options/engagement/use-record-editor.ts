import { useCallback, useEffect, useRef, useState } from 'react';
import { useAsync } from '@/components/common/use-async';
import { callBackground } from '@/lib/messaging/client';
import type { Milestone } from '@/lib/model/milestone';
import type { RaciAssignment } from '@/lib/model/raci';
import type { Risk } from '@/lib/model/risk';
import type { Touchpoint } from '@/lib/model/touchpoint';
import { messageOf } from './engagement-display';

export interface RecordsByKind {
  raci: RaciAssignment;
  risks: Risk;
  milestones: Milestone;
  touchpoints: Touchpoint;
}
export type RecordKind = keyof RecordsByKind;

// One call per kind, so that each keeps its own typed method name.
const LIST: { [K in RecordKind]: (partnerId: string) => Promise<RecordsByKind[K][]> } = {
  raci: (partnerId) => callBackground('raci.list', { partnerId }),
  risks: (partnerId) => callBackground('risks.list', { partnerId }),
  milestones: (partnerId) => callBackground('milestones.list', { partnerId }),
  touchpoints: (partnerId) => callBackground('touchpoints.list', { partnerId }),
};
const DELETE: Record<RecordKind, (id: string) => Promise<{ deleted: boolean }>> = {
  raci: (id) => callBackground('raci.delete', { id }),
  risks: (id) => callBackground('risks.delete', { id }),
  milestones: (id) => callBackground('milestones.delete', { id }),
  touchpoints: (id) => callBackground('touchpoints.delete', { id }),
};

/** What the form of an editor shows: a new record (with preset values) or a stored one. */
export type EditorTarget<P> = { mode: 'create'; preset?: P } | { mode: 'edit'; id: string };

export interface Notice {
  tone: 'status' | 'error';
  text: string;
}

/**
 * State shared by the record editors: the partner's records of one kind, which one is open
 * in the form, which one awaits delete confirmation, and a notice of the last change. The
 * focus returns to the "Add" button when the form closes or a record is deleted.
 */
export function useRecordEditor<K extends RecordKind, P = never>(kind: K, partnerId: string) {
  const [state, reload] = useAsync(() => LIST[kind](partnerId));
  const [target, setTarget] = useState<EditorTarget<P> | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const addRef = useRef<HTMLButtonElement>(null);
  const [focusAdd, setFocusAdd] = useState(false);

  useEffect(() => {
    if (!focusAdd || target) return;
    addRef.current?.focus();
    setFocusAdd(false);
  }, [focusAdd, target]);

  const open = useCallback((next: EditorTarget<P>) => {
    setConfirming(null);
    setNotice(null);
    setTarget(next);
  }, []);

  const close = useCallback(
    (saved?: string) => {
      setTarget(null);
      setFocusAdd(true);
      if (saved) {
        setNotice({ tone: 'status', text: saved });
        reload();
      }
    },
    [reload],
  );

  const remove = useCallback(
    async (id: string, label: string) => {
      setBusy(true);
      setNotice(null);
      try {
        await DELETE[kind](id);
        setConfirming(null);
        setTarget((current) => (current?.mode === 'edit' && current.id === id ? null : current));
        setNotice({ tone: 'status', text: `Deleted ${label}.` });
        setFocusAdd(true);
        reload();
      } catch (error) {
        setNotice({ tone: 'error', text: messageOf(error, `${label} could not be deleted.`) });
      } finally {
        setBusy(false);
      }
    },
    [kind, reload],
  );

  return {
    state,
    reload,
    target,
    open,
    close,
    confirming,
    setConfirming,
    remove,
    notice,
    busy,
    addRef,
  };
}
