/*
 * Shared by the popup's unit tests (not part of any bundle): a tab read of a mapped Jira
 * issue, and a partner record.
 */
import { snapshotEntryFor } from '@/lib/feedback/popup-snapshot-prefill';
import { detectContext } from '@/lib/hosts/detect';
import type { Partner } from '@/lib/model/partner';
import type { TabRead } from './popup-early';

export const ISSUE_URL = 'https://acme.atlassian.net/browse/ACME-1';

/**
 * What the popup's first script read for a tab showing ACME-1, with `snapshots` stored: the
 * tab's entry is kept when it was taken for the tab's URL, as popup-early.ts does.
 */
export function issueTabRead(
  snapshots: unknown,
  tab: { tabId?: number; tabUrl?: string; tabTitle?: string } = {},
): TabRead {
  const tabUrl = tab.tabUrl ?? ISSUE_URL;
  const tabId = tab.tabId ?? 7;
  const snapshot = snapshotEntryFor(snapshots, tabId, tabUrl);
  return {
    found: true,
    tabId,
    tabUrl,
    ...(tab.tabTitle ? { tabTitle: tab.tabTitle } : {}),
    detected: detectContext(tabUrl)!,
    ...(snapshot !== undefined ? { snapshot } : {}),
    fromBackground: () => Promise.reject(new Error('not asked')),
  };
}

export const GLOBEX = '1c7f6a5e-8f2c-4d1a-9a57-1a2b3c4d5e6f';
export const RECORD_META = {
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-01T10:00:00.000Z',
  hlc: '1',
  deviceId: 'd',
  deleted: false,
};
export const globex: Partner = {
  id: GLOBEX,
  name: 'Globex',
  status: 'active',
  contacts: [],
  emailDomains: [],
  expertise: [],
  notes: '',
  ...RECORD_META,
};
