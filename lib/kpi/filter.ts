import { normalizeScopeId, normalizeSite } from '../mapping/scope-key';
import type { Tool } from '../model/host-context';
import type { Scope } from '../model/scope';
import type { WorkItem } from '../model/work-item';
import type { EvaluableKpi } from './definition';

/** What the filter reads from a scope record. */
export type ScopeLike = Pick<Scope, 'id' | 'partnerId' | 'tool' | 'site' | 'ids'> & {
  readonly deleted?: boolean;
};

/**
 * Which tracker items a KPI looks at:
 *
 * - **Scopes**: items whose project/board (tool + site + project id) is listed by one of the
 *   partner's live scopes — all of them when the definition's `scopeIds` is empty, else only
 *   the listed ones that still exist. Jira keys compare case-insensitively, sites by origin,
 *   as the partner mapping does (lib/mapping/scope-key.ts).
 * - **Labels** (`labelFilter`): items carrying at least one of the labels, among their labels
 *   or components (Jira components are labels to most teams), compared case-insensitively.
 * - **Item types** (`itemTypeFilter`): items whose type is one of those listed, compared
 *   case-insensitively; items without a type (Trello cards) do not match a type filter.
 *
 * Empty lists mean "no restriction". Feedback and milestones belong to the partner; they are
 * narrowed to the filtered items only when the KPI has a scope, label or type filter (see
 * evaluate.ts).
 */
export interface ItemFilter {
  /** Same key ⇔ same items, so KPIs with equal filters share one bucket. */
  readonly key: string;
  readonly partnerId: string;
  /** Ids of the scope records whose projects count. */
  readonly scopeIds: ReadonlySet<string>;
  /** Lower-cased labels; empty = any. */
  readonly labels: ReadonlySet<string>;
  /** Lower-cased item types; empty = any. */
  readonly itemTypes: ReadonlySet<string>;
  /** Whether anything narrows the partner's full set of items. */
  readonly narrowed: boolean;
  /** Verdicts per raw label / type string, so each distinct string is normalised once. */
  readonly seenLabels: Map<string, boolean>;
  readonly seenTypes: Map<string, boolean>;
}

const lower = (values: readonly string[] | undefined) =>
  [...new Set((values ?? []).map((value) => value.trim().toLowerCase()))]
    .filter((value) => value !== '')
    .sort();

/** The filter of a definition, given every scope (any partner's; tombstones ignored). */
export function itemFilterOf(
  definition: Pick<EvaluableKpi, 'partnerId' | 'scopeIds' | 'labelFilter' | 'itemTypeFilter'>,
  scopes: readonly ScopeLike[],
): ItemFilter {
  const own = scopes.filter(
    (scope) => scope.partnerId === definition.partnerId && scope.deleted !== true,
  );
  const wanted = new Set(definition.scopeIds);
  const chosen = (wanted.size === 0 ? own : own.filter((scope) => wanted.has(scope.id)))
    .map((scope) => scope.id)
    .sort();
  const labels = lower(definition.labelFilter);
  const itemTypes = lower(definition.itemTypeFilter);
  return {
    key: JSON.stringify([definition.partnerId, chosen, labels, itemTypes]),
    partnerId: definition.partnerId,
    scopeIds: new Set(chosen),
    labels: new Set(labels),
    itemTypes: new Set(itemTypes),
    narrowed: wanted.size > 0 || labels.length > 0 || itemTypes.length > 0,
    seenLabels: new Map(),
    seenTypes: new Map(),
  };
}

// Items repeat the same few labels and types: normalise each distinct string once per filter.
function has(set: ReadonlySet<string>, cache: Map<string, boolean>, value: string): boolean {
  let found = cache.get(value);
  if (found === undefined) {
    found = set.has(value.trim().toLowerCase());
    cache.set(value, found);
  }
  return found;
}

function anyIn(
  set: ReadonlySet<string>,
  cache: Map<string, boolean>,
  values: readonly string[],
): boolean {
  for (let index = 0; index < values.length; index += 1) {
    if (has(set, cache, values[index]!)) return true;
  }
  return false;
}

