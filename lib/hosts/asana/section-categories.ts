import { z } from 'zod';
import type { StatusCategory } from '../../model/work-item';

/**
 * Asana has no status field: a task is open or completed, and teams show progress by the
 * section (board column) it sits in. These names mean "in progress" unless a project says
 * otherwise; compared case-insensitively, ignoring surrounding spaces.
 */
export const DEFAULT_DOING_SECTION_NAMES: readonly string[] = [
  'In Progress',
  'Doing',
  'Review',
  'In Review',
  'QA',
  'Testing',
];

/**
 * Per Asana project gid, the sections (by name or gid) that mean "in progress". A project
 * listed here uses only its own list, so a team can drop a default ("Review") as well as add
 * one ("Building"); projects not listed use the defaults.
 */
export const sectionCategoryConfigSchema = z.record(
  z.string(),
  z.object({ doing: z.array(z.string()) }),
);
export type SectionCategoryConfig = z.infer<typeof sectionCategoryConfigSchema>;

export interface SectionRef {
  gid?: string;
  name?: string;
}

function normalizeName(name: string): string {
  return name.trim().toLocaleLowerCase('en');
}

/** `doing` when the section is one of the project's "in progress" sections, else `todo`. */
export function sectionCategory(
  section: SectionRef | null | undefined,
  projectGid: string,
  config: SectionCategoryConfig = {},
): Exclude<StatusCategory, 'done'> {
  if (!section) return 'todo';
  // Own-property check: a project gid such as "constructor" must not reach Object.prototype.
  const doing = Object.hasOwn(config, projectGid)
    ? config[projectGid]!.doing
    : DEFAULT_DOING_SECTION_NAMES;
  const name = section.name === undefined ? undefined : normalizeName(section.name);
  const matches = doing.some(
    (entry) =>
      (section.gid !== undefined && entry === section.gid) ||
      (name !== undefined && normalizeName(entry) === name),
  );
  return matches ? 'doing' : 'todo';
}

/** Status category of a task: completion wins, then the section it sits in. */
export function taskStatusCategory(
  completed: boolean,
  section: SectionRef | null | undefined,
  projectGid: string,
  config?: SectionCategoryConfig,
): StatusCategory {
  return completed ? 'done' : sectionCategory(section, projectGid, config);
}
