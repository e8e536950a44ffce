import type { Tool } from '../model/host-context';

/**
 * The origin of a site, so that `https://ACME.atlassian.net/` and `https://acme.atlassian.net`
 * compare equal; null when the value is not an absolute URL.
 */
export function normalizeSite(site: string): string | null {
  try {
    return new URL(site).origin;
  } catch {
    return null;
  }
}

/**
 * Jira keys are case-insensitive (Jira upper-cases them); Asana gids are digits and Trello short
 * links are case-sensitive, so both are compared as written.
 */
export function normalizeScopeId(tool: Tool, id: string): string {
  const trimmed = id.trim();
  return tool === 'jira' ? trimmed.toUpperCase() : trimmed;
}

/** One string per (tool, site, id) claim, for lookups and grouping; null for an unusable site. */
export function scopeClaimKey(tool: Tool, site: string, id: string): string | null {
  const origin = normalizeSite(site);
  return origin === null ? null : `${tool} ${origin} ${normalizeScopeId(tool, id)}`;
}