/** Whether an item passes the label and item-type parts of a filter (not the scope part). */
export function matchesAttributes(item: WorkItem, filter: ItemFilter): boolean {
  if (filter.itemTypes.size > 0) {
    const type = item.itemType;
    if (type === undefined || !has(filter.itemTypes, filter.seenTypes, type)) return false;
  }
  if (filter.labels.size > 0) {
    return (
      anyIn(filter.labels, filter.seenLabels, item.labels) ||
      anyIn(filter.labels, filter.seenLabels, item.components)
    );
  }
  return true;
}

/**
 * Finds the scopes that claim an item's project in O(1). Each distinct (tool, site, project)
 * is normalised once and cached under its raw project id; a lookup is one Map read plus a
 * comparison of tool and site (a project id rarely recurs across tools or sites), and the last
 * answer is reused when consecutive items share a project, as items loaded per scope do.
 */
export class ScopeIndex {
  private readonly claims = new Map<string, string[]>();
  private readonly sites = new Map<string, string | null>();
  private readonly byProject = new Map<string, ProjectClaim[]>();
  private last: ProjectClaim | undefined;

  constructor(scopes: readonly ScopeLike[]) {
    for (const scope of scopes) {
      if (scope.deleted === true) continue;
      const site = this.origin(scope.site);
      if (site === null) continue;
      for (const id of scope.ids) {
        const key = `${scope.tool} ${site} ${normalizeScopeId(scope.tool, id)}`;
        const list = this.claims.get(key);
        if (list === undefined) this.claims.set(key, [scope.id]);
        else if (!list.includes(scope.id)) list.push(scope.id);
      }
    }
  }

  private origin(site: string): string | null {
    let origin = this.sites.get(site);
    if (origin === undefined) {
      origin = normalizeSite(site);
      this.sites.set(site, origin);
    }
    return origin;
  }

  /** Ids of the live scopes listing the item's project (empty when none); a cached array. */
  scopesOf(item: Pick<WorkItem, 'tool' | 'site' | 'project'>): readonly string[] {
    const projectId = item.project.id;
    const last = this.last;
    if (
      last !== undefined &&
      last.projectId === projectId &&
      last.tool === item.tool &&
      last.site === item.site
    ) {
      return last.scopeIds;
    }
    let claims = this.byProject.get(projectId);
    if (claims === undefined) {
      claims = [];
      this.byProject.set(projectId, claims);
    }
    let found: ProjectClaim | undefined;
    for (let index = 0; index < claims.length; index += 1) {
      const claim = claims[index]!;
      if (claim.tool === item.tool && claim.site === item.site) {
        found = claim;
        break;
      }
    }
    if (found === undefined) {
      const site = this.origin(item.site);
      const key = `${item.tool} ${site} ${normalizeScopeId(item.tool as Tool, projectId)}`;
      found = {
        projectId,
        tool: item.tool,
        site: item.site,
        scopeIds: site === null ? [] : (this.claims.get(key) ?? []),
      };
      claims.push(found);
    }
    this.last = found;
    return found.scopeIds;
  }
}

interface ProjectClaim {
  readonly projectId: string;
  readonly tool: string;
  readonly site: string;
  readonly scopeIds: readonly string[];
}

/** The items a definition looks at (for callers with one KPI; evaluate.ts buckets in one pass). */
export function filterItems<Item extends WorkItem>(
  items: readonly Item[],
  definition: Pick<EvaluableKpi, 'partnerId' | 'scopeIds' | 'labelFilter' | 'itemTypeFilter'>,
  scopes: readonly ScopeLike[],
): Item[] {
  const filter = itemFilterOf(definition, scopes);
  const index = new ScopeIndex(scopes);
  return items.filter(
    (item) =>
      index.scopesOf(item).some((id) => filter.scopeIds.has(id)) && matchesAttributes(item, filter),
  );
}
