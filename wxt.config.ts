import { defineConfig } from 'wxt';
import pkg from './package.json' with { type: 'json' };

// Only the three cloud hosts are granted at install time; self-hosted Jira is requested at run time.
export const HOST_PERMISSIONS = [
  'https://*.atlassian.net/*',
  'https://app.asana.com/*',
  'https://trello.com/*',
];

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Partner Lens',
    description: pkg.description,
    permissions: ['storage', 'alarms', 'scripting'],
    host_permissions: HOST_PERMISSIONS,
    action: { default_title: 'Partner Lens' },
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
