import { civilFromDays, parseDateOnly } from '../kpi/instant';
import { zonedCalendar } from '../kpi/time-zone';
import { resolveRaci, type RaciTarget } from '../mapping/raci-resolve';
import type { Feedback } from '../model/feedback';
import type { Milestone } from '../model/milestone';
import type { Partner } from '../model/partner';
import { isSilenced, itemPromptSubject, type PromptState } from '../model/prompt-state';
import type { RaciAssignment } from '../model/raci';
import { riskScore, type Risk } from '../model/risk';
import { TOUCHPOINT_KIND_LABELS, type Touchpoint } from '../model/touchpoint';
import type { StatusCategory } from '../model/work-item';

/** Everything the sidebar shows about a partner's engagement, besides its KPIs. */
export interface EngagementRecords {
  partner: Partner;
  raci: readonly RaciAssignment[];
  risks: readonly Risk[];
  milestones: readonly Milestone[];
  touchpoints: readonly Touchpoint[];
  feedback: readonly Feedback[];
  promptStates: readonly PromptState[];
}

/** The page's item as the sidebar read it from the tracker. */
export interface ViewedItem {
  tool: string;
  site: string;
  key: string;
  statusCategory: StatusCategory;
}

export interface EngagementViewInput {
  records: EngagementRecords;
  target: RaciTarget;
  item?: ViewedItem;
  partnerAccountableAllowed: boolean;
  /**
   * Warn from this many days before the contract ends: the reminder's setting
   * (`contractEndingNudgeDays`), so the sidebar and the reminder agree.
   */
  contractWarningDays: number;
  now: Date;
  timeZone: string;
}

export const MILESTONE_HORIZON_DAYS = 14;
export const RELATIONSHIP_WINDOW_DAYS = 90;
const RELATIONSHIP_MAX_ENTRIES = 10;
const TOP_RISKS = 3;
const RECENT_FEEDBACK = 3;

export type RelationshipLevel = 'good' | 'fair' | 'poor' | 'unknown';
export interface Relationship {
  level: RelationshipLevel;
  /** Mean rating of the entries considered, or null without any. */
  averageRating: number | null;
  entries: number;
  text: string;
}

export interface TouchpointDue {
  state: 'overdue' | 'next';
  /** When it is (or was) due: a scheduled time, or the last meeting plus its cadence. */
  dueAt: string;
  touchpoint: Touchpoint;
  text: string;
}

export interface EngagementView {
  contractWarning: string | null;
  relationship: Relationship;
  raci: ReturnType<typeof resolveRaci>;
  risks: { top: Risk[]; open: number };
  milestones: { overdue: Milestone[]; upcoming: Milestone[] };
  touchpoint: TouchpointDue | null;
  feedback: Feedback[];
  /** Set when the sidebar should ask for a rating of the delivered item. */
  prompt: { subject: string; itemKey: string } | null;
}

const plural = (count: number, one: string, many = `${one}s`) =>
  `${count} ${count === 1 ? one : many}`;

function contractWarning(partner: Partner, today: number, warningDays: number): string | null {
  if (!partner.contractEnd) return null;
  const left = parseDateOnly(partner.contractEnd) - today;
  if (left < 0) return `The contract ended on ${partner.contractEnd}.`;
  if (left === 0) return `The contract ends today (${partner.contractEnd}).`;
  if (left <= warningDays) {
    return `The contract ends in ${plural(left, 'day')}, on ${partner.contractEnd}.`;
  }
  return null;
}

/**
 * Relationship health from recent feedback: the mean rating of the last ten entries of the
 * last 90 days. 4 and above is good, below 3 is poor; recognition counts as much as criticism.
 */
export function relationshipOf(feedback: readonly Feedback[], now: Date): Relationship {
  const since = now.getTime() - RELATIONSHIP_WINDOW_DAYS * 86_400_000;
  const recent = feedback
    .filter((entry) => !entry.deleted && Date.parse(entry.givenAt) >= since)
    .sort((a, b) => b.givenAt.localeCompare(a.givenAt))
    .slice(0, RELATIONSHIP_MAX_ENTRIES);
  if (recent.length === 0) {
    return {
      level: 'unknown',
      averageRating: null,
      entries: 0,
      text: `No feedback in the last ${RELATIONSHIP_WINDOW_DAYS} days.`,
    };
  }
  const average = recent.reduce((sum, entry) => sum + entry.rating, 0) / recent.length;
  const level: RelationshipLevel = average >= 4 ? 'good' : average >= 3 ? 'fair' : 'poor';
  const words = { good: 'Good', fair: 'Fair', poor: 'Poor' }[level];
  const praise = recent.filter((entry) => entry.kind === 'praise').length;
  return {
    level,
    averageRating: Math.round(average * 10) / 10,
    entries: recent.length,
    text: `${words}: average rating ${average.toFixed(1)} of 5 from the last ${plural(recent.length, 'entry', 'entries')}, ${praise} praise.`,
  };
}

