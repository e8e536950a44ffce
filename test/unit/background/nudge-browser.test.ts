import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  NUDGE_BADGE_COLOR,
  notifyNudges,
  nudgeActionUrl,
  pendingSubjectsStore,
  setNudgeBadge,
} from '@/lib/background/nudge-browser';
import type { Nudge } from '@/lib/model/nudge';

const PARTNER = '11111111-1111-4111-8111-111111111111';
const nudge: Nudge = {
  subject: `nudge:kpi-red:${PARTNER}:k:2026-03-19`,
  rule: 'kpi-red',
  partnerId: PARTNER,
  partnerName: 'Acme',
  title: 'CSAT turned red for Acme',
  reason: 'CSAT is 50%.',
  action: { kind: 'open-options', label: 'Open the KPIs', route: `#/partners/${PARTNER}/kpis` },
};

function spyAction() {
  const text = vi.spyOn(fakeBrowser.action, 'setBadgeText').mockResolvedValue(undefined);
  const color = vi
    .spyOn(fakeBrowser.action, 'setBadgeBackgroundColor')
    .mockResolvedValue(undefined);
  vi.spyOn(fakeBrowser.action, 'setTitle').mockResolvedValue(undefined);
  return { text, color };
}

describe('toolbar badge', () => {
  it('shows the count with the reminders colour, and nothing for zero', async () => {
    const { text, color } = spyAction();
    await setNudgeBadge(3);
    expect(text).toHaveBeenLastCalledWith({ text: '3' });
    expect(color).toHaveBeenCalledWith({ color: NUDGE_BADGE_COLOR });
    await setNudgeBadge(0);
    expect(text).toHaveBeenLastCalledWith({ text: '' });
    await setNudgeBadge(120);
    expect(text).toHaveBeenLastCalledWith({ text: '99+' });
  });
});

describe('notifications', () => {
  it('shows nothing without the permission, one notification per nudge with it', async () => {
    const contains = vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
    const create = vi.spyOn(fakeBrowser.notifications, 'create').mockResolvedValue('id');
    await notifyNudges([nudge]);
    expect(create).not.toHaveBeenCalled();
    contains.mockResolvedValue(true);
    await notifyNudges([nudge, { ...nudge, subject: `${nudge.subject}:2` }]);
    expect(create).toHaveBeenCalledTimes(2);
    const [id, shown] = create.mock.calls[0] as unknown as [string, object];
    expect(id).toBe(`partner-lens-nudge:${nudge.subject}`);
    expect(shown).toMatchObject({ title: nudge.title, message: nudge.reason });
  });

  it('opens the nudge’s page of the options app', () => {
    expect(nudgeActionUrl(nudge)).toMatch(/\/options\.html#\/partners\/.+\/kpis$/);
    const feedback: Nudge = { ...nudge, action: { kind: 'give-feedback', label: 'Give feedback' } };
    expect(nudgeActionUrl(feedback)).toMatch(new RegExp(`/options\\.html#/partners/${PARTNER}$`));
  });
});

describe('pending subjects', () => {
  it('reads null before the first write, and ignores a corrupt value', async () => {
    expect(await pendingSubjectsStore.get()).toBeNull();
    await pendingSubjectsStore.set(['a', 'b']);
    expect(await pendingSubjectsStore.get()).toEqual(['a', 'b']);
    await fakeBrowser.storage.local.set({ 'nudges.pending': 42 });
    expect(await pendingSubjectsStore.get()).toBeNull();
  });
});
