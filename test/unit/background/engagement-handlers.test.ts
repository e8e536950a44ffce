import { describe, expect, it, vi } from 'vitest';
import { createHandlers, type BackgroundDeps } from '@/lib/background/handlers';
import { createKpiService } from '@/lib/background/kpi-service';
import { createRepositories } from '@/lib/db/repositories';
import { createWorkItemCache } from '@/lib/db/work-item-cache';
import { rpcMethods } from '@/lib/messaging/methods';
import type { CallContext } from '@/lib/messaging/router';
import { promptStateId } from '@/lib/model/prompt-state';
import { freshDb, testStamper } from '../db/test-db';

const NOW = new Date('2026-03-10T12:00:00.000Z');
const fromOptions: CallContext = {
  senderKind: 'extension',
  sender: { id: 'ext', url: 'chrome-extension://ext/options.html' },
};
const fromTab = (url: string): CallContext => ({
  senderKind: 'content',
  sender: { id: 'ext', url, tab: { id: 3 }, frameId: 0 },
});
const JIRA_PAGE = fromTab('https://acme.atlassian.net/browse/ACME-3');
const OTHER_SITE = fromTab('https://other.atlassian.net/browse/ACME-3');

/** Parses params as the router would before calling a handler. */
const params = <M extends keyof typeof rpcMethods>(method: M, value: unknown) =>
  rpcMethods[method].params.parse(value) as never;

async function setup() {
  const db = await freshDb();
  const repos = createRepositories(db, testStamper('device-a', NOW.getTime()).stamper);
  const cache = createWorkItemCache(db);
  const now = () => NOW;
  const kpis = createKpiService({
    repositories: async () => repos,
    workItemCache: async () => cache,
    now,
    timeZone: () => 'Europe/Berlin',
  });
  const deps: BackgroundDeps = {
    repositories: async () => repos,
    workItemCache: async () => cache,
    kpis,
    now,
    timeZone: () => 'Europe/Berlin',
    injectSidebar: vi.fn(async () => undefined),
    injectInline: vi.fn(async () => undefined),
    sidebarState: async () => ({ open: true, width: 340 }),
    openOptions: vi.fn(async () => undefined),
    tabUrl: vi.fn(async () => undefined),
    jiraSites: { list: vi.fn(async () => []), add: vi.fn(), remove: vi.fn() },
  };
  const handlers = createHandlers(deps);
  const acme = await repos.partners.put({ name: 'Acme' });
  const other = await repos.partners.put({ name: 'Other' });
  const scope = await repos.scopes.put({
    partnerId: acme.id,
    tool: 'jira',
    site: 'https://acme.atlassian.net',
    ids: ['ACME'],
  });
  return { repos, handlers, acme, other, scope };
}

const feedbackInput = (partnerId: string) =>
  params('feedback.save', {
    partnerId,
    itemKey: 'ACME-3',
    tool: 'jira',
    rating: 4,
    kind: 'praise',
    givenAt: '2026-03-10T11:00:00.000Z',
  });