function touchpointDue(touchpoints: readonly Touchpoint[], now: Date): TouchpointDue | null {
  const live = touchpoints.filter((touchpoint) => !touchpoint.deleted);
  const nowMs = now.getTime();
  const candidates: { dueAt: number; touchpoint: Touchpoint }[] = [];
  // Meetings scheduled and not yet held.
  for (const touchpoint of live) {
    if (touchpoint.scheduledFor && !touchpoint.heldAt) {
      candidates.push({ dueAt: Date.parse(touchpoint.scheduledFor), touchpoint });
    }
  }
  // The next meeting of each recurring kind: the last one held plus its cadence, unless one
  // of that kind is already scheduled.
  const lastHeld = new Map<string, Touchpoint>();
  for (const touchpoint of live) {
    if (!touchpoint.heldAt || touchpoint.cadenceDays === undefined) continue;
    const previous = lastHeld.get(touchpoint.kind);
    if (!previous || previous.heldAt! < touchpoint.heldAt)
      lastHeld.set(touchpoint.kind, touchpoint);
  }
  for (const [kind, touchpoint] of lastHeld) {
    const scheduled = candidates.some(
      (candidate) =>
        candidate.touchpoint.kind === kind && candidate.dueAt > Date.parse(touchpoint.heldAt!),
    );
    if (scheduled) continue;
    candidates.push({
      dueAt: Date.parse(touchpoint.heldAt!) + touchpoint.cadenceDays! * 86_400_000,
      touchpoint,
    });
  }
  if (candidates.length === 0) return null;
  const soonest = candidates.sort((a, b) => a.dueAt - b.dueAt)[0]!;
  const state = soonest.dueAt < nowMs ? 'overdue' : 'next';
  const kindName = TOUCHPOINT_KIND_LABELS[soonest.touchpoint.kind];
  const days = Math.floor(Math.abs(nowMs - soonest.dueAt) / 86_400_000);
  const text =
    state === 'overdue'
      ? `${kindName} overdue by ${plural(Math.max(days, 1), 'day')}.`
      : days === 0
        ? `${kindName} due today.`
        : `${kindName} due in ${plural(days, 'day')}.`;
  return {
    state,
    dueAt: new Date(soonest.dueAt).toISOString(),
    touchpoint: soonest.touchpoint,
    text,
  };
}

function sameItem(entry: Feedback, item: ViewedItem): boolean {
  if (entry.itemKey !== item.key) return false;
  if (entry.tool && entry.tool !== item.tool) return false;
  if (!entry.itemUrl) return true;
  try {
    return new URL(entry.itemUrl).origin === item.site;
  } catch {
    return true;
  }
}

/**
 * The delivered-item prompt: the item is done, its partner is known (the caller passes the
 * partner's records), nobody gave feedback on it here yet, and it was not snoozed or declined.
 */
function promptFor(input: EngagementViewInput): EngagementView['prompt'] {
  const { item, records, now } = input;
  if (!item || item.statusCategory !== 'done') return null;
  if (records.feedback.some((entry) => !entry.deleted && sameItem(entry, item))) return null;
  const subject = itemPromptSubject(item);
  const state = records.promptStates.find((candidate) => candidate.subject === subject);
  if (isSilenced(state, now)) return null;
  return { subject, itemKey: item.key };
}

export function buildEngagementView(input: EngagementViewInput): EngagementView {
  const { records, now } = input;
  const today = zonedCalendar(input.timeZone).dayOf(now.getTime());
  const horizon = civilFromDays(today + MILESTONE_HORIZON_DAYS);
  const todayText = civilFromDays(today);

  const openRisks = records.risks.filter(
    (risk) => !risk.deleted && (risk.status === 'open' || risk.status === 'mitigating'),
  );
  const pending = records.milestones
    .filter((milestone) => !milestone.deleted && milestone.status !== 'done')
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate));

  return {
    contractWarning: contractWarning(records.partner, today, input.contractWarningDays),
    relationship: relationshipOf(records.feedback, now),
    raci: resolveRaci(records.raci, input.target, {
      partnerAccountableAllowed: input.partnerAccountableAllowed,
    }),
    risks: {
      top: [...openRisks]
        .sort((a, b) => riskScore(b) - riskScore(a) || b.updatedAt.localeCompare(a.updatedAt))
        .slice(0, TOP_RISKS),
      open: openRisks.length,
    },
    milestones: {
      overdue: pending.filter((milestone) => milestone.dueDate < todayText),
      upcoming: pending.filter(
        (milestone) => milestone.dueDate >= todayText && milestone.dueDate <= horizon,
      ),
    },
    touchpoint: touchpointDue(records.touchpoints, now),
    feedback: records.feedback
      .filter((entry) => !entry.deleted)
      .sort((a, b) => b.givenAt.localeCompare(a.givenAt))
      .slice(0, RECENT_FEEDBACK),
    prompt: promptFor(input),
  };
}
