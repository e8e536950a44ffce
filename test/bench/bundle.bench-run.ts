import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../e2e/support';
import { recordFigure } from './record';

/**
 * Content-script sizes (issue 4, "Speed"): each content script of the Chrome build
 * (.output/chrome-mv3/content-scripts/*.js, built here when missing) gzipped with node:zlib at
 * gzip's default level, in KB of 1,024 bytes. The always-loaded scripts (listed in the
 * manifest: jira, asana, trello) and the inline chips-and-badges script (injected on every page
 * of a site with a mapping, so kept small) have a budget of 60 KB; the React sidebar bundle,
 * which the background injects only where it is needed, is recorded too, with no budget
 * (`null`).
 */

const EXTENSION_DIR = join(REPO_ROOT, '.output', 'chrome-mv3');
const BUDGET_KB = 60;
const EXPECTED = ['asana', 'inline', 'jira', 'sidebar', 'trello'];
/** Injected at run time, yet held to the budget. */
const SMALL_INJECTED = new Set(['inline']);

/** Builds the extension when there is no build yet (an existing build is used as it is). */
function ensureBuilt() {
  if (existsSync(join(EXTENSION_DIR, 'manifest.json'))) return;
  console.info('[bundle] no build at .output/chrome-mv3: running `npx wxt build -b chrome`');
  const build = spawnSync('npx', ['wxt', 'build', '-b', 'chrome'], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
    timeout: 240_000,
  });
  if (build.status !== 0) throw new Error(`wxt build failed (${build.status ?? build.signal})`);
}

interface Manifest {
  content_scripts?: { js?: string[] }[];
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 100) / 100;

describe('content-script size benchmark', () => {
  it('gzips each content script of the Chrome build', () => {
    ensureBuilt();
    const manifest = JSON.parse(
      readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'),
    ) as Manifest;
    const alwaysLoaded = new Set(
      (manifest.content_scripts ?? []).flatMap((entry) => entry.js ?? []),
    );
    const dir = join(EXTENSION_DIR, 'content-scripts');
    const files = readdirSync(dir)
      .filter((file) => file.endsWith('.js'))
      .sort();
    expect(files.map((file) => file.replace(/\.js$/, ''))).toEqual(
      expect.arrayContaining(EXPECTED),
    );

    const rows: string[] = [];
    for (const file of files) {
      const name = file.replace(/\.js$/, '');
      const source = readFileSync(join(dir, file));
      const gzipKB = kb(gzipSync(source).length);
      const listed = alwaysLoaded.has(`content-scripts/${file}`);
      const budget = listed || SMALL_INJECTED.has(name) ? BUDGET_KB : null;
      rows.push(
        `${name.padEnd(10)} ${String(kb(source.length)).padStart(8)} KB raw ` +
          `${String(gzipKB).padStart(7)} KB gzip  ${listed ? 'always loaded' : 'injected when needed'}, ${budget === null ? 'no budget' : `budget ${budget} KB`}`,
      );
      recordFigure(`bundle.${name}.contentScriptGzipKB`, gzipKB, 'KB', budget);
    }
    console.info(`[bundle] content scripts of .output/chrome-mv3:\n${rows.join('\n')}`);
  });
});
