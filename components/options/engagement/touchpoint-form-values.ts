import {
  TOUCHPOINT_DEFAULT_CADENCE_DAYS,
  type Touchpoint,
  type TouchpointInput,
  type TouchpointKind,
} from '@/lib/model/touchpoint';
import { fromLocalInput, toLocalInput } from './engagement-display';
import { fieldForPath } from './record-resolver';

export interface ActionItemFormValues {
  text: string;
  owner: string;
  due: string;
  done: boolean;
}

export interface TouchpointFormValues {
  kind: TouchpointKind;
  cadenceDays: string;
  /** `datetime-local` text, local time. */
  scheduledFor: string;
  heldAt: string;
  notes: string;
  actionItems: ActionItemFormValues[];
}

export const EMPTY_ACTION_ITEM: ActionItemFormValues = {
  text: '',
  owner: '',
  due: '',
  done: false,
};

/** The cadence field's text for a kind: its default, or empty when the kind does not repeat. */
export function defaultCadenceText(kind: TouchpointKind): string {
  const days = TOUCHPOINT_DEFAULT_CADENCE_DAYS[kind];
  return days === undefined ? '' : String(days);
}

export function newTouchpointFormValues(
  preset: Partial<TouchpointFormValues> = {},
): TouchpointFormValues {
  const kind = preset.kind ?? 'weekly-sync';
  return {
    kind,
    cadenceDays: defaultCadenceText(kind),
    scheduledFor: '',
    heldAt: '',
    notes: '',
    actionItems: [],
    ...preset,
  };
}

export function touchpointToFormValues(touchpoint: Touchpoint): TouchpointFormValues {
  return {
    kind: touchpoint.kind,
    cadenceDays: touchpoint.cadenceDays === undefined ? '' : String(touchpoint.cadenceDays),
    scheduledFor: toLocalInput(touchpoint.scheduledFor),
    heldAt: toLocalInput(touchpoint.heldAt),
    notes: touchpoint.notes,
    actionItems: touchpoint.actionItems.map((item) => ({
      text: item.text,
      owner: item.owner,
      due: item.due ?? '',
      done: item.done,
    })),
  };
}

export function touchpointFormToInput(
  values: TouchpointFormValues,
  partnerId: string,
  id?: string,
): TouchpointInput {
  const cadence = values.cadenceDays.trim();
  return {
    id,
    partnerId,
    kind: values.kind,
    // Text that is not a number reaches the schema as NaN, which it names in words.
    cadenceDays: cadence === '' ? undefined : Number(cadence),
    scheduledFor: fromLocalInput(values.scheduledFor),
    heldAt: fromLocalInput(values.heldAt),
    notes: values.notes,
    actionItems: values.actionItems.map((item) => ({
      text: item.text,
      owner: item.owner,
      due: item.due.trim() || undefined,
      done: item.done,
    })),
  };
}

const FIELDS = ['kind', 'cadenceDays', 'scheduledFor', 'heldAt', 'notes', 'actionItems'];
export const touchpointFieldForIssue = (path: string) =>
  fieldForPath(path, FIELDS, ['actionItems']);

const DAY_MS = 24 * 60 * 60 * 1000;
/** Milliseconds of an ISO instant (offsets may differ between devices); missing sorts first. */
const time = (iso: string | undefined) => (iso === undefined ? 0 : new Date(iso).getTime());

export interface TouchpointLists {
  /** Not held yet, soonest first (overdue ones lead). */
  scheduled: Touchpoint[];
  /** Held, most recent first. */
  held: Touchpoint[];
}

export function splitTouchpoints(touchpoints: readonly Touchpoint[]): TouchpointLists {
  const scheduled = touchpoints
    .filter((touchpoint) => touchpoint.heldAt === undefined)
    .sort((a, b) => time(a.scheduledFor) - time(b.scheduledFor));
  const held = touchpoints
    .filter((touchpoint) => touchpoint.heldAt !== undefined)
    .sort((a, b) => time(b.heldAt) - time(a.heldAt));
  return { scheduled, held };
}

export function isTouchpointOverdue(touchpoint: Touchpoint, now: Date): boolean {
  return (
    touchpoint.heldAt === undefined &&
    touchpoint.scheduledFor !== undefined &&
    time(touchpoint.scheduledFor) < now.getTime()
  );
}

/**
 * When the next meeting of each repeating kind is due: the last one held plus its cadence,
 * unless one of that kind is already scheduled after it. Soonest first.
 */
export function cadenceDue(
  touchpoints: readonly Touchpoint[],
): { kind: TouchpointKind; due: Date; lastHeld: string }[] {
  const { scheduled, held } = splitTouchpoints(touchpoints);
  const result: { kind: TouchpointKind; due: Date; lastHeld: string }[] = [];
  const seen = new Set<TouchpointKind>();
  for (const touchpoint of held) {
    if (seen.has(touchpoint.kind)) continue;
    seen.add(touchpoint.kind);
    const heldAt = touchpoint.heldAt;
    if (touchpoint.cadenceDays === undefined || heldAt === undefined) continue;
    const planned = scheduled.some(
      (other) => other.kind === touchpoint.kind && time(other.scheduledFor) > time(heldAt),
    );
    if (planned) continue;
    result.push({
      kind: touchpoint.kind,
      due: new Date(time(heldAt) + touchpoint.cadenceDays * DAY_MS),
      lastHeld: heldAt,
    });
  }
  return result.sort((a, b) => a.due.getTime() - b.due.getTime());
}
