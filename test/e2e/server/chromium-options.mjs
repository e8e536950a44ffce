// The Chromium launch options of the browser tests and the demo, as verified in
// /work/shared/TESTING.md: the built extension loaded unpacked, and the real Jira, Asana and
// Trello host names pointed at the local stand-in server.

import process from 'node:process';

/** Debian's chromium unless CHROME_PATH says otherwise. */
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * Host names the stand-in plays (Jira Cloud tenants, the self-hosted Jira, Asana, Trello); each
 * is mapped to 127.0.0.1:<port>.
 */
export const MAPPED_HOSTS = ['*.atlassian.net', 'jira.example.com', 'app.asana.com', 'trello.com'];

/**
 * Options for `chromium.launchPersistentContext(userDataDir, options)`.
 *
 * @param {object} options
 * @param {string} options.extensionDir  absolute path of the built extension (.output/chrome-mv3)
 * @param {number} options.port  port of the stand-in server
 * @param {number} [options.debuggingPort]  adds --remote-debugging-port (needed to reach the popup)
 * @param {boolean} options.headless
 */
export function chromiumLaunchOptions({ extensionDir, port, debuggingPort, headless }) {
  const rules = MAPPED_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${port}`).join(', ');
  return {
    executablePath: CHROME_PATH,
    headless,
    args: [
      ...(headless ? ['--headless=new'] : []),
      '--no-sandbox',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--host-resolver-rules=${rules}`,
      '--ignore-certificate-errors',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
      ...(debuggingPort ? [`--remote-debugging-port=${debuggingPort}`] : []),
    ],
  };
}
