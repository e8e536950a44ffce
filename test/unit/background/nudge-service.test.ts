import { describe, expect, it } from 'vitest';
import { createHandlers } from '@/lib/background/handlers';
import { createKpiService } from '@/lib/background/kpi-service';
import { createNudgeService, type PendingSubjectsStore } from '@/lib/background/nudge-service';
import { createRepositories } from '@/lib/db/repositories';
import { createWorkItemCache } from '@/lib/db/work-item-cache';
import type { CallContext } from '@/lib/messaging/router';
import type { Nudge } from '@/lib/model/nudge';
import { feedbackInputSchema } from '@/lib/model/feedback';
import { kpiDefinitionInputSchema } from '@/lib/model/kpi-definition';
import { milestoneInputSchema } from '@/lib/model/milestone';
import { partnerInputSchema } from '@/lib/model/partner';
import { freshDb, testStamper } from '../db/test-db';

const options: CallContext = {
  senderKind: 'extension',
  sender: { id: 'ext', url: 'chrome-extension://ext/options.html' },
};

async function setup(start = '2026-03-20T12:00:00.000Z') {
  let now = new Date(start);
  const db = await freshDb();
  const clock = testStamper('device-a', now.getTime());
  const repos = createRepositories(db, clock.stamper);
  const cache = createWorkItemCache(db);
  const badge: number[] = [];
  const notified: Nudge[][] = [];
  let pending: string[] | null = null;
  const pendingSubjects: PendingSubjectsStore = {
    get: async () => pending,
    set: async (subjects) => {
      pending = subjects;
    },
  };
  const nudges = createNudgeService({
    repositories: async () => repos,
    now: () => now,
    timeZone: () => 'UTC',
    setBadge: async (count) => {
      badge.push(count);
    },
    notify: async (list) => {
      notified.push(list);
    },
    pendingSubjects,
  });
  const changes: string[] = [];
  const kpis = createKpiService({
    repositories: async () => repos,
    workItemCache: async () => cache,
    now: () => now,
    timeZone: () => 'UTC',
  });
  const handlers = createHandlers({
    repositories: async () => repos,
    workItemCache: async () => cache,
    timeZone: () => 'UTC',
    kpis,
    nudges,
    onDataChanged: (store) => {
      changes.push(store);
      nudges.changed();
    },
    now: () => now,
    injectSidebar: async () => undefined,
    injectInline: async () => undefined,
    sidebarState: async () => ({ open: true, width: 340 }),
    openOptions: async () => undefined,
    tabUrl: async () => undefined,
    jiraSites: { list: async () => [], add: async () => [], remove: async () => [] },
  });
  const setNow = (iso: string) => {
    now = new Date(iso);
    clock.setTime(now.getTime());
  };
  return { handlers, nudges, repos, badge, notified, changes, setNow, pending: () => pending };
}

/** A partner added on 1 March with feedback today, whose contract ends on 30 March. */
async function partnerEndingSoon(handlers: Awaited<ReturnType<typeof setup>>['handlers']) {
  const partner = await handlers['partners.save'](
    partnerInputSchema.parse({
      name: 'Acme',
      contractStart: '2026-03-01',
      contractEnd: '2026-03-30',
    }),
    options,
  );
  await handlers['feedback.save'](
    feedbackInputSchema.parse({
      partnerId: partner.id,
      rating: 5,
      kind: 'praise',
      givenAt: '2026-03-20T09:00:00.000Z',
    }),
    options,
  );
  return partner;
}

