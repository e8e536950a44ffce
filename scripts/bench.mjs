#!/usr/bin/env node
/**
 * `npm run bench [-- --only <prefix>]`: runs the benchmark files (test/bench/**\/*.bench-run.ts,
 * through vitest.bench.config.ts), merges the figures they record into bench-results.json at the
 * repository root — keeping figures of groups not run this time — and prints a table.
 *
 * `--only kpi` runs the files whose name starts with `kpi` (kpi.bench-run.ts). Exits non-zero
 * when a benchmark fails or a figure of this run is over its budget.
 *
 * bench-results.json: { "<figure>": { "value": number, "unit": string, "budget": number | null } }
 * Lower is better, except for figures whose name ends in `PerSec`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = join(root, 'test', 'bench');
const resultsFile = join(root, 'bench-results.json');

function usage(message) {
  if (message) console.error(message);
  console.error('Usage: node scripts/bench.mjs [--only <prefix>]');
  process.exit(2);
}

function parseArgs(argv) {
  let only = null;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    if (arg === '--only') {
      only = argv[index + 1];
      if (!only || only.startsWith('--')) usage('--only needs a prefix, e.g. --only kpi');
      index += 1;
    } else if (arg.startsWith('--only=')) {
      only = arg.slice('--only='.length);
      if (!only) usage('--only needs a prefix, e.g. --only kpi');
    } else if (arg === '--help' || arg === '-h') {
      usage();
    } else {
      usage(`Unknown argument: ${arg}`);
    }
  }
  return { only };
}

function benchFiles(only) {
  const found = [];
  const walk = (dir) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.bench-run.ts') && (!only || entry.name.startsWith(only))) {
        found.push(path);
      }
    }
  };
  walk(benchDir);
  return found.sort();
}

function readRecorded(file) {
  if (!existsSync(file)) return [];
  const figures = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const figure = JSON.parse(line);
    if (
      typeof figure.name !== 'string' ||
      typeof figure.value !== 'number' ||
      typeof figure.unit !== 'string' ||
      !(figure.budget === null || typeof figure.budget === 'number')
    ) {
      throw new Error(`Malformed figure in ${file}: ${line}`);
    }
    figures.push(figure);
  }
  return figures;
}

function readResults() {
  if (!existsSync(resultsFile)) return {};
  try {
    const parsed = JSON.parse(readFileSync(resultsFile, 'utf8'));
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : {};
  } catch {
    console.warn(`bench: ${relative(root, resultsFile)} was not valid JSON; starting afresh`);
    return {};
  }
}

const isOk = (name, value, budget) =>
  budget === null ? null : name.endsWith('PerSec') ? value >= budget : value <= budget;

function formatFigure(value) {
  if (Number.isInteger(value)) return String(value);
  return Math.abs(value) >= 100 ? value.toFixed(1) : value.toFixed(2);
}

function printTable(results, fresh) {
  const rows = Object.entries(results)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, { value, unit, budget }]) => {
      const ok = isOk(name, value, budget);
      return [
        fresh.has(name) ? name : `${name} (earlier run)`,
        formatFigure(value),
        unit,
        budget === null ? 'report' : String(budget),
        ok === null ? '' : ok ? 'ok' : 'OVER',
      ];
    });
  const header = ['figure', 'value', 'unit', 'budget', ''];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column].length)),
  );
  const line = (cells) =>
    cells
      .map((cell, column) =>
        column === 1 ? cell.padStart(widths[column]) : cell.padEnd(widths[column]),
      )
      .join('  ')
      .trimEnd();
  console.log(line(header));
  console.log(line(widths.map((width) => '-'.repeat(width))));
  for (const row of rows) console.log(line(row));
}

const { only } = parseArgs(process.argv.slice(2));
const files = benchFiles(only);
if (files.length === 0) {
  console.error(
    only
      ? `bench: no test/bench/**/${only}*.bench-run.ts files`
      : 'bench: no test/bench/**/*.bench-run.ts files',
  );
  process.exit(1);
}

const scratch = mkdtempSync(join(tmpdir(), 'partner-lens-bench-'));
const recordFile = join(scratch, 'figures.jsonl');
let status = 0;
try {
  const vitest = join(
    dirname(createRequire(import.meta.url).resolve('vitest/package.json')),
    'vitest.mjs',
  );
  const run = spawnSync(
    process.execPath,
    [
      vitest,
      'run',
      '--config',
      'vitest.bench.config.ts',
      ...files.map((file) => relative(root, file)),
    ],
    { cwd: root, stdio: 'inherit', env: { ...process.env, BENCH_RECORD_FILE: recordFile } },
  );
  if (run.status !== 0) {
    console.error(`bench: vitest exited with ${run.status ?? run.signal}`);
    status = 1;
  }
  const recorded = readRecorded(recordFile);
  const results = readResults();
  const fresh = new Set();
  for (const { name, value, unit, budget } of recorded) {
    results[name] = { value, unit, budget };
    fresh.add(name);
  }
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  console.log('');
  printTable(results, fresh);
  console.log(`\n${fresh.size} figure(s) recorded; written to ${relative(root, resultsFile)}`);
  const over = recorded.filter(({ name, value, budget }) => isOk(name, value, budget) === false);
  if (over.length > 0) {
    console.error(`bench: over budget: ${over.map(({ name }) => name).join(', ')}`);
    status = 1;
  }
  if (recorded.length === 0) {
    console.error('bench: the benchmarks recorded no figures');
    status = 1;
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
process.exit(status);
