import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import type { Nudge } from '../model/nudge';
import type { PendingSubjectsStore } from './nudge-service';

/** Reminders' toolbar colour: amber, readable with the badge's white text. */
export const NUDGE_BADGE_COLOR = '#b45309';
const NOTIFICATION_PREFIX = 'partner-lens-nudge:';

const pendingItem = storage.defineItem<unknown>('local:nudges.pending', { fallback: null });
const subjectsSchema = z.array(z.string().max(1000)).max(5000).nullable().catch(null);

/** The subjects pending at the last evaluation, per device (notifications are per device). */
export const pendingSubjectsStore: PendingSubjectsStore = {
  get: async () => subjectsSchema.parse(await pendingItem.getValue()),
  set: async (subjects) => {
    await pendingItem.setValue(subjects);
  },
};

/** The toolbar badge: the count of pending nudges, nothing when there are none. */
export async function setNudgeBadge(count: number): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ color: NUDGE_BADGE_COLOR });
  await browser.action.setBadgeText({
    text: count === 0 ? '' : count > 99 ? '99+' : String(count),
  });
  await browser.action.setTitle({
    title:
      count === 0
        ? 'Partner Lens'
        : `Partner Lens: ${count} ${count === 1 ? 'reminder' : 'reminders'}`,
  });
}

/** Where a nudge's action leads outside the popup: a page of the options app. */
export function nudgeActionUrl(nudge: Nudge): string {
  const route =
    nudge.action.kind === 'open-options'
      ? nudge.action.route
      : (nudge.action.route ?? `#/partners/${nudge.partnerId}`);
  return browser.runtime.getURL(`/options.html${route}`);
}

/**
 * One desktop notification per new nudge. Notifications are an optional permission: without
 * it (never granted, or revoked in the browser), nothing is shown.
 */
export async function notifyNudges(nudges: Nudge[]): Promise<void> {
  if (!(browser as { notifications?: unknown }).notifications) return;
  if (!(await browser.permissions.contains({ permissions: ['notifications'] }))) return;
  for (const nudge of nudges) {
    await browser.notifications.create(`${NOTIFICATION_PREFIX}${nudge.subject}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: nudge.title,
      message: nudge.reason,
    });
  }
}

/**
 * Opens the action of a clicked nudge notification. Listeners must be added at the worker's
 * start, so this is called from the background entrypoint; it asks for the nudge by subject.
 */
export function listenForNudgeNotificationClicks(
  find: (subject: string) => Promise<Nudge | undefined>,
) {
  let listening = false;
  const listen = () => {
    // `notifications` is an optional permission: its API exists only once it is granted.
    const api = (browser as { notifications?: typeof browser.notifications }).notifications;
    if (listening || !api?.onClicked) return;
    listening = true;
    api.onClicked.addListener(onClicked);
  };
  const onClicked = (id: string) => {
    if (!id.startsWith(NOTIFICATION_PREFIX)) return;
    void (async () => {
      const nudge = await find(id.slice(NOTIFICATION_PREFIX.length));
      await browser.tabs.create({
        url: nudge ? nudgeActionUrl(nudge) : browser.runtime.getURL('/options.html#/reminders'),
      });
      await browser.notifications.clear(id);
    })();
  };
  listen();
  browser.permissions.onAdded.addListener(listen);
}
