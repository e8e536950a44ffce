// Runs the browser tests: builds the Chrome extension when .output/chrome-mv3 is missing
// (or when E2E_BUILD=1), then `vitest run -c vitest.e2e.config.ts` with the extra arguments.
//
//   npm run test:e2e
//   npm run test:e2e -- test/e2e/harness.e2e.test.ts -t "popup"
//   HEADED=1 npm run test:e2e      (shows the browser; needs a display)

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

/**
 * @param {string[]} args
 * @returns {Promise<number>} exit code
 */
function run(args) {
  return new Promise((resolve) => {
    const child = spawn(npx, args, { cwd: root, stdio: 'inherit' });
    child.on('error', (error) => {
      console.error(`Could not start ${npx} ${args.join(' ')}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const manifest = join(root, '.output', 'chrome-mv3', 'manifest.json');
if (!existsSync(manifest) || process.env.E2E_BUILD === '1') {
  console.log('Building the Chrome extension for the browser tests (npx wxt build -b chrome)…');
  const code = await run(['wxt', 'build', '-b', 'chrome']);
  if (code !== 0) process.exit(code);
}

process.exit(await run(['vitest', 'run', '-c', 'vitest.e2e.config.ts', ...process.argv.slice(2)]));
