// Jira project keys: an upper-case letter, then letters, digits or underscores. Checked before
// a key goes into JQL so a scope id can never change the query's meaning.
const PROJECT_KEY = /^[A-Z][A-Z0-9_]*$/;

const MINUTE_MS = 60_000;
/** JQL compares `updated` at minute precision; one more minute keeps boundary changes in. */
const SAFETY_MARGIN_MINUTES = 1;

/** A project key from a scope id (`acme` → `ACME`), or a readable error when it is not one. */
export function projectKeyOf(scopeId: string): string {
  const key = scopeId.trim().toUpperCase();
  if (!PROJECT_KEY.test(key)) {
    throw new Error(`"${scopeId}" is not a Jira project key (such as ACME).`);
  }
  return key;
}

export interface ScopeQuery {
  /** The bounded JQL without ordering, for the approximate count. */
  filter: string;
  /** The search JQL: oldest change first, so a page boundary never skips a change. */
  ordered: string;
}

/**
 * JQL for the issues of one project, or only those updated since the last load.
 *
 * The incremental clause uses a relative date (`updated >= "-90m"`) rather than an absolute
 * one (`"2024/01/02 03:04"`): Jira reads absolute JQL dates in the searching user's profile
 * time zone, which the extension cannot know without another request, and a user west of UTC
 * would silently miss changes. A relative date is also measured on the same clock as `since`
 * (the extension's), so a skewed computer clock cancels out. Minutes are rounded up and one
 * is added, since JQL compares at minute precision.
 * Date formats: https://support.atlassian.com/jira-software-cloud/docs/jql-fields/
 */
export function scopeQuery(projectKey: string, since: string | undefined, now: number): ScopeQuery {
  const clauses = [`project = "${projectKey}"`];
  const minutes = since === undefined ? null : minutesSince(since, now);
  if (minutes !== null) clauses.push(`updated >= "-${minutes}m"`);
  const filter = clauses.join(' AND ');
  return { filter, ordered: `${filter} ORDER BY updated ASC` };
}

/** Whole minutes to look back, margin included; `null` (load everything) for an unusable `since`. */
function minutesSince(since: string, now: number): number | null {
  const instant = Date.parse(since);
  // A `since` in the future means the clock was set back: only a full load is safe.
  if (Number.isNaN(instant) || instant > now) return null;
  return Math.ceil((now - instant) / MINUTE_MS) + SAFETY_MARGIN_MINUTES;
}