describe('engagement handlers', () => {
  it('lets a tracker page save feedback only for a partner mapped on its site', async () => {
    const { handlers, acme, other } = await setup();
    const saved = await handlers['feedback.save'](feedbackInput(acme.id), JIRA_PAGE);
    expect(saved).toMatchObject({ partnerId: acme.id, rating: 4 });
    await expect(
      handlers['feedback.save'](feedbackInput(acme.id), OTHER_SITE),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(
      handlers['feedback.save'](feedbackInput(other.id), JIRA_PAGE),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
    // The options page may write about any partner.
    await expect(
      handlers['feedback.save'](feedbackInput(other.id), fromOptions),
    ).resolves.toBeTruthy();
  });

  it('lists feedback newest first and deletes as a tombstone', async () => {
    const { handlers, repos, acme } = await setup();
    const older = await handlers['feedback.save'](
      params('feedback.save', {
        partnerId: acme.id,
        rating: 2,
        kind: 'issue',
        givenAt: '2026-03-01T10:00:00Z',
      }),
      fromOptions,
    );
    await handlers['feedback.save'](feedbackInput(acme.id), fromOptions);
    const listed = await handlers['feedback.list']({ partnerId: acme.id }, fromOptions);
    expect(listed.map((entry) => entry.rating)).toEqual([4, 2]);
    expect(await handlers['feedback.delete']({ id: older.id }, fromOptions)).toEqual({
      deleted: true,
    });
    expect(await handlers['feedback.list']({ partnerId: acme.id }, fromOptions)).toHaveLength(1);
    expect((await repos.feedback.getIncludingDeleted(older.id))?.deleted).toBe(true);
  });

  it('refuses records for a partner that does not exist', async () => {
    const { handlers } = await setup();
    await expect(
      handlers['risks.save'](
        params('risks.save', {
          partnerId: '99999999-9999-4999-8999-999999999999',
          title: 'Orphan',
          probability: 1,
          impact: 1,
        }),
        fromOptions,
      ),
    ).rejects.toMatchObject({ code: 'not-found' });
  });

  it('reads default settings and saves partial changes', async () => {
    const { handlers } = await setup();
    expect(await handlers['settings.get']({}, fromOptions)).toMatchObject({
      noFeedbackNudgeDays: 14,
      partnerAccountableAllowed: false,
    });
    await handlers['settings.save'](
      params('settings.save', { partnerAccountableAllowed: true }),
      fromOptions,
    );
    expect(await handlers['settings.get']({}, fromOptions)).toMatchObject({
      noFeedbackNudgeDays: 14,
      partnerAccountableAllowed: true,
    });
  });

  it('stores prompt answers under one id per subject: later, never, reset', async () => {
    const { handlers, acme } = await setup();
    const subject = 'item:jira:https://acme.atlassian.net:ACME-3';
    const later = await handlers['prompts.answer'](
      { partnerId: acme.id, subject, answer: 'later-week' },
      JIRA_PAGE,
    );
    expect(later).toMatchObject({
      id: promptStateId(subject),
      snoozedUntil: '2026-03-17T12:00:00.000Z',
    });
    const never = await handlers['prompts.answer'](
      { partnerId: acme.id, subject, answer: 'never' },
      JIRA_PAGE,
    );
    expect(never).toMatchObject({ id: later.id, dismissed: true });
    expect(never.snoozedUntil).toBeUndefined();
    const reset = await handlers['prompts.answer'](
      { partnerId: acme.id, subject, answer: 'reset' },
      fromOptions,
    );
    expect(reset).toMatchObject({ dismissed: false });
  });
});

describe('overlay handlers', () => {
  it('builds the engagement view with the prompt for a done item, and stops asking once rated', async () => {
    const { handlers, acme, scope } = await setup();
    const request = params('overlay.view', {
      partnerId: acme.id,
      scopeId: scope.id,
      item: {
        tool: 'jira',
        site: 'https://acme.atlassian.net',
        key: 'ACME-3',
        statusCategory: 'done',
      },
    });
    expect((await handlers['overlay.view'](request, JIRA_PAGE)).prompt).toMatchObject({
      itemKey: 'ACME-3',
    });
    await handlers['feedback.save'](feedbackInput(acme.id), JIRA_PAGE);
    const after = await handlers['overlay.view'](request, JIRA_PAGE);
    expect(after.prompt).toBeNull();
    expect(after.feedback).toHaveLength(1);
    await expect(handlers['overlay.view'](request, OTHER_SITE)).rejects.toMatchObject({
      code: 'forbidden',
    });
  });

  it('warns of the contract’s end from the reminder setting’s number of days', async () => {
    const { handlers, repos, acme, scope } = await setup();
    const stored = await repos.partners.get(acme.id);
    // NOW is 2026-03-10: the contract ends in 40 days.
    await repos.partners.put({ ...stored!, contractEnd: '2026-04-19' });
    const request = params('overlay.view', { partnerId: acme.id, scopeId: scope.id });
    expect((await handlers['overlay.view'](request, JIRA_PAGE)).contractWarning).toBeNull();
    await handlers['settings.save'](
      params('settings.save', { contractEndingNudgeDays: 45 }),
      fromOptions,
    );
    expect((await handlers['overlay.view'](request, JIRA_PAGE)).contractWarning).toBe(
      'The contract ends in 40 days, on 2026-04-19.',
    );
    // Days are counted in the zone of the settings, as the reminder counts them: at 12:00 UTC
    // it is already 11 March in Kiritimati (UTC+14).
    await handlers['settings.save'](
      params('settings.save', { timeZone: 'Pacific/Kiritimati' }),
      fromOptions,
    );
    expect((await handlers['overlay.view'](request, JIRA_PAGE)).contractWarning).toBe(
      'The contract ends in 39 days, on 2026-04-19.',
    );
  });

  it('maps a page’s project by extending the partner’s scope on that site, or creating one', async () => {
    const { handlers, repos, acme, other, scope } = await setup();
    const extended = await handlers['overlay.mapHere'](
      { partnerId: acme.id, tool: 'jira', site: 'https://acme.atlassian.net', id: 'PAY' },
      JIRA_PAGE,
    );
    expect(extended).toMatchObject({ id: scope.id, ids: ['ACME', 'PAY'] });
    const created = await handlers['overlay.mapHere'](
      { partnerId: other.id, tool: 'jira', site: 'https://acme.atlassian.net', id: 'INT' },
      JIRA_PAGE,
    );
    expect(created.id).not.toBe(scope.id);
    expect(await repos.scopes.listByPartner(other.id)).toHaveLength(1);
    await expect(
      handlers['overlay.mapHere'](
        { partnerId: other.id, tool: 'jira', site: 'https://acme.atlassian.net', id: 'X' },
        OTHER_SITE,
      ),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('lists partners to map to without offboarded ones', async () => {
    const { handlers, repos } = await setup();
    await repos.partners.put({ name: 'Gone', status: 'offboarded' });
    const choices = await handlers['overlay.partnerChoices']({}, JIRA_PAGE);
    expect(choices.map((choice) => choice.name)).toEqual(['Acme', 'Other']);
  });
});
