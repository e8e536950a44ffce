import type { Scope, StatusMapping } from '../model/scope';
import type { SectionCategoryConfig } from './asana/section-categories';
import type { ListCategoryConfig } from './trello/list-categories';

/**
 * The status mappings of the scopes seen on this page, keyed by site. The sidebar records a
 * scope's mapping when the page resolves to it; the adapters read it at every load, so an
 * edit in the options page applies on the next load without rebuilding anything.
 */
const bySite = new Map<string, Map<string, StatusMapping>>();

export function rememberStatusMapping(scope: Pick<Scope, 'site' | 'ids' | 'statusMapping'>): void {
  let scopes = bySite.get(scope.site);
  if (!scopes) {
    scopes = new Map();
    bySite.set(scope.site, scopes);
  }
  for (const id of scope.ids) {
    if (scope.statusMapping) scopes.set(id, scope.statusMapping);
    else scopes.delete(id);
  }
}

/** Trello: each named list's category, per board. Unlisted lists keep the defaults by name. */
export function trelloListCategories(site: string): ListCategoryConfig {
  const config: ListCategoryConfig = {};
  for (const [board, mapping] of bySite.get(site) ?? []) {
    const lists: Record<string, 'todo' | 'doing' | 'done'> = {};
    for (const name of mapping.todo) lists[name] = 'todo';
    for (const name of mapping.doing) lists[name] = 'doing';
    for (const name of mapping.done) lists[name] = 'done';
    config[board] = lists;
  }
  return config;
}

/**
 * Asana: the sections that mean "in progress", per project (done comes from completion).
 * A project without its own list keeps the default names.
 */
export function asanaSectionCategories(site: string): SectionCategoryConfig {
  const config: SectionCategoryConfig = {};
  for (const [project, mapping] of bySite.get(site) ?? []) {
    if (mapping.doing.length > 0) config[project] = { doing: [...mapping.doing] };
  }
  return config;
}
