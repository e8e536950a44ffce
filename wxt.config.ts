import { createRequire } from 'node:module';
import type { AliasOptions } from 'vite';
import { defineConfig } from 'wxt';
import pkg from './package.json' with { type: 'json' };
import { inlinePageCss } from './scripts/inline-page-css';

// Only the three cloud hosts are granted at install time; self-hosted Jira is requested at run time.
export const HOST_PERMISSIONS = [
  'https://*.atlassian.net/*',
  'https://app.asana.com/*',
  'https://trello.com/*',
];

/**
 * Browser tests of self-hosted Jira cannot click Chrome's permission prompt, so a test build
 * grants the test origins up front (`PARTNER_LENS_TEST_ORIGINS=https://jira.example.com`) and
 * goes to its own output folder; release builds never set it.
 */
const TEST_ORIGINS = (process.env.PARTNER_LENS_TEST_ORIGINS ?? '')
  .split(',')
  .map((origin) => origin.trim())
  .filter(Boolean)
  .map((origin) => `${origin.replace(/\/+$/, '')}/*`);

/**
 * The content scripts loaded on every tracker page (they only announce the page to the
 * background, with `runtime.sendMessage`, which returns a promise in Chrome and Firefox alike).
 * They do without webextension-polyfill, which WXT's content-script runtime would otherwise
 * bring along: building its API table and proxies was about a third of their script time on
 * every page load. Every other script keeps the polyfill.
 */
const ALWAYS_LOADED_SCRIPTS = new Set(['jira', 'asana', 'trello']);
const NATIVE_BROWSER_API = createRequire(import.meta.url).resolve('wxt/browser');

/** `alias` with `wxt/browser` resolved to WXT's own (native) `browser`, not the polyfill. */
function withNativeBrowser(alias: AliasOptions | undefined): AliasOptions {
  const entries = Array.isArray(alias)
    ? alias
    : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }));
  return [
    { find: /^wxt\/browser$/, replacement: NATIVE_BROWSER_API },
    ...entries.filter(({ find }) => find !== 'wxt/browser'),
  ];
}

export default defineConfig({
  ...(TEST_ORIGINS.length > 0 ? { outDirTemplate: '{{browser}}-mv{{manifestVersion}}-test' } : {}),
  // The popup's first frame is drawn by its first script, which a linked stylesheet delays.
  vite: () => ({ plugins: [inlinePageCss(['entrypoints/popup/index.html'])] }),
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => ALWAYS_LOADED_SCRIPTS.has(entrypoint.name))) return;
      config.resolve = { ...config.resolve, alias: withNativeBrowser(config.resolve?.alias) };
    },
  },
  manifest: ({ browser }) => ({
    name: 'Partner Lens',
    description: pkg.description,
    permissions: ['storage', 'alarms', 'scripting', 'contextMenus'],
    host_permissions: [...HOST_PERMISSIONS, ...TEST_ORIGINS],
    // Self-hosted Jira: the user's own origin, requested at run time from the options page.
    optional_host_permissions: ['https://*/*'],
    // Desktop reminders are off by default; the options page asks when they are turned on.
    optional_permissions: ['notifications'],
    action: { default_title: 'Partner Lens' },
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: 'Show or hide the Partner Lens sidebar',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'partner-lens@partnerlens.app',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
