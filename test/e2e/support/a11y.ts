// Accessibility checks with axe-core in a real page (open shadow roots included).

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Locator, Page } from 'playwright-core';

export type Impact = 'minor' | 'moderate' | 'serious' | 'critical';

export interface AxeViolation {
  id: string;
  impact: Impact | null;
  help: string;
  helpUrl: string;
  /** One target per failing node; a nested array pierces shadow roots (axe's notation). */
  targets: unknown[];
  summaries: string[];
}

export interface A11yOptions {
  /** Check only this element and its subtree (a selector or locator; both pierce shadow roots). */
  include?: string | Locator;
  /** axe rule ids to switch off, e.g. `['color-contrast']`, with a reason in the test. */
  disableRules?: string[];
  /** Impacts that fail the check. Default: serious and critical. */
  impacts?: Impact[];
}

let axeSource: Promise<string> | undefined;
function loadAxeSource(): Promise<string> {
  const require = createRequire(import.meta.url);
  axeSource ??= readFile(join(dirname(require.resolve('axe-core')), 'axe.min.js'), 'utf8');
  return axeSource;
}

async function injectAxe(page: Page): Promise<void> {
  const present = await page.evaluate(() => 'axe' in globalThis);
  if (present) return;
  // page.evaluate of the source runs in the main world through CDP, so an extension page's
  // CSP (which blocks addScriptTag) does not apply.
  await page.evaluate(`${await loadAxeSource()}\n;0`);
}

/** Runs axe and returns the violations of the given impacts (all impacts when omitted). */
export async function runAxe(page: Page, options: A11yOptions = {}): Promise<AxeViolation[]> {
  await injectAxe(page);
  const opts = {
    resultTypes: ['violations'],
    rules: Object.fromEntries((options.disableRules ?? []).map((id) => [id, { enabled: false }])),
  };
  const locator =
    typeof options.include === 'string' ? page.locator(options.include) : options.include;
  // An element handle, so that an element inside a shadow root can be the axe context.
  const element = locator ? await locator.first().elementHandle() : null;
  const violations = await page.evaluate(
    async ({ element, opts }) => {
      interface RawViolation {
        id: string;
        impact: Impact | null;
        help: string;
        helpUrl: string;
        nodes: { target: unknown[]; failureSummary?: string }[];
      }
      const axe = (
        globalThis as unknown as {
          axe: { run(context: unknown, options: unknown): Promise<{ violations: RawViolation[] }> };
        }
      ).axe;
      const result = await axe.run(element ?? document, opts);
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        helpUrl: v.helpUrl,
        targets: v.nodes.map((n) => n.target),
        summaries: v.nodes.map((n) => n.failureSummary ?? ''),
      }));
    },
    { element, opts },
  );
  await element?.dispose();
  const impacts = options.impacts;
  return impacts ? violations.filter((v) => v.impact && impacts.includes(v.impact)) : violations;
}

/** Formats violations as a readable list (id, impact, help, targets). */
export function formatViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => {
      const targets = v.targets.map((t) => `    ${JSON.stringify(t)}`).join('\n');
      return `- ${v.id} (${v.impact ?? 'unknown'}): ${v.help}\n  ${v.helpUrl}\n  targets:\n${targets}`;
    })
    .join('\n');
}

/**
 * Fails when axe finds serious or critical violations in the page (or in `include`),
 * listing each rule with its impact, help text and the failing targets.
 */
export async function expectNoSeriousA11yViolations(
  page: Page,
  options: A11yOptions = {},
): Promise<void> {
  const violations = await runAxe(page, { impacts: ['serious', 'critical'], ...options });
  if (violations.length > 0) {
    throw new Error(
      `${violations.length} serious/critical accessibility violation(s) on ${page.url()}${
        options.include ? ` in ${String(options.include)}` : ''
      }:\n${formatViolations(violations)}`,
    );
  }
}
