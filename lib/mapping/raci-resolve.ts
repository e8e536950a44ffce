import type { RaciAssignment, RaciRole } from '../model/raci';
import { RACI_ROLES } from '../model/raci-roles';

/** Where a RACI question is asked: a partner's engagement, one of its scopes, one item. */
export interface RaciTarget {
  partnerId: string;
  scopeId?: string;
  itemKey?: string;
}

export const RACI_GAPS = ['no-accountable', 'several-accountable', 'partner-accountable'] as const;
export type RaciGapCode = (typeof RACI_GAPS)[number];
export interface RaciGap {
  code: RaciGapCode;
  message: string;
}

export interface ResolvedRaci {
  /** The tags that apply, in R, A, C, I order. */
  tags: RaciAssignment[];
  /** Where the tags of each role came from. */
  levels: Partial<Record<RaciRole, 'item' | 'scope' | 'engagement'>>;
  gaps: RaciGap[];
}

type Level = 'item' | 'scope' | 'engagement';

function levelOf(tag: RaciAssignment, target: RaciTarget): Level | null {
  if (tag.deleted || tag.partnerId !== target.partnerId) return null;
  if (tag.itemKey !== undefined) return tag.itemKey === target.itemKey ? 'item' : null;
  if (tag.scopeId !== undefined) return tag.scopeId === target.scopeId ? 'scope' : null;
  return 'engagement';
}

/**
 * The RACI tags of an item or scope. For each role the most specific level that names it
 * wins (item over scope over the whole engagement), so an item can name a different
 * Responsible without repeating the scope's Accountable and Informed.
 */
export function resolveRaci(
  assignments: readonly RaciAssignment[],
  target: RaciTarget,
  policy: { partnerAccountableAllowed: boolean },
): ResolvedRaci {
  const byRole = new Map<RaciRole, Map<Level, RaciAssignment[]>>();
  for (const tag of assignments) {
    const level = levelOf(tag, target);
    if (!level) continue;
    const levels = byRole.get(tag.role) ?? new Map<Level, RaciAssignment[]>();
    levels.set(level, [...(levels.get(level) ?? []), tag]);
    byRole.set(tag.role, levels);
  }
  const tags: RaciAssignment[] = [];
  const levels: ResolvedRaci['levels'] = {};
  for (const role of RACI_ROLES) {
    const found = byRole.get(role);
    const level = (['item', 'scope', 'engagement'] as const).find((l) => found?.has(l));
    if (!found || !level) continue;
    levels[role] = level;
    tags.push(...found.get(level)!.sort((a, b) => a.createdAt.localeCompare(b.createdAt)));
  }
  return { tags, levels, gaps: raciGaps(tags, policy) };
}

/** The gaps the sidebar and the options page flag, in words a manager can act on. */
export function raciGaps(
  tags: readonly RaciAssignment[],
  policy: { partnerAccountableAllowed: boolean },
): RaciGap[] {
  const accountable = tags.filter((tag) => tag.role === 'A');
  const gaps: RaciGap[] = [];
  if (accountable.length === 0) {
    gaps.push({
      code: 'no-accountable',
      message: 'Nobody is Accountable. Name one person who signs off the work.',
    });
  } else if (accountable.length > 1) {
    gaps.push({
      code: 'several-accountable',
      message: `${accountable.length} are Accountable (${accountable.map(raciHolder).join(', ')}). Keep exactly one.`,
    });
  }
  if (!policy.partnerAccountableAllowed && accountable.some((tag) => tag.party === 'partner')) {
    gaps.push({
      code: 'partner-accountable',
      message:
        'The Accountable person is on the partner’s side. Your policy keeps accountability in-house.',
    });
  }
  return gaps;
}

/** Who holds a tag, for display: "Dana Lee (Delivery lead)", or the role name alone. */
export function raciHolder(tag: Pick<RaciAssignment, 'person' | 'roleName'>): string {
  if (tag.person && tag.roleName) return `${tag.person.name} (${tag.roleName})`;
  return tag.person?.name ?? tag.roleName;
}

/** The roles the partner holds, e.g. "R" or "R·C": the letter shown on inline chips. */
export function partnerRoleLetters(tags: readonly RaciAssignment[]): string {
  const roles = RACI_ROLES.filter((role) =>
    tags.some((tag) => tag.role === role && tag.party === 'partner'),
  );
  return roles.join('·');
}
