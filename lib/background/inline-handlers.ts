import type { Repositories } from '../db/repositories';
import { partnerRoleLetters, resolveRaci } from '../mapping/raci-resolve';
import { resolvePartnerOfScope, type PartnerMatch } from '../mapping/resolve-partner';
import { normalizeScopeId, normalizeSite } from '../mapping/scope-key';
import { RpcError } from '../messaging/errors';
import type { InlineTag } from '../messaging/inline-methods';
import type { CallContext, Handlers } from '../messaging/router';
import type { RaciAssignment } from '../model/raci';
import { SETTINGS_ID } from '../model/settings';

export interface InlineHandlerDeps {
  repositories(): Promise<Repositories>;
  injectSidebar(tabId: number, frameId: number): Promise<void>;
}

function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** Handlers of the inline chips and board badges. */
export function createInlineHandlers(
  deps: InlineHandlerDeps,
): Pick<Handlers, 'overlay.tags' | 'overlay.openSidebar'> {
  return {
    'overlay.openSidebar': async (_params, call) => {
      const tabId = call.sender.tab?.id;
      if (tabId === undefined) return { shown: false };
      await deps.injectSidebar(tabId, call.sender.frameId ?? 0);
      return { shown: true };
    },
    'overlay.tags': async ({ tool, site, items }, call: CallContext) => {
      // A page may only ask about its own site (and so learns nothing about other sites).
      if (call.senderKind === 'content' && originOf(call.sender.url) !== site) {
        throw new RpcError({
          code: 'forbidden',
          message: 'A page may only ask about its own site.',
        });
      }
      const scopeSite = normalizeSite(site);
      if (scopeSite === null) return { tags: [] };
      const repos = await deps.repositories();
      const [scopes, partners, settings] = await Promise.all([
        repos.scopes.list(),
        repos.partners.list(),
        repos.settings.get(SETTINGS_ID),
      ]);
      const policy = { partnerAccountableAllowed: settings?.partnerAccountableAllowed ?? false };
      const matches = new Map<string, PartnerMatch | null>();
      const raciByPartner = new Map<string, Promise<RaciAssignment[]>>();
      const tags: InlineTag[] = [];
      for (const { key, scopeId } of items) {
        const id = normalizeScopeId(tool, scopeId);
        if (!matches.has(id)) {
          matches.set(id, resolvePartnerOfScope({ tool, site: scopeSite, id }, scopes, partners));
        }
        const match = matches.get(id);
        if (!match) continue;
        const partnerId = match.partner.id;
        if (!raciByPartner.has(partnerId)) {
          raciByPartner.set(partnerId, repos.raci.listByPartner(partnerId));
        }
        const raci = await raciByPartner.get(partnerId)!;
        const resolved = resolveRaci(
          raci,
          { partnerId, scopeId: match.scope.id, itemKey: key },
          policy,
        );
        tags.push({
          key,
          partnerId,
          partnerName: match.partner.name,
          letters: partnerRoleLetters(resolved.tags),
        });
      }
      return { tags };
    },
  };
}
