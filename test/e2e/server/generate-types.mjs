// Generates the `.d.mts` declarations of the stand-in's `.mjs` modules from their JSDoc, so
// TypeScript tests can import them with types (the project does not set `allowJs`).
//
//   node test/e2e/server/generate-types.mjs          write the declarations
//   node test/e2e/server/generate-types.mjs --check  exit 1 when they are out of date
//
// Also type-checks the `.mjs` files (strict, with the DOM library for the page script).

import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import ts from 'typescript';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, '..', '..', '..');
const HEADER =
  '// Generated from the .mjs file next to this one by test/e2e/server/generate-types.mjs.\n' +
  '// Do not edit: change the JSDoc in the .mjs file and run that script.\n\n';

/**
 * Checks the `.mjs` files and returns their declarations, formatted, by output path.
 * @param {string[]} files  absolute paths of .mjs files
 * @returns {Promise<{ declarations: Map<string, string>, errors: string[] }>}
 */
export async function buildDeclarations(files) {
  /** @type {import('typescript').CompilerOptions} */
  const options = {
    allowJs: true,
    checkJs: true,
    strict: true,
    noUncheckedIndexedAccess: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    types: ['node'],
    typeRoots: [join(repoRoot, 'node_modules', '@types')],
    skipLibCheck: true,
    declaration: true,
    emitDeclarationOnly: true,
    outDir: join(here, '__declarations__'),
  };
  // Hide the existing .d.mts files, so the .mjs sources (not old declarations) are what
  // the modules resolve to.
  const host = ts.createCompilerHost(options);
  const isOurDeclaration = (/** @type {string} */ f) => dirname(f) === here && f.endsWith('.d.mts');
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (f) => !isOurDeclaration(f) && fileExists(f);
  const program = ts.createProgram(files, options, host);
  const errors = ts.getPreEmitDiagnostics(program).map((d) => {
    const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    if (!d.file || d.start === undefined) return message;
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    return `${d.file.fileName}:${line + 1}:${character + 1}: ${message}`;
  });
  /** @type {Map<string, string>} */
  const raw = new Map();
  program.emit(undefined, (fileName, text) => raw.set(fileName, text));
  const prettierConfig = (await prettier.resolveConfig(join(here, 'x.d.mts'))) ?? {};
  /** @type {Map<string, string>} */
  const declarations = new Map();
  for (const [emitted, text] of raw) {
    const fileName = join(here, basename(emitted));
    if (!files.some((f) => f.replace(/\.mjs$/, '.d.mts') === fileName)) continue;
    const formatted = await prettier.format(HEADER + text, {
      ...prettierConfig,
      filepath: fileName,
    });
    declarations.set(fileName, formatted);
  }
  return { declarations, errors };
}

async function main() {
  const check = process.argv.includes('--check');
  const files = readdirSync(here)
    .filter((f) => f.endsWith('.mjs') && f !== basename(fileURLToPath(import.meta.url)))
    .map((f) => join(here, f));
  const { declarations, errors } = await buildDeclarations(files);
  if (errors.length > 0) {
    console.error(`Type errors in the stand-in's .mjs files:\n${errors.join('\n')}`);
    process.exit(1);
  }
  const stale = [];
  for (const [fileName, text] of declarations) {
    let current = '';
    try {
      current = readFileSync(fileName, 'utf8');
    } catch {
      // missing
    }
    if (current === text) continue;
    stale.push(fileName);
    if (!check) writeFileSync(fileName, text);
  }
  const names = stale.map((f) => basename(f)).join(', ');
  if (check && stale.length > 0) {
    console.error(`Out of date: ${names}. Run node test/e2e/server/generate-types.mjs`);
    process.exit(1);
  }
  console.log(stale.length > 0 ? `Wrote ${names}` : 'Declarations are up to date.');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
