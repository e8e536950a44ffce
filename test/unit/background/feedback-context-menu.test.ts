import { describe, expect, it, vi } from 'vitest';
import {
  createFeedbackContextMenu,
  FEEDBACK_MENU_ID,
  type FeedbackMenuApi,
  type MenuProperties,
} from '@/lib/background/feedback-context-menu';
import { optionsUrl } from '@/lib/background/options-url';
import { rpcMethods } from '@/lib/messaging/methods';

function fakeApi(overrides: Partial<FeedbackMenuApi> = {}) {
  const menus = new Map<string, MenuProperties>();
  const api: FeedbackMenuApi = {
    removeAll: vi.fn(async () => menus.clear()),
    create: vi.fn(async (properties: MenuProperties) => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      if (menus.has(properties.id)) throw new Error('Cannot create item with duplicate id');
      menus.set(properties.id, properties);
    }),
    manifestHostPatterns: () => [
      'https://*.atlassian.net/*',
      'https://app.asana.com/*',
      'https://trello.com/*',
    ],
    jiraSites: async () => [{ origin: 'https://intranet.example.com', contextPath: '/jira' }],
    openPopup: vi.fn(async () => undefined),
    openWindow: vi.fn(async () => undefined),
    extensionUrl: (path) => `chrome-extension://abc${path}`,
    ...overrides,
  };
  return { api, menus };
}

describe('feedback context menu', () => {
  it('shows on every tracker host, self-hosted Jira included, and survives overlapping calls', async () => {
    const { api, menus } = fakeApi();
    const menu = createFeedbackContextMenu(api);
    await Promise.all([menu.ensure(), menu.ensure(), menu.ensure()]);
    expect([...menus.values()]).toEqual([
      {
        id: FEEDBACK_MENU_ID,
        title: 'Give feedback on this item',
        contexts: ['page'],
        documentUrlPatterns: [
          'https://*.atlassian.net/*',
          'https://app.asana.com/*',
          'https://trello.com/*',
          'https://intranet.example.com/jira/*',
        ],
      },
    ]);
  });

  it('opens the toolbar popup, or the quick entry for that tab in a window', async () => {
    const { api } = fakeApi();
    const menu = createFeedbackContextMenu(api);
    await menu.onClicked({ menuItemId: FEEDBACK_MENU_ID }, { id: 7 });
    expect(api.openPopup).toHaveBeenCalledTimes(1);
    expect(api.openWindow).not.toHaveBeenCalled();

    const refusing = fakeApi({
      openPopup: vi.fn(async () => {
        throw new Error('openPopup is not allowed here');
      }),
    });
    await createFeedbackContextMenu(refusing.api).onClicked(
      { menuItemId: FEEDBACK_MENU_ID },
      { id: 7 },
    );
    expect(refusing.api.openWindow).toHaveBeenCalledWith({
      url: 'chrome-extension://abc/popup.html?tab=7',
      width: 400,
      height: 640,
    });
  });

  it('ignores other menu items and clicks without a tab', async () => {
    const { api } = fakeApi();
    const menu = createFeedbackContextMenu(api);
    await menu.onClicked({ menuItemId: 'other' }, { id: 1 });
    await menu.onClicked({ menuItemId: FEEDBACK_MENU_ID }, undefined);
    expect(api.openPopup).not.toHaveBeenCalled();
    expect(api.openWindow).not.toHaveBeenCalled();
  });
});

describe('options page targets', () => {
  const base = 'chrome-extension://abc/options.html';
  it('opens a route, a partner, a mapping prefill or the start page', () => {
    expect(optionsUrl(base, { route: '#/partners/x/kpis' })).toBe(`${base}#/partners/x/kpis`);
    expect(optionsUrl(base, { partnerId: 'p1' })).toBe(`${base}#/partners/p1/kpis`);
    expect(
      optionsUrl(base, {
        prefill: { tool: 'jira', site: 'https://acme.atlassian.net', id: 'ACME' },
      }),
    ).toBe(`${base}#/map?tool=jira&site=https%3A%2F%2Facme.atlassian.net&id=ACME`);
    expect(optionsUrl(base, {})).toBe(base);
  });

  it('accepts only #/ routes in options.open', () => {
    const params = rpcMethods['options.open'].params;
    expect(params.safeParse({ route: '#/reminders' }).success).toBe(true);
    expect(params.safeParse({ route: '#/map?tool=jira&id=A' }).success).toBe(true);
    expect(params.safeParse({ route: 'https://evil.example/' }).success).toBe(false);
    expect(params.safeParse({ route: '#/x"><script>' }).success).toBe(false);
    expect(params.safeParse({ route: 'javascript:alert(1)' }).success).toBe(false);
  });
});
