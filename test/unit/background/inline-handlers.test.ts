import { describe, expect, it, vi } from 'vitest';
import { createInlineHandlers } from '@/lib/background/inline-handlers';
import { createRepositories } from '@/lib/db/repositories';
import { RpcError } from '@/lib/messaging/errors';
import type { CallContext } from '@/lib/messaging/router';
import { partnerInputSchema } from '@/lib/model/partner';
import { raciAssignmentInputSchema } from '@/lib/model/raci';
import { scopeInputSchema } from '@/lib/model/scope';
import { SETTINGS_ID } from '@/lib/model/settings';
import { freshDb, testStamper } from '../db/test-db';

const SITE = 'https://acme.atlassian.net';
const fromTab = (url: string): CallContext => ({
  senderKind: 'content',
  sender: { id: 'ext', url, tab: { id: 4 }, frameId: 2 },
});

async function setup() {
  const repos = createRepositories(await freshDb(), testStamper().stamper);
  const injectSidebar = vi.fn(async () => undefined);
  const handlers = createInlineHandlers({ repositories: async () => repos, injectSidebar });
  const acme = await repos.partners.put(partnerInputSchema.parse({ name: 'Acme Corp' }));
  const scope = await repos.scopes.put(
    scopeInputSchema.parse({ partnerId: acme.id, tool: 'jira', site: SITE, ids: ['ACME'] }),
  );
  return { repos, handlers, injectSidebar, acme, scope };
}

describe('overlay.tags', () => {
  it('tags the items of mapped projects with the partner and its RACI letters', async () => {
    const { repos, handlers, acme, scope } = await setup();
    const raci = (fields: Record<string, unknown>) =>
      repos.raci.put(raciAssignmentInputSchema.parse({ partnerId: acme.id, ...fields }));
    await raci({ role: 'R', party: 'partner', roleName: 'Delivery lead' });
    await raci({ role: 'A', party: 'internal', roleName: 'Product owner' });
    await raci({ scopeId: scope.id, role: 'C', party: 'partner', roleName: 'Architect' });
    // On ACME-2 the item-level Responsible is internal: the partner keeps only C there.
    await raci({ itemKey: 'ACME-2', role: 'R', party: 'internal', roleName: 'Our team' });

    const { tags } = await handlers['overlay.tags'](
      {
        tool: 'jira',
        site: SITE,
        items: [
          { key: 'ACME-1', scopeId: 'ACME' },
          { key: 'ACME-2', scopeId: 'acme' },
          { key: 'INT-1', scopeId: 'INT' },
        ],
      },
      fromTab(`${SITE}/jira/software/projects/ACME/boards/1`),
    );
    expect(tags).toEqual([
      { key: 'ACME-1', partnerId: acme.id, partnerName: 'Acme Corp', letters: 'R·C' },
      { key: 'ACME-2', partnerId: acme.id, partnerName: 'Acme Corp', letters: 'C' },
    ]);
  });

  it('answers only about the page’s own site', async () => {
    const { handlers } = await setup();
    await expect(
      handlers['overlay.tags'](
        { tool: 'jira', site: SITE, items: [{ key: 'ACME-1', scopeId: 'ACME' }] },
        fromTab('https://umbrella.atlassian.net/browse/ACME-1'),
      ),
    ).rejects.toBeInstanceOf(RpcError);
  });

  it('leaves out items of deleted scopes and reads the settings without failing', async () => {
    const { repos, handlers, scope } = await setup();
    await repos.settings.put({ id: SETTINGS_ID, partnerAccountableAllowed: true } as never);
    await repos.scopes.delete(scope.id);
    const { tags } = await handlers['overlay.tags'](
      { tool: 'jira', site: SITE, items: [{ key: 'ACME-1', scopeId: 'ACME' }] },
      fromTab(`${SITE}/browse/ACME-1`),
    );
    expect(tags).toEqual([]);
  });
});

describe('overlay.openSidebar', () => {
  it('injects the sidebar into the frame of the chip that was clicked', async () => {
    const { handlers, injectSidebar } = await setup();
    await expect(
      handlers['overlay.openSidebar']({}, fromTab(`${SITE}/browse/ACME-1`)),
    ).resolves.toEqual({ shown: true });
    expect(injectSidebar).toHaveBeenCalledWith(4, 2);
  });
});
