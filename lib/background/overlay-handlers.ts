import type { Repositories } from '../db/repositories';
import { RpcError } from '../messaging/errors';
import type { Handlers } from '../messaging/router';
import { SETTINGS_ID } from '../model/settings';
import { buildEngagementView } from '../overlay/engagement-view';

export interface OverlayHandlerDeps {
  repositories(): Promise<Repositories>;
  partnerMappedOn(partnerId: string, senderUrl: string | undefined): Promise<boolean>;
  now(): Date;
  timeZone(): string;
}

/** The sidebar's engagement view: partner card extras, RACI, risks, plan, meetings, prompt. */
export function createOverlayHandlers(deps: OverlayHandlerDeps): Pick<Handlers, 'overlay.view'> {
  return {
    'overlay.view': async ({ partnerId, scopeId, item }, call) => {
      if (call.senderKind === 'content') {
        const mapped = await deps.partnerMappedOn(partnerId, call.sender.url);
        if (!mapped || (item && new URL(call.sender.url ?? 'about:blank').origin !== item.site)) {
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
        now: deps.now(),
        timeZone: deps.timeZone(),
      });
    },
  };
}
