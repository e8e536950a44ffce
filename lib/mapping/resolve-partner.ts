import type { HostContext, Tool } from '../model/host-context';
import type { Partner } from '../model/partner';
import type { Scope } from '../model/scope';
import { normalizeScopeId, normalizeSite, scopeClaimKey } from './scope-key';

/** The id a scope must list for a page to belong to it: a Jira project, Asana project or Trello board. */
export interface ScopeTarget {
  tool: Tool;
  /** Origin of the tracker site, e.g. `https://acme.atlassian.net`. */
  site: string;
  id: string;
}

export interface PartnerMatch {
  partner: Partner;
  scope: Scope;
  /** The id as the scope lists it (Jira keys may differ in case from the page). */
  matchedId: string;
  /** Why this partner, in one or two sentences for the user. */
  reason: string;
}

export interface ScopeConflict {
  tool: Tool;
  site: string;
  /** Normalised id (Jira keys upper case). */
  id: string;
  /** Every partner claiming the id, in precedence order: the first one is used. */
  partnerIds: string[];
  /** The claiming scopes, in the same precedence order. */
  scopeIds: string[];
}

const ID_NOUNS: Record<Tool, string> = {
  jira: 'Jira project',
  asana: 'Asana project',
  trello: 'Trello board',
};

/**
 * The scope id a context belongs to, or null when the URL did not name one (a Jira board
 * without a project key, an Asana task outside a project, a Trello card before its board is
 * looked up through the API).
 */
export function scopeIdForContext(context: HostContext): ScopeTarget | null {
  const id =
    context.tool === 'jira'
      ? context.projectKey
      : context.tool === 'asana'
        ? context.projectGid
        : context.boardShortLink;
  const site = normalizeSite(context.site);
  if (!id || site === null) return null;
  return { tool: context.tool, site, id: normalizeScopeId(context.tool, id) };
}

/**
 * The partner whose live scope lists the context's project or board. Deleted (tombstoned)
 * scopes and partners are ignored, as are scopes whose partner is missing.
 *
 * When several scopes claim the same id, the one **created first** wins (ties broken by scope
 * id). Creation time is stable: editing a scope's label must not hand a project to another
 * partner, and every device reaches the same answer. `findConflicts` lists such ids so the
 * options page can ask the user to resolve them; the reason also mentions the other claimants.
 */
export function resolvePartner(
  context: HostContext,
  scopes: readonly Scope[],
  partners: readonly Partner[],
): PartnerMatch | null {
  const target = scopeIdForContext(context);
  return target ? resolvePartnerOfScope(target, scopes, partners) : null;
}

/**
 * `resolvePartner` for a project or board named directly (the inline chips and badges ask
 * per item); `target` must be normalised as `scopeIdForContext` gives it.
 */
export function resolvePartnerOfScope(
  target: ScopeTarget,
  scopes: readonly Scope[],
  partners: readonly Partner[],
): PartnerMatch | null {
  const key = scopeClaimKey(target.tool, target.site, target.id);
  const livePartners = livePartnersById(partners);
  const matches = liveClaims(scopes)
    .filter((claim) => claim.key === key)
    .sort(byPrecedence)
    .flatMap((claim) => {
      const partner = livePartners.get(claim.scope.partnerId);
      return partner ? [{ ...claim, partner }] : [];
    });
  const [winner, ...others] = matches;
  if (!winner) return null;
  const rivals = unique(
    others.filter((m) => m.partner.id !== winner.partner.id).map((m) => m.partner.name),
  );
  return {
    partner: winner.partner,
    scope: winner.scope,
    matchedId: winner.listedId,
    reason: explain(target, winner.partner, winner.scope, rivals),
  };
}

/**
 * Ids claimed by more than one partner, sorted by tool, site and id, for the options page to
 * warn about. With `partners`, scopes of a missing or deleted partner are left out (they never
 * match); without it, every live scope counts.
 */
export function findConflicts(
  scopes: readonly Scope[],
  partners?: readonly Partner[],
): ScopeConflict[] {
  const livePartners = partners && livePartnersById(partners);
  const groups = new Map<string, Claim[]>();
  for (const claim of liveClaims(scopes).sort(byPrecedence)) {
    if (livePartners && !livePartners.has(claim.scope.partnerId)) continue;
    const group = groups.get(claim.key);
    if (group) group.push(claim);
    else groups.set(claim.key, [claim]);
  }
  const conflicts: ScopeConflict[] = [];
  for (const claims of groups.values()) {
    const partnerIds = unique(claims.map((claim) => claim.scope.partnerId));
    const [first] = claims;
    if (!first || partnerIds.length < 2) continue;
    conflicts.push({
      ...first.target,
      partnerIds,
      scopeIds: unique(claims.map((claim) => claim.scope.id)),
    });
  }
  return conflicts.sort(
    (a, b) => compareText(a.tool, b.tool) || compareText(a.site, b.site) || compareText(a.id, b.id),
  );
}

/** One id listed by one live scope. */
interface Claim {
  key: string;
  target: ScopeTarget;
  /** The id as the scope lists it. */
  listedId: string;
  scope: Scope;
}

function liveClaims(scopes: readonly Scope[]): Claim[] {
  const claims: Claim[] = [];
  for (const scope of scopes) {
    if (scope.deleted) continue;
    const site = normalizeSite(scope.site);
    if (site === null) continue;
    const seen = new Set<string>();
    for (const listedId of scope.ids) {
      const id = normalizeScopeId(scope.tool, listedId);
      const key = scopeClaimKey(scope.tool, site, id);
      if (key === null || seen.has(key)) continue;
      seen.add(key);
      claims.push({ key, target: { tool: scope.tool, site, id }, listedId, scope });
    }
  }
  return claims;
}

function livePartnersById(partners: readonly Partner[]): Map<string, Partner> {
  return new Map(partners.filter((partner) => !partner.deleted).map((p) => [p.id, p]));
}

function byPrecedence(a: Claim, b: Claim): number {
  const timeA = timeOf(a.scope.createdAt);
  const timeB = timeOf(b.scope.createdAt);
  if (timeA !== timeB) return timeA < timeB ? -1 : 1;
  return compareText(a.scope.id, b.scope.id);
}

/** ISO instants may carry different offsets, so they are compared as times, not as strings. */
function timeOf(iso: string): number {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? Number.POSITIVE_INFINITY : time;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function explain(target: ScopeTarget, partner: Partner, scope: Scope, rivals: string[]): string {
  const host = new URL(target.site).host;
  const label = scope.label ? ` (scope “${scope.label}”)` : '';
  const sentence = `${ID_NOUNS[target.tool]} ${target.id} on ${host} is mapped to ${partner.name}${label}.`;
  if (rivals.length === 0) return sentence;
  const names = new Intl.ListFormat('en', { type: 'conjunction' }).format(rivals);
  const verb = rivals.length === 1 ? 'also claims' : 'also claim';
  return `${sentence} ${names} ${verb} it; the mapping created first is used until the others are removed.`;
}
