import type { Repositories } from '../db/repositories';
import { RpcError } from '../messaging/errors';
import type { PromptAnswer } from '../messaging/engagement-methods';
import type { CallContext, Handlers } from '../messaging/router';
import { promptStateId, type PromptStateInput } from '../model/prompt-state';
import { SETTINGS_ID, defaultSettings } from '../model/settings';

type CrudStore = 'feedback' | 'raci' | 'risks' | 'milestones' | 'touchpoints';
type CrudVerb = 'list' | 'save' | 'delete';
type EngagementHandlerNames =
  `${CrudStore}.${CrudVerb}` | 'settings.get' | 'settings.save' | 'prompts.answer';

export interface EngagementHandlerDeps {
  repositories(): Promise<Repositories>;
  /** Whether a partner is mapped on the site of the calling page (content scripts only). */
  partnerMappedOn(partnerId: string, senderUrl: string | undefined): Promise<boolean>;
  /** Called after any write, e.g. to re-evaluate nudges and the toolbar badge. */
  onChange?(store: CrudStore | 'settings' | 'promptStates'): void;
  now(): Date;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const SNOOZE_MS: Record<Exclude<PromptAnswer, 'never' | 'reset'>, number> = {
  'later-day': DAY_MS,
  'later-week': 7 * DAY_MS,
};

/** Newest first: feedback by when it was given, the rest by their last change. */
function newestFirst<T extends { updatedAt: string; givenAt?: string }>(records: T[]): T[] {
  const when = (record: T) => record.givenAt ?? record.updatedAt;
  return records.sort((a, b) => when(b).localeCompare(when(a)));
}

/** Handlers of the engagement records (feedback, RACI, risks, plan, meetings) and settings. */
export function createEngagementHandlers(
  deps: EngagementHandlerDeps,
): Pick<Handlers, EngagementHandlerNames> {
  const changed = (store: Parameters<NonNullable<EngagementHandlerDeps['onChange']>>[0]) =>
    deps.onChange?.(store);

  const requirePartner = async (repos: Repositories, partnerId: string, call: CallContext) => {
    const partner = await repos.partners.get(partnerId);
    if (!partner) {
      throw new RpcError({
        code: 'not-found',
        message: 'That partner no longer exists. Reload the page and choose another partner.',
      });
    }
    // A tracker page may only write about a partner mapped on its own site.
    if (
      call.senderKind === 'content' &&
      !(await deps.partnerMappedOn(partnerId, call.sender.url))
    ) {
      throw new RpcError({
        code: 'forbidden',
        message: 'A page may only use data of partners mapped on its site.',
      });
    }
  };

  // The store name picks the repository at run time; the router has validated the input
  // against that store's schema, so the casts below only restate what it checked.
  function crud<Name extends CrudStore>(name: Name): Pick<Handlers, `${Name}.${CrudVerb}`> {
    const handlers = {
      [`${name}.list`]: async ({ partnerId }: { partnerId?: string }) => {
        const repository = (await deps.repositories())[name];
        const records = await (partnerId ? repository.listByPartner(partnerId) : repository.list());
        return newestFirst(records as { updatedAt: string; givenAt?: string }[]);
      },
      [`${name}.save`]: async (input: { partnerId: string }, call: CallContext) => {
        const repos = await deps.repositories();
        await requirePartner(repos, input.partnerId, call);
        const saved = await repos[name].put(input as never);
        changed(name);
        return saved;
      },
      [`${name}.delete`]: async ({ id }: { id: string }) => {
        const deleted = await (await deps.repositories())[name].delete(id);
        if (deleted) changed(name);
        return { deleted };
      },
    };
    return handlers as unknown as Pick<Handlers, `${Name}.${CrudVerb}`>;
  }

  return {
    ...crud('feedback'),
    ...crud('raci'),
    ...crud('risks'),
    ...crud('milestones'),
    ...crud('touchpoints'),
    'settings.get': async () => {
      const stored = await (await deps.repositories()).settings.get(SETTINGS_ID);
      if (!stored) return defaultSettings();
      const {
        id: _id,
        createdAt: _c,
        updatedAt: _u,
        hlc: _h,
        deviceId: _d,
        deleted: _x,
        ...fields
      } = stored;
      return fields;
    },
    'settings.save': async (changes) => {
      const repos = await deps.repositories();
      const current = (await repos.settings.get(SETTINGS_ID)) ?? defaultSettings();
      const saved = await repos.settings.put({ ...current, ...changes, id: SETTINGS_ID });
      changed('settings');
      return saved;
    },
    'prompts.answer': async ({ partnerId, subject, answer }, call) => {
      const repos = await deps.repositories();
      await requirePartner(repos, partnerId, call);
      const input: PromptStateInput = { id: promptStateId(subject), partnerId, subject };
      if (answer === 'never') input.dismissed = true;
      else if (answer !== 'reset') {
        input.snoozedUntil = new Date(deps.now().getTime() + SNOOZE_MS[answer]).toISOString();
      }
      const saved = await repos.promptStates.put(input);
      changed('promptStates');
      return saved;
    },
  };
}
