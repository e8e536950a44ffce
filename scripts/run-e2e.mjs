// Runs the browser tests: builds the Chrome extension when .output/chrome-mv3 is missing, and
// the test build (which grants the stand-in's self-hosted Jira origin up front, see
// wxt.config.ts) when .output/chrome-mv3-test is missing or older than .output/chrome-mv3 (so
// `npm test`, which rebuilds that one, keeps both in step) — both when E2E_BUILD=1 — then
// `vitest run -c vitest.e2e.config.ts` with the extra arguments.
//
//   npm run test:e2e
//   npm run test:e2e -- test/e2e/harness.e2e.test.ts -t "popup"
//   E2E_BUILD=1 npm run test:e2e   (rebuilds both first)
//   HEADED=1 npm run test:e2e      (shows the browser; needs a display)

import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

/** The origin the test build grants: the stand-in's self-hosted Jira. */
const TEST_ORIGINS = 'https://jira.example.com';

/**
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} [env]  the environment (default: this one)
 * @returns {Promise<number>} exit code
 */
function run(args, env = process.env) {
  return new Promise((resolve) => {
    const child = spawn(npx, args, { cwd: root, stdio: 'inherit', env });
    child.on('error', (error) => {
      console.error(`Could not start ${npx} ${args.join(' ')}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const rebuild = process.env.E2E_BUILD === '1';
/** @param {string} file */
const modifiedMs = (file) => (existsSync(file) ? statSync(file).mtimeMs : -Infinity);
/**
 * @typedef {object} Build
 * @property {string} what
 * @property {string} manifest  its output's manifest.json
 * @property {NodeJS.ProcessEnv} env
 * @property {string} command  as a person would type it
 * @property {string} [olderThan]  rebuilt when its manifest is older than this file
 */
/** @type {Build[]} */
const builds = [
  {
    what: 'the Chrome extension',
    manifest: join(root, '.output', 'chrome-mv3', 'manifest.json'),
    // Never a test build by accident: without test origins WXT writes .output/chrome-mv3.
    env: { ...process.env, PARTNER_LENS_TEST_ORIGINS: '' },
    command: 'npx wxt build -b chrome',
  },
  {
    what: 'the test build for self-hosted Jira',
    manifest: join(root, '.output', 'chrome-mv3-test', 'manifest.json'),
    env: { ...process.env, PARTNER_LENS_TEST_ORIGINS: TEST_ORIGINS },
    command: `PARTNER_LENS_TEST_ORIGINS=${TEST_ORIGINS} npx wxt build -b chrome`,
    olderThan: join(root, '.output', 'chrome-mv3', 'manifest.json'),
  },
];
for (const build of builds) {
  const stale =
    build.olderThan !== undefined && modifiedMs(build.manifest) < modifiedMs(build.olderThan);
  if (!rebuild && !stale && existsSync(build.manifest)) continue;
  console.log(`Building ${build.what} for the browser tests (${build.command})…`);
  const code = await run(['wxt', 'build', '-b', 'chrome'], build.env);
  if (code !== 0) process.exit(code);
}

process.exit(await run(['vitest', 'run', '-c', 'vitest.e2e.config.ts', ...process.argv.slice(2)]));
