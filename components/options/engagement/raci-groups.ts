import { raciGaps, raciHolder, type RaciGapCode } from '@/lib/mapping/raci-resolve';
import { RACI_ROLES, type RaciAssignment } from '@/lib/model/raci';
import { raciWhere } from './raci-form-values';

/** The tags that apply at one place: the whole engagement, one scope, or one item. */
export interface RaciGroup {
  key: string;
  where: 'engagement' | 'scope' | 'item';
  scopeId?: string;
  itemKey?: string;
  tags: RaciAssignment[];
}

export type RaciGapKind = RaciGapCode;

export interface RaciGap {
  kind: RaciGapKind;
  message: string;
}

const WHERE_ORDER = { engagement: 0, scope: 1, item: 2 } as const;

function groupKey(tag: RaciAssignment): string {
  const where = raciWhere(tag);
  if (where === 'item') return `item:${tag.scopeId ?? ''}:${tag.itemKey ?? ''}`;
  return where === 'scope' ? `scope:${tag.scopeId ?? ''}` : 'engagement';
}

/**
 * Groups tags by where they apply: the whole engagement first, then scopes in the order
 * given (`scopeOrder`, unknown ones last), then items by their scope and key; within a group R, A, C, I.
 */
export function groupRaciTags(
  tags: readonly RaciAssignment[],
  scopeOrder: readonly string[] = [],
): RaciGroup[] {
  const groups = new Map<string, RaciGroup>();
  for (const tag of tags) {
    const key = groupKey(tag);
    let group = groups.get(key);
    if (!group) {
      group = { key, where: raciWhere(tag), scopeId: tag.scopeId, itemKey: tag.itemKey, tags: [] };
      groups.set(key, group);
    }
    group.tags.push(tag);
  }
  const scopeRank = (id?: string) => {
    const index = id === undefined ? -1 : scopeOrder.indexOf(id);
    return index === -1 ? scopeOrder.length : index;
  };
  const roleRank = (tag: RaciAssignment) => RACI_ROLES.indexOf(tag.role);
  const nameOf = (tag: RaciAssignment) => tag.person?.name ?? tag.roleName;
  for (const group of groups.values()) {
    group.tags.sort((a, b) => roleRank(a) - roleRank(b) || nameOf(a).localeCompare(nameOf(b)));
  }
  return [...groups.values()].sort(
    (a, b) =>
      WHERE_ORDER[a.where] - WHERE_ORDER[b.where] ||
      scopeRank(a.scopeId) - scopeRank(b.scopeId) ||
      (a.itemKey ?? '').localeCompare(b.itemKey ?? '', undefined, { numeric: true }),
  );
}

/** "Dana Lee" / "Delivery lead" / "Dana Lee (Delivery lead)": the sidebar's wording. */
export const raciWho = raciHolder;

/**
 * The Accountable tags in force for a group, inheriting per role from the level above when
 * the group has none of its own: an item from its scope (when it names one) or the whole
 * engagement, a scope from the whole engagement.
 */
export function accountablesFor(
  group: RaciGroup,
  groups: readonly RaciGroup[],
): { tags: RaciAssignment[]; inheritedFrom?: RaciGroup } {
  const own = group.tags.filter((tag) => tag.role === 'A');
  if (own.length > 0 || group.where === 'engagement') return { tags: own };
  const scope =
    group.where === 'item' && group.scopeId !== undefined
      ? groups.find((g) => g.where === 'scope' && g.scopeId === group.scopeId)
      : undefined;
  const engagement = groups.find((g) => g.where === 'engagement');
  const parents = [scope, engagement].filter((g): g is RaciGroup => g !== undefined);
  for (const parent of parents) {
    const tags = parent.tags.filter((tag) => tag.role === 'A');
    if (tags.length > 0) return { tags, inheritedFrom: parent };
  }
  return { tags: [] };
}

/**
 * The RACI gaps of one group, with the rules and words of the sidebar (`raciGaps`): no
 * Accountable, more than one, or an Accountable on the partner side when not allowed.
 */
export function raciGapsFor(
  group: RaciGroup,
  groups: readonly RaciGroup[],
  partnerAccountableAllowed: boolean,
): RaciGap[] {
  const { tags } = accountablesFor(group, groups);
  return raciGaps(tags, { partnerAccountableAllowed }).map(({ code, message }) => ({
    kind: code,
    message,
  }));
}
