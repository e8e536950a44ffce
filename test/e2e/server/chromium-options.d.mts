// Generated from the .mjs file next to this one by test/e2e/server/generate-types.mjs.
// Do not edit: change the JSDoc in the .mjs file and run that script.

/**
 * Options for `chromium.launchPersistentContext(userDataDir, options)`.
 *
 * @param {object} options
 * @param {string} options.extensionDir  absolute path of the built extension (.output/chrome-mv3)
 * @param {number} options.port  port of the stand-in server
 * @param {number} [options.debuggingPort]  adds --remote-debugging-port (needed to reach the popup)
 * @param {boolean} options.headless
 */
export function chromiumLaunchOptions({
  extensionDir,
  port,
  debuggingPort,
  headless,
}: {
  extensionDir: string;
  port: number;
  debuggingPort?: number | undefined;
  headless: boolean;
}): {
  executablePath: string;
  headless: boolean;
  args: string[];
};
/** Debian's chromium unless CHROME_PATH says otherwise. */
export const CHROME_PATH: string;
/**
 * Host names the stand-in plays (Jira Cloud tenants, the self-hosted Jira, Asana, Trello); each
 * is mapped to 127.0.0.1:<port>.
 */
export const MAPPED_HOSTS: string[];