describe('nudge service', () => {
  it('evaluates a burst of changes once, and again for a change after it', async () => {
    const db = await freshDb();
    const repos = createRepositories(db, testStamper('device-a', Date.now()).stamper);
    let evaluations = 0;
    const service = createNudgeService({
      repositories: async () => {
        evaluations += 1;
        return repos;
      },
      now: () => new Date('2026-03-20T12:00:00.000Z'),
      timeZone: () => 'UTC',
    });
    const burst = [service.refresh(), service.list(), service.refresh()];
    service.changed();
    await Promise.all(burst);
    expect(evaluations).toBe(1);
    await service.refresh();
    expect(evaluations).toBe(2);
  });

  it('lists the nudges from the stored records and shows their count on the badge', async () => {
    const { handlers, badge, changes } = await setup();
    const partner = await partnerEndingSoon(handlers);
    expect(changes).toEqual(['partners', 'feedback']);
    const nudges = await handlers['nudges.list']({}, options);
    expect(nudges.map((nudge) => nudge.rule)).toEqual(['contract-ending']);
    expect(nudges[0]).toMatchObject({
      partnerId: partner.id,
      title: 'Contract with Acme ends in 10 days',
    });
    expect(badge[badge.length - 1]).toBe(1);
    expect(await handlers['nudges.list']({ partnerId: crypto.randomUUID() }, options)).toEqual([]);
  });

  it('drops a snoozed nudge and brings it back when the snooze ends', async () => {
    const { handlers, badge, setNow } = await setup();
    const partner = await partnerEndingSoon(handlers);
    const [nudge] = await handlers['nudges.list']({}, options);
    await handlers['prompts.answer'](
      { partnerId: partner.id, subject: nudge!.subject, answer: 'later-day' },
      options,
    );
    expect(await handlers['nudges.list']({}, options)).toEqual([]);
    expect(badge[badge.length - 1]).toBe(0);
    setNow('2026-03-21T11:59:00.000Z');
    expect(await handlers['nudges.list']({}, options)).toEqual([]);
    setNow('2026-03-21T12:00:00.000Z');
    expect((await handlers['nudges.list']({}, options)).map((n) => n.subject)).toEqual([
      nudge!.subject,
    ]);
    expect(badge[badge.length - 1]).toBe(1);
  });

  it('keeps a dismissed nudge away, and a reset brings it back', async () => {
    const { handlers } = await setup();
    const partner = await partnerEndingSoon(handlers);
    const [nudge] = await handlers['nudges.list']({}, options);
    const answer = (value: 'never' | 'reset') =>
      handlers['prompts.answer'](
        { partnerId: partner.id, subject: nudge!.subject, answer: value },
        options,
      );
    await answer('never');
    expect(await handlers['nudges.list']({}, options)).toEqual([]);
    await answer('reset');
    expect(await handlers['nudges.list']({}, options)).toHaveLength(1);
  });

  it('re-evaluates on data changes: saving the partner updates the badge', async () => {
    const { handlers, nudges, badge } = await setup();
    const partner = await partnerEndingSoon(handlers);
    await nudges.refresh();
    expect(badge[badge.length - 1]).toBe(1);
    await handlers['partners.save']({ ...partner, contractEnd: '2026-12-31' }, options);
    await nudges.refresh();
    expect(badge[badge.length - 1]).toBe(0);
    expect(nudges.count()).toBe(0);
  });

  it('uses the thresholds and time zone from the settings', async () => {
    const { handlers } = await setup();
    await partnerEndingSoon(handlers);
    await handlers['settings.save']({ contractEndingNudgeDays: 5 }, options);
    expect(await handlers['nudges.list']({}, options)).toEqual([]);
    await handlers['settings.save'](
      { contractEndingNudgeDays: 10, timeZone: 'Pacific/Kiritimati' },
      options,
    );
    // 20 March 12:00 UTC is 21 March in Kiritimati (UTC+14): 9 days left there.
    const [nudge] = await handlers['nudges.list']({}, options);
    expect(nudge!.title).toBe('Contract with Acme ends in 9 days');
    // A later change of one field keeps the others.
    await handlers['settings.save']({ noPraiseNudgeDays: 30 }, options);
    expect(await handlers['settings.get']({}, options)).toMatchObject({
      contractEndingNudgeDays: 10,
      timeZone: 'Pacific/Kiritimati',
      noPraiseNudgeDays: 30,
    });
  });

  it('notifies each newly pending nudge once, only when notifications are on, never the backlog', async () => {
    const { handlers, nudges, notified, pending, setNow } = await setup();
    const partner = await partnerEndingSoon(handlers);
    await handlers['settings.save']({ notificationsEnabled: true }, options);
    // First evaluation: the nudges already pending are remembered, not notified.
    await nudges.refresh();
    expect(notified).toEqual([]);
    expect(pending()).toHaveLength(1);
    // A milestone becomes overdue: one notification.
    await handlers['milestones.save'](
      milestoneInputSchema.parse({ partnerId: partner.id, title: 'Beta', dueDate: '2026-03-19' }),
      options,
    );
    await nudges.refresh();
    await nudges.refresh();
    expect(notified.flat().map((nudge) => nudge.rule)).toEqual(['milestone-overdue']);
    // Turned off: a new one is remembered silently.
    await handlers['settings.save']({ notificationsEnabled: false }, options);
    setNow('2026-03-22T12:00:00.000Z');
    await handlers['milestones.save'](
      milestoneInputSchema.parse({ partnerId: partner.id, title: 'Gamma', dueDate: '2026-03-21' }),
      options,
    );
    await nudges.refresh();
    expect(notified.flat()).toHaveLength(1);
  });

  it('re-evaluates when a KPI value turns red', async () => {
    const { handlers, nudges, badge, changes } = await setup();
    const partner = await partnerEndingSoon(handlers);
    await handlers['partners.save']({ ...partner, contractEnd: '2026-12-31' }, options);
    const kpi = await handlers['kpis.save'](
      kpiDefinitionInputSchema.parse({
        partnerId: partner.id,
        name: 'CSAT',
        metric: 'manual',
        unit: '%',
        direction: 'higher-is-better',
        target: 90,
        amberThreshold: 80,
        redThreshold: 70,
      }),
      options,
    );
    changes.length = 0;
    await handlers['kpis.addManual'](
      { kpiId: kpi.id, date: '2026-03-20', value: 50, note: '' },
      options,
    );
    expect(changes).toEqual(['kpiMeasurements']);
    await nudges.refresh();
    expect(badge[badge.length - 1]).toBe(1);
    const [nudge] = await handlers['nudges.list']({ partnerId: partner.id }, options);
    expect(nudge).toMatchObject({ rule: 'kpi-red', title: 'CSAT turned red for Acme' });
  });

  it('answers an empty list without a nudge service', async () => {
    const db = await freshDb();
    const repos = createRepositories(db, testStamper().stamper);
    const handlers = createHandlers({
      repositories: async () => repos,
      workItemCache: async () => createWorkItemCache(db),
      timeZone: () => 'UTC',
      kpis: createKpiService({
        repositories: async () => repos,
        workItemCache: async () => createWorkItemCache(db),
        now: () => new Date(),
        timeZone: () => 'UTC',
      }),
      now: () => new Date(),
      injectSidebar: async () => undefined,
      injectInline: async () => undefined,
      sidebarState: async () => ({ open: true, width: 340 }),
      openOptions: async () => undefined,
      tabUrl: async () => undefined,
      jiraSites: { list: async () => [], add: async () => [], remove: async () => [] },
    });
    expect(await handlers['nudges.list']({}, options)).toEqual([]);
  });
});
