import { describe, expect, it } from 'vitest';
import {
  buildEngagementView,
  relationshipOf,
  type EngagementRecords,
} from '@/lib/overlay/engagement-view';
import type { Feedback } from '@/lib/model/feedback';
import type { Milestone } from '@/lib/model/milestone';
import type { Partner } from '@/lib/model/partner';
import type { PromptState } from '@/lib/model/prompt-state';
import type { Risk } from '@/lib/model/risk';
import type { Touchpoint } from '@/lib/model/touchpoint';
import { nudgesAt, ofRule } from '../prompts/fixtures';

const PARTNER_ID = '11111111-1111-4111-8111-111111111111';
/** 2026-03-10 00:30 in Berlin is still 2026-03-09 in UTC: local days must be used. */
const NOW = new Date('2026-03-09T23:30:00.000Z');
const ZONE = 'Europe/Berlin';
let sequence = 0;

function meta() {
  sequence += 1;
  return {
    id: `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: `2026-01-01T00:00:${String(sequence % 60).padStart(2, '0')}.000Z`,
    hlc: 'h',
    deviceId: 'd',
    deleted: false,
  };
}

const partner = (fields: Partial<Partner> = {}): Partner => ({
  ...meta(),
  id: PARTNER_ID,
  name: 'Acme',
  status: 'active',
  contacts: [],
  emailDomains: [],
  expertise: [],
  notes: '',
  ...fields,
});
const feedback = (fields: Partial<Feedback>): Feedback => ({
  ...meta(),
  partnerId: PARTNER_ID,
  rating: 4,
  kind: 'praise',
  categories: [],
  note: '',
  givenAt: '2026-03-01T10:00:00.000Z',
  ...fields,
});
const milestone = (title: string, dueDate: string, fields: Partial<Milestone> = {}): Milestone => ({
  ...meta(),
  partnerId: PARTNER_ID,
  title,
  dueDate,
  deliverables: [],
  linkedItemKeys: [],
  status: 'planned',
  ...fields,
});
const risk = (
  title: string,
  probability: number,
  impact: number,
  fields: Partial<Risk> = {},
): Risk => ({
  ...meta(),
  partnerId: PARTNER_ID,
  title,
  description: '',
  probability,
  impact,
  owner: '',
  mitigation: '',
  contingency: '',
  status: 'open',
  source: 'manual',
  linkedItemKeys: [],
  ...fields,
});
const touchpoint = (fields: Partial<Touchpoint>): Touchpoint => ({
  ...meta(),
  partnerId: PARTNER_ID,
  kind: 'weekly-sync',
  notes: '',
  actionItems: [],
  ...fields,
});

function records(fields: Partial<EngagementRecords> = {}): EngagementRecords {
  return {
    partner: partner(),
    raci: [],
    risks: [],
    milestones: [],
    touchpoints: [],
    feedback: [],
    promptStates: [],
    ...fields,
  };
}

function view(
  fields: Partial<EngagementRecords> = {},
  extra: Partial<Parameters<typeof buildEngagementView>[0]> = {},
) {
  return buildEngagementView({
    records: records(fields),
    target: { partnerId: PARTNER_ID },
    partnerAccountableAllowed: false,
    contractWarningDays: 30,
    now: NOW,
    timeZone: ZONE,
    ...extra,
  });
}

const doneItem = {
  tool: 'jira',
  site: 'https://acme.atlassian.net',
  key: 'ACME-3',
  statusCategory: 'done' as const,
};

describe('contract warning', () => {
  it.each([
    ['2026-04-09', 'The contract ends in 30 days, on 2026-04-09.'],
    ['2026-04-10', null],
    ['2026-03-11', 'The contract ends in 1 day, on 2026-03-11.'],
    ['2026-03-10', 'The contract ends today (2026-03-10).'],
    ['2026-03-09', 'The contract ended on 2026-03-09.'],
  ])('contract end %s (local today 2026-03-10) → %s', (contractEnd, expected) => {
    expect(view({ partner: partner({ contractEnd }) }).contractWarning).toBe(expected);
  });

  it('warns from the reminder setting’s number of days on', () => {
    const endsIn45 = partner({ contractEnd: '2026-04-24' });
    expect(view({ partner: endsIn45 }).contractWarning).toBeNull();
    expect(view({ partner: endsIn45 }, { contractWarningDays: 45 }).contractWarning).toBe(
      'The contract ends in 45 days, on 2026-04-24.',
    );
    expect(
      view({ partner: partner({ contractEnd: '2026-03-20' }) }, { contractWarningDays: 7 })
        .contractWarning,
    ).toBeNull();
  });

  it('says nothing without a contract end', () => {
    expect(view().contractWarning).toBeNull();
  });
});

describe('milestones', () => {
  it('lists overdue ones and those due within 14 local days, not done ones or later ones', () => {
    const result = view({
      milestones: [
        milestone('Day 15', '2026-03-25'),
        milestone('Day 14', '2026-03-24'),
        milestone('Today', '2026-03-10'),
        milestone('Yesterday', '2026-03-09'),
        milestone('Done early', '2026-03-12', { status: 'done', doneDate: '2026-03-01' }),
        milestone('Deleted', '2026-03-11', { deleted: true }),
      ],
    });
    expect(result.milestones.overdue.map((m) => m.title)).toEqual(['Yesterday']);
    expect(result.milestones.upcoming.map((m) => m.title)).toEqual(['Today', 'Day 14']);
  });
});

describe('risks', () => {
  it('keeps the three open or mitigating risks with the highest probability × impact', () => {
    const result = view({
      risks: [
        risk('Low', 1, 2),
        risk('High', 4, 5),
        risk('Closed', 5, 5, { status: 'closed' }),
        risk('Mitigating', 3, 3, { status: 'mitigating' }),
        risk('Medium', 2, 4),
      ],
    });
    expect(result.risks.top.map((r) => r.title)).toEqual(['High', 'Mitigating', 'Medium']);
    expect(result.risks.open).toBe(4);
  });
});

describe('touchpoint', () => {
  it('is overdue from the day after the last meeting plus its cadence, in local days', () => {
    const result = view({
      touchpoints: [touchpoint({ cadenceDays: 7, heldAt: '2026-03-01T09:00:00.000Z' })],
    });
    // Held on 1 March, weekly: due on 8 March; it is 10 March in Berlin.
    expect(result.touchpoint).toMatchObject({ state: 'overdue', dueDate: '2026-03-08' });
    expect(result.touchpoint?.text).toBe('Weekly sync overdue by 2 days.');
  });

  it('prefers a scheduled meeting of the same kind over the cadence', () => {
    const result = view({
      touchpoints: [
        touchpoint({ cadenceDays: 7, heldAt: '2026-03-01T09:00:00.000Z' }),
        touchpoint({ scheduledFor: '2026-03-12T09:00:00.000Z' }),
      ],
    });
    expect(result.touchpoint).toMatchObject({ state: 'next', dueDate: '2026-03-12' });
    expect(result.touchpoint?.text).toBe('Weekly sync due in 2 days.');
  });

  it('is due today, not overdue, for a meeting set for earlier today and not logged yet', () => {
    // 00:00 in Berlin on 10 March, half an hour ago.
    const result = view({
      touchpoints: [touchpoint({ scheduledFor: '2026-03-09T23:00:00.000Z' })],
    });
    expect(result.touchpoint).toMatchObject({ state: 'next', dueDate: '2026-03-10' });
    expect(result.touchpoint?.text).toBe('Weekly sync due today.');
  });

  it('says overdue exactly when the "touchpoint overdue" reminder is raised', () => {
    const held = touchpoint({ cadenceDays: 7, heldAt: '2026-03-02T22:30:00.000Z' });
    const missed = touchpoint({ kind: 'monthly-review', scheduledFor: '2026-03-11T22:30:00.000Z' });
    // Every quarter of an hour from 8 to 13 March, local midnights (23:00 UTC) included.
    for (let quarter = 0; quarter < 4 * 24 * 5; quarter += 1) {
      const now = new Date(Date.parse('2026-03-08T00:00:00.000Z') + quarter * 900_000);
      const shown = view({ touchpoints: [held, missed] }, { now }).touchpoint;
      const reminders = ofRule(
        nudgesAt(now.toISOString(), { touchpoints: [held, missed], timeZone: ZONE }),
        'touchpoint-overdue',
      );
      expect(shown?.state === 'overdue', now.toISOString()).toBe(reminders.length > 0);
    }
  });

  it('is absent without any meeting, deleted ones included', () => {
    expect(view().touchpoint).toBeNull();
    const deleted = touchpoint({ scheduledFor: '2026-03-12T09:00:00.000Z', deleted: true });
    expect(view({ touchpoints: [deleted] }).touchpoint).toBeNull();
  });
});

describe('relationship', () => {
  it('averages the last ten entries of the last 90 days', () => {
    const entries = [
      ...Array.from({ length: 10 }, (_, index) =>
        feedback({ rating: 5, givenAt: `2026-03-0${(index % 9) + 1}T08:00:00.000Z` }),
      ),
      feedback({ rating: 1, kind: 'issue', givenAt: '2026-02-01T08:00:00.000Z' }),
    ];
    expect(relationshipOf(entries, NOW)).toMatchObject({
      level: 'good',
      averageRating: 5,
      entries: 10,
    });
  });

  it('ignores feedback older than 90 days and says so when nothing is left', () => {
    const old = feedback({ rating: 1, givenAt: '2025-12-01T08:00:00.000Z' });
    expect(relationshipOf([old], NOW)).toMatchObject({ level: 'unknown', entries: 0 });
  });

  it('is poor below an average of 3', () => {
    const entries = [
      feedback({ rating: 2, kind: 'issue' }),
      feedback({ rating: 3, kind: 'constructive' }),
    ];
    expect(relationshipOf(entries, NOW)).toMatchObject({ level: 'poor', averageRating: 2.5 });
  });
});

describe('delivered-item prompt', () => {
  const subject = `item:jira:https://acme.atlassian.net:ACME-3`;
  const state = (fields: Partial<PromptState>): PromptState => ({
    ...meta(),
    partnerId: PARTNER_ID,
    subject,
    dismissed: false,
    ...fields,
  });

  it('asks for a done item nobody rated', () => {
    expect(view({}, { item: doneItem }).prompt).toEqual({ subject, itemKey: 'ACME-3' });
  });

  it('does not ask for an item that is not done', () => {
    expect(view({}, { item: { ...doneItem, statusCategory: 'doing' } }).prompt).toBeNull();
  });

  it('does not ask twice: feedback on the item exists', () => {
    const given = feedback({
      itemKey: 'ACME-3',
      tool: 'jira',
      itemUrl: 'https://acme.atlassian.net/browse/ACME-3',
    });
    expect(view({ feedback: [given] }, { item: doneItem }).prompt).toBeNull();
  });

  it('asks when the feedback with that key was about another site or was deleted', () => {
    const elsewhere = feedback({
      itemKey: 'ACME-3',
      itemUrl: 'https://other.atlassian.net/browse/ACME-3',
    });
    const deleted = feedback({ itemKey: 'ACME-3', deleted: true });
    expect(view({ feedback: [elsewhere, deleted] }, { item: doneItem }).prompt).not.toBeNull();
  });

  it('stays quiet while snoozed, asks again when the snooze has expired, never when declined', () => {
    const until = (iso: string) => state({ snoozedUntil: iso });
    expect(
      view({ promptStates: [until('2026-03-10T00:00:00.000Z')] }, { item: doneItem }).prompt,
    ).toBeNull();
    expect(
      view({ promptStates: [until('2026-03-09T23:30:00.000Z')] }, { item: doneItem }).prompt,
    ).not.toBeNull();
    expect(
      view({ promptStates: [state({ dismissed: true })] }, { item: doneItem }).prompt,
    ).toBeNull();
    expect(
      view({ promptStates: [state({ dismissed: true, deleted: true })] }, { item: doneItem })
        .prompt,
    ).not.toBeNull();
  });
});

describe('recent feedback', () => {
  it('shows the last three, newest first', () => {
    const entries = ['2026-03-01', '2026-03-05', '2026-02-20', '2026-03-03'].map((day) =>
      feedback({ givenAt: `${day}T10:00:00.000Z`, note: day }),
    );
    expect(view({ feedback: entries }).feedback.map((entry) => entry.note)).toEqual([
      '2026-03-05',
      '2026-03-03',
      '2026-03-01',
    ]);
  });
});
