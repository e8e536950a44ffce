import type { StatusCategory } from '../../model/work-item';
import type { JiraStatus } from './api-schemas';

/**
 * Jira's three status categories (`GET /rest/api/3/statuscategory`; `undefined`, id 1, never
 * appears on an issue) mapped to Partner Lens's. Anything else is not a Jira category key.
 */
const CATEGORY_BY_KEY: Readonly<Record<string, StatusCategory>> = {
  new: 'todo',
  indeterminate: 'doing',
  done: 'done',
};

/** The category of a `statusCategory.key`, or `null` when Jira sent an unknown key. */
export function categoryOfStatusCategoryKey(key: string): StatusCategory | null {
  return Object.hasOwn(CATEGORY_BY_KEY, key) ? CATEGORY_BY_KEY[key]! : null;
}

/** A status as a changelog names it: the id (`from`/`to`) and the name (`fromString`/`toString`). */
export interface StatusReference {
  id?: string | null;
  name?: string | null;
}

/**
 * What category each status belongs to, as far as is known. Changelog items name statuses,
 * not categories, so categories are learned from statuses seen with theirs: the current status
 * of every issue loaded, the site's status list, and categories the caller already knows.
 * Ids win over names, since team-managed projects each have their own statuses and two of them
 * may share a name.
 */
export class JiraStatusCategories {
  private readonly byId = new Map<string, StatusCategory>();
  private readonly byName = new Map<string, StatusCategory>();

  /** Seeds the map with categories by status name, e.g. `{ 'In Review': 'doing' }`. */
  static fromNames(categories: Readonly<Record<string, StatusCategory>>): JiraStatusCategories {
    const map = new JiraStatusCategories();
    for (const [name, category] of Object.entries(categories)) {
      map.byName.set(nameKey(name), category);
    }
    return map;
  }

  /** Learns a status with its category; ignores one whose category key is not Jira's. */
  learn(status: JiraStatus): void {
    const category = categoryOfStatusCategoryKey(status.statusCategory.key);
    if (!category) return;
    if (status.id) this.byId.set(status.id, category);
    this.byName.set(nameKey(status.name), category);
  }

  categoryOf(status: StatusReference): StatusCategory | undefined {
    return (
      (status.id ? this.byId.get(status.id) : undefined) ??
      (status.name ? this.byName.get(nameKey(status.name)) : undefined)
    );
  }

  knows(status: StatusReference): boolean {
    return this.categoryOf(status) !== undefined;
  }
}

// Jira treats status names case-insensitively (two statuses cannot differ only by case).
function nameKey(name: string): string {
  return name.trim().toLowerCase();
}
