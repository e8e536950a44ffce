import { civilFromDays, parseDateOnly } from '../kpi/instant';
import { zonedCalendar, type ZonedCalendar } from '../kpi/time-zone';
import { resolveRaci, type RaciTarget } from '../mapping/raci-resolve';
import type { Feedback } from '../model/feedback';
import type { Milestone } from '../model/milestone';
import type { Partner } from '../model/partner';
import { isSilenced, itemPromptSubject, type PromptState } from '../model/prompt-state';
import type { RaciAssignment } from '../model/raci';
import { riskScore, type Risk } from '../model/risk';
import { dueTouchpoints } from '../prompts/touchpoint-due';
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
  /** The local day it is (or was) due: the day scheduled, or the last meeting's plus its cadence. */
  dueDate: string;
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

/** The soonest touchpoint due (`dueTouchpoints`, the rule of the "touchpoint overdue" reminder). */
function touchpointDue(
  touchpoints: readonly Touchpoint[],
  calendar: ZonedCalendar,
  today: number,
): TouchpointDue | null {
  const [soonest] = dueTouchpoints(touchpoints, calendar, today).sort(
    (a, b) => a.dueDay - b.dueDay,
  );
  if (!soonest) return null;
  const state = soonest.dueDay < today ? 'overdue' : 'next';
  const kindName = TOUCHPOINT_KIND_LABELS[soonest.kind];
  const days = Math.abs(soonest.dueDay - today);
  const text =
    state === 'overdue'
      ? `${kindName} overdue by ${plural(days, 'day')}.`
      : days === 0
        ? `${kindName} due today.`
        : `${kindName} due in ${plural(days, 'day')}.`;
  return { state, dueDate: civilFromDays(soonest.dueDay), touchpoint: soonest.touchpoint, text };
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
  const calendar = zonedCalendar(input.timeZone);
  const today = calendar.dayOf(now.getTime());
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
    touchpoint: touchpointDue(records.touchpoints, calendar, today),
    feedback: records.feedback
      .filter((entry) => !entry.deleted)
      .sort((a, b) => b.givenAt.localeCompare(a.givenAt))
      .slice(0, RECENT_FEEDBACK),
    prompt: promptFor(input),
  };
}
