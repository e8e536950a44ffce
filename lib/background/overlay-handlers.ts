import type { Repositories } from '../db/repositories';
import { RpcError } from '../messaging/errors';
import type { Handlers } from '../messaging/router';
import { normalizeSite } from '../mapping/scope-key';
import { defaultSettings, SETTINGS_ID, userTimeZone } from '../model/settings';
import { buildEngagementView } from '../overlay/engagement-view';

function originOf(url: string | undefined): string {
  try {
    return new URL(url ?? '').origin;
  } catch {
    return '';
  }
}

export interface OverlayHandlerDeps {
  repositories(): Promise<Repositories>;
  partnerMappedOn(partnerId: string, senderUrl: string | undefined): Promise<boolean>;
  now(): Date;
  timeZone(): string;
}

/** The sidebar's engagement view: partner card extras, RACI, risks, plan, meetings, prompt. */
export function createOverlayHandlers(
  deps: OverlayHandlerDeps,
): Pick<Handlers, 'overlay.view' | 'overlay.partnerChoices' | 'overlay.mapHere'> {
  return {
    'overlay.partnerChoices': async () => {
      const partners = await (await deps.repositories()).partners.list();
      return partners
        .filter((partner) => partner.status !== 'offboarded')
        .map(({ id, name, status }) => ({ id, name, status }))
        .sort((a, b) => a.name.localeCompare(b.name));
    },
    'overlay.mapHere': async ({ partnerId, tool, site, id }, call) => {
      const origin = normalizeSite(site);
      if (!origin) throw new RpcError({ code: 'bad-request', message: 'Unknown site address.' });
      if (call.senderKind === 'content' && originOf(call.sender.url) !== origin) {
        throw new RpcError({ code: 'forbidden', message: 'A page may only map its own site.' });
      }
      const repos = await deps.repositories();
      if (!(await repos.partners.get(partnerId))) {
        throw new RpcError({
          code: 'not-found',
          message: 'That partner no longer exists. Choose another one.',
        });
      }
      const existing = (await repos.scopes.listByPartner(partnerId)).find(
        (scope) => scope.tool === tool && normalizeSite(scope.site) === origin,
      );
      if (existing) {
        if (existing.ids.includes(id)) return existing;
        return repos.scopes.put({ ...existing, ids: [...existing.ids, id] });
      }
      return repos.scopes.put({ partnerId, tool, site: origin, ids: [id] });
    },
    'overlay.view': async ({ partnerId, scopeId, item }, call) => {
      if (call.senderKind === 'content') {
        const mapped = await deps.partnerMappedOn(partnerId, call.sender.url);
        if (!mapped || (item && originOf(call.sender.url) !== normalizeSite(item.site))) {
          throw new RpcError({
            code: 'forbidden',
            message: 'A page may only use data of partners mapped on its site.',
          });
        }
      }
      const repos = await deps.repositories();
      const partner = await repos.partners.get(partnerId);
      if (!partner) {
        throw new RpcError({
          code: 'not-found',
          message: 'This partner no longer exists. Reload the page.',
        });
      }
      const [raci, risks, milestones, touchpoints, feedback, promptStates, settings] =
        await Promise.all([
          repos.raci.listByPartner(partnerId),
          repos.risks.listByPartner(partnerId),
          repos.milestones.listByPartner(partnerId),
          repos.touchpoints.listByPartner(partnerId),
          repos.feedback.listByPartner(partnerId),
          repos.promptStates.listByPartner(partnerId),
          repos.settings.get(SETTINGS_ID),
        ]);
      return buildEngagementView({
        records: { partner, raci, risks, milestones, touchpoints, feedback, promptStates },
        target: { partnerId, scopeId, itemKey: item?.key },
        item,
        partnerAccountableAllowed: settings?.partnerAccountableAllowed ?? false,
        // The reminder's setting, so the sidebar and the reminder warn from the same day.
        contractWarningDays:
          settings?.contractEndingNudgeDays ?? defaultSettings().contractEndingNudgeDays,
        now: deps.now(),
        // Counted in the same zone as the reminders, so both warn from the same day.
        timeZone: userTimeZone(settings?.timeZone, deps.timeZone()),
      });
    },
  };
}
