import type { StatusCategory, StatusTransition } from '../../model/work-item';
import type { AsanaSectionRef, AsanaStory } from './api-schemas';

export interface TaskHistoryInput {
  createdAt: string;
  completed: boolean;
  completedAt?: string;
  modifiedAt?: string;
  /** The task's section in the scope's project now. */
  currentSection?: AsanaSectionRef;
  /**
   * Sections the task sits in within *other* projects. A task can live in several projects,
   * and its stories mix their section moves; moves into or out of these are not ours.
   */
  foreignSectionGids: ReadonlySet<string>;
  /** `undefined` when the stories could not be read: history is then derived from dates. */
  stories: readonly AsanaStory[] | undefined;
  categoryOf(section: AsanaSectionRef | undefined): Exclude<StatusCategory, 'done'>;
}

function timeOf(instant: string): number {
  return Date.parse(instant);
}

/** Oldest first; a stable sort keeps Asana's own order for stories of the same instant. */
function byTime(stories: readonly AsanaStory[]): AsanaStory[] {
  return [...stories].sort((a, b) => {
    const difference = timeOf(a.created_at) - timeOf(b.created_at);
    return Number.isNaN(difference) ? 0 : difference;
  });
}

function isForeignMove(story: AsanaStory, foreign: ReadonlySet<string>): boolean {
  const gids = [story.old_section?.gid, story.new_section?.gid];
  return gids.some((gid) => gid !== undefined && foreign.has(gid));
}

class TransitionList {
  readonly items: StatusTransition[] = [];

  constructor(
    createdAt: string,
    public category: StatusCategory,
  ) {
    this.items.push({ at: createdAt, from: null, to: category });
  }

  get lastAt(): string {
    return this.items[this.items.length - 1]!.at;
  }

  /** Records a change of category; clock skew must never put a change before the previous one. */
  moveTo(to: StatusCategory, at: string): void {
    if (to === this.category) return;
    const when = timeOf(at) < timeOf(this.lastAt) ? this.lastAt : at;
    this.items.push({ at: when, from: this.category, to });
    this.category = to;
  }
}

/**
 * Status-category changes of an Asana task, oldest first, replayed from its stories:
 * creation → the category of its first section (the `old_section` of its first move, or the
 * section it is in now when it never moved); `section_changed` → the new section's category
 * unless the task is completed; `marked_complete` → done; `marked_incomplete` (a reopen) →
 * the category of the section it is in at that moment.
 *
 * The replay is then reconciled with the task as it is now, because stories can be missing
 * (no access, deleted, or unavailable altogether): a final change is added at `completed_at`
 * (done) or `modified_at` (otherwise), the latest instants the task can have changed.
 */
export function taskTransitions(input: TaskHistoryInput): StatusTransition[] {
  const stories = byTime(
    (input.stories ?? []).filter(
      (story) =>
        story.resource_subtype !== 'section_changed' ||
        !isForeignMove(story, input.foreignSectionGids),
    ),
  );
  const firstMove = stories.find((story) => story.resource_subtype === 'section_changed');
  let section = firstMove ? firstMove.old_section : input.currentSection;
  let completed = false;
  const list = new TransitionList(input.createdAt, input.categoryOf(section));

  for (const story of stories) {
    switch (story.resource_subtype) {
      case 'section_changed':
        section = story.new_section;
        if (!completed) list.moveTo(input.categoryOf(section), story.created_at);
        break;
      case 'marked_complete':
        completed = true;
        list.moveTo('done', story.created_at);
        break;
      case 'marked_incomplete':
        completed = false;
        list.moveTo(input.categoryOf(section), story.created_at);
        break;
      default:
        // Comments, assignments, due-date changes… do not change the status category.
        break;
    }
  }

  const current = input.completed ? 'done' : input.categoryOf(input.currentSection);
  const lastKnownChange = input.completed
    ? (input.completedAt ?? input.modifiedAt)
    : input.modifiedAt;
  list.moveTo(current, lastKnownChange ?? list.lastAt);
  return list.items;
}
