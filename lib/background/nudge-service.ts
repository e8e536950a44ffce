import type { Repositories } from '../db/repositories';
import type { Nudge } from '../model/nudge';
import { SETTINGS_ID, defaultSettings, userTimeZone, type SettingsFields } from '../model/settings';
import { evaluateNudges } from '../prompts/evaluate';
import { newlyPending } from '../prompts/notify';

/** Where the subjects pending at the last evaluation are kept, across worker restarts. */
export interface PendingSubjectsStore {
  /** `null` when nothing was stored yet (first run). */
  get(): Promise<string[] | null>;
  set(subjects: string[]): Promise<void>;
}

export interface NudgeServiceDeps {
  repositories(): Promise<Repositories>;
  now(): Date;
  /** The browser's time zone, used unless the settings name one. */
  timeZone(): string;
  /** Shows the number of pending nudges on the toolbar button. */
  setBadge?(count: number): Promise<void>;
  /** Shows desktop notifications for nudges that just appeared (only when enabled). */
  notify?(nudges: Nudge[]): Promise<void>;
  pendingSubjects?: PendingSubjectsStore;
}

function settingsFields(stored: (SettingsFields & object) | undefined): SettingsFields {
  return stored ? { ...defaultSettings(), ...stored } : defaultSettings();
}

/**
 * Evaluates the nudge rules over the stored records, keeps the toolbar badge equal to the
 * number of pending nudges and notifies the ones that are new. Evaluations run one at a time,
 * so two quick changes cannot notify the same nudge twice.
 */
export function createNudgeService(deps: NudgeServiceDeps) {
  let queue: Promise<unknown> = Promise.resolve();
  let lastCount: number | undefined;

  async function evaluate(): Promise<Nudge[]> {
    const repos = await deps.repositories();
    const [
      partners,
      feedback,
      touchpoints,
      milestones,
      reviews,
      kpiDefinitions,
      kpiMeasurements,
      promptStates,
      stored,
    ] = await Promise.all([
      repos.partners.list(),
      repos.feedback.list(),
      repos.touchpoints.list(),
      repos.milestones.list(),
      repos.reviews.list(),
      repos.kpiDefinitions.list(),
      repos.kpiMeasurements.list(),
      repos.promptStates.list(),
      repos.settings.get(SETTINGS_ID),
    ]);
    const settings = settingsFields(stored);
    const timeZone = userTimeZone(settings.timeZone, deps.timeZone());
    const nudges = evaluateNudges({
      partners,
      feedback,
      touchpoints,
      milestones,
      reviews,
      kpiDefinitions,
      kpiMeasurements,
      promptStates,
      settings,
      now: deps.now(),
      timeZone,
    });
    await publish(nudges, settings);
    return nudges;
  }

  async function publish(nudges: Nudge[], settings: SettingsFields) {
    if (lastCount !== nudges.length) {
      lastCount = nudges.length;
      await deps.setBadge?.(nudges.length).catch((error: unknown) => {
        lastCount = undefined;
        console.warn('Partner Lens: could not update the toolbar badge', error);
      });
    }
    if (!deps.pendingSubjects) return;
    const previous = await deps.pendingSubjects.get();
    const fresh = newlyPending(previous, nudges);
    const subjects = nudges.map((nudge) => nudge.subject);
    // Most evaluations change nothing: skip the write then.
    if (previous === null || previous.join('\n') !== subjects.join('\n')) {
      await deps.pendingSubjects.set(subjects);
    }
    if (settings.notificationsEnabled && fresh.length > 0) {
      await deps.notify?.(fresh).catch((error: unknown) => {
        console.warn('Partner Lens: could not show notifications', error);
      });
    }
  }

  /** An evaluation queued and not started yet: later callers share it (it will see their data). */
  let queued: Promise<Nudge[]> | null = null;

  /**
   * Re-evaluates (after the evaluation under way, if any) and returns every nudge. A burst of
   * data changes (a sync recording several partners' KPIs) costs one evaluation, not one each.
   */
  function refresh(): Promise<Nudge[]> {
    if (queued) return queued;
    const run = () => {
      queued = null;
      return evaluate();
    };
    const next = queue.then(run, run);
    queued = next;
    queue = next.catch(() => undefined);
    return next;
  }

  return {
    refresh,
    /** Pending nudges, of one partner when given; also brings the badge up to date. */
    async list(partnerId?: string): Promise<Nudge[]> {
      const nudges = await refresh();
      return partnerId ? nudges.filter((nudge) => nudge.partnerId === partnerId) : nudges;
    },
    /** For data-change hooks: re-evaluates in the background, never throws. */
    changed(): void {
      void refresh().catch((error: unknown) => {
        console.warn('Partner Lens: could not evaluate reminders', error);
      });
    },
    /** The count last shown on the badge, if any. */
    count: () => lastCount,
  };
}

export type NudgeService = ReturnType<typeof createNudgeService>;
