import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../e2e/server/chromium-options.mjs';
import {
  cloneSampleData,
  type JiraIssue,
  type JiraStatusChange,
  type SampleData,
} from '../e2e/server/sample-data.mjs';
import {
  DEMO_PARTNERS,
  launchExtensionBrowser,
  removeProfile,
  REPO_ROOT,
  SAMPLE_URLS,
  seedPartners,
  startStandInServer,
  unansweredApiRequests,
  type ExtensionBrowser,
  type StandInServer,
} from '../e2e/support';
import { medianOf, recordFigure } from './record';

/**
 * Overlay speed (issue 4), in the real browser: the built extension (.output/chrome-mv3, built
 * here when missing) in one Chromium, and a plain Chromium with the same flags but no
 * extension, both against the same stand-in server. After one warm-up each, loads alternate
 * (with, without, then without, with, …) and every figure is the median of ROUNDS loads, each
 * in a fresh tab.
 *
 * Script time is the page's main-thread `ScriptDuration` (CDP `Performance.getMetrics`; it
 * covers every world, the page's own and the content scripts' isolated one), counted in
 * thread time (`timeDomain: 'threadTicks'`) so that a busy machine taking the CPU away does
 * not count, and read once it has not grown for QUIET_MS. The extension's share is the median
 * with it minus the median without it.
 *
 * Long tasks come from a trace of the load (main-thread `RunTask`s over 50 ms): the page's
 * Long Tasks API does not report tasks that only run content-script code (checked: the
 * ~150 ms evaluation of the injected sidebar bundle never shows there). A long task counts as
 * the extension's when extension script runs in it and the rest of it is not long by itself.
 *
 * - `overlay.idle.*`: a Jira page of a site with nothing mapped (umbrella.atlassian.net; the
 *   partners of DEMO_PARTNERS are mapped on acme.atlassian.net, Asana and Trello).
 * - `overlay.idleMappedSite.*` (report): an unmapped project (INT-1) on a site that has mapped
 *   projects — the background injects the React sidebar on every item page of such a site
 *   (it offers to map the project).
 * - `overlay.item.*`: a mapped item page (ACME-1): from the page's `load` event to the frame
 *   in which the sidebar's panel is first visible — the loading panel the inline script draws
 *   in plain DOM (header and "Loading partner…", as the sidebar's own first frame shows) while
 *   the React bundle is evaluated, or the React sidebar if it came first.
 *   `sidebarAppAfterLoadMs` (report): the React sidebar's own first frame. Then in-app
 *   navigations (`history.pushState` through the stand-in's own router) until the sidebar
 *   names the new item.
 * - `overlay.board500.*`: the ACME board with 500 cards, once every card carries its partner
 *   badge (`pl-badge`, from the small inline script) and the plain-DOM slim tab shows (a board
 *   loads no React until the sidebar is asked for; checked: the sidebar never mounts). The
 *   warm-up load is reported as `firstLoad*`. `badgesAfterLoadMs` (report): from the `load`
 *   event to the frame after the 500th badge. `sidebarOnOpen*` (report): what the board
 *   defers, the sidebar once the tab is clicked, until it has read the scope.
 */

const ROUNDS = 10;
/** The page counts as settled once its ScriptDuration has not grown for this long. */
const QUIET_MS = 500;
const POLL_MS = 100;
const BOARD_CARDS = 500;
const SIDEBAR_TIMEOUT_MS = 20_000;

const IDLE_URL = 'https://umbrella.atlassian.net/browse/ACME-1';
const MAPPED_SITE_UNMAPPED_URL = SAMPLE_URLS.jiraUnmappedIssue;
const ITEM_URL = SAMPLE_URLS.jiraIssue;
const BOARD_URL = SAMPLE_URLS.jiraBoard;
const EXTENSION_DIR = join(REPO_ROOT, '.output', 'chrome-mv3');

/** What the init script (`installProbe`) keeps in the page, readable after the load. */
interface Probe {
  loadAt: number | null;
  /** When the sidebar was first in the DOM and rendered (not display:none) … */
  sidebarAt: number | null;
  /** … and the start of the next frame, the one that paints it. */
  sidebarFrameAt: number | null;
  dataPhase: string | null;
  /** When the page first had `BOARD_CARDS` partner badges. */
  badgesAt: number | null;
  /** When the plain-DOM slim tab of board pages first showed (`partner-lens-shell`). */
  tabAt: number | null;
  /**
   * The start of the frame after the plain-DOM shell first showed the open panel in its
   * loading state (item pages, before the sidebar bundle has been evaluated).
   */
  loadingFrameAt: number | null;
}
type ProbeWindow = Window & {
  __plProbe?: Probe;
  __plBenchSignal?: (payload: string) => void;
  __standIn?: { navigate(to: string): void };
};

/** CDP binding the probe calls (`sidebar`, `data:<phase>`): no polling script in the page. */
const SIGNAL_BINDING = '__plBenchSignal';

/**
 * Runs in the page's main world before its own scripts. Records the `load` event and — with
 * `watchSidebar` — when the sidebar (an open shadow root under
 * `partner-lens-sidebar`) first shows and which phase its tracker-data section reached.
 */
function installProbe({ watchSidebar, badges }: { watchSidebar: boolean; badges: number }) {
  const w = window as ProbeWindow;
  const probe: Probe = {
    loadAt: null,
    sidebarAt: null,
    sidebarFrameAt: null,
    dataPhase: null,
    badgesAt: null,
    tabAt: null,
    loadingFrameAt: null,
  };
  w.__plProbe = probe;
  const signal = (payload: string) => w.__plBenchSignal?.(payload);
  addEventListener('load', () => (probe.loadAt = performance.now()), { once: true });
  if (!watchSidebar) return;
  const watchShadow = (root: ShadowRoot) => {
    const check = () => {
      if (probe.sidebarAt === null) {
        const sidebar = root.querySelector('[data-testid="pl-sidebar"]');
        if (sidebar?.checkVisibility()) {
          probe.sidebarAt = performance.now();
          requestAnimationFrame(() => {
            probe.sidebarFrameAt = performance.now();
            signal('sidebar');
          });
        }
      }
      const phase = root
        .querySelector('[data-testid="pl-data-status"]')
        ?.getAttribute('data-phase');
      if (phase && phase !== probe.dataPhase) {
        probe.dataPhase = phase;
        signal(`data:${phase}`);
      }
    };
    new MutationObserver(check).observe(root, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['data-phase', 'hidden', 'class', 'style'],
    });
    check();
  };
  if (badges > 0) {
    const badgeWatch = new MutationObserver(() => {
      if (document.querySelectorAll('[data-testid="pl-badge"]').length < badges) return;
      badgeWatch.disconnect();
      requestAnimationFrame(() => {
        probe.badgesAt = performance.now();
        signal('badges');
      });
    });
    badgeWatch.observe(document, { childList: true, subtree: true });
  }
  const watchShell = (root: ShadowRoot) => {
    const check = () => {
      if (probe.tabAt === null && root.querySelector('[data-testid="pl-slim-tab"]')) {
        probe.tabAt = performance.now();
        signal('tab');
      }
      const loading = root.querySelector('[data-testid="pl-sidebar-loading"]');
      if (probe.loadingFrameAt === null && loading?.checkVisibility()) {
        probe.loadingFrameAt = -1;
        requestAnimationFrame(() => {
          probe.loadingFrameAt = performance.now();
          signal('loading');
        });
      }
    };
    new MutationObserver(check).observe(root, { childList: true, subtree: true });
    check();
  };
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element) || !node.shadowRoot) continue;
        if (node.localName === 'partner-lens-sidebar') watchShadow(node.shadowRoot);
        if (node.localName === 'partner-lens-shell') watchShell(node.shadowRoot);
      }
    }
  }).observe(document, { childList: true, subtree: true });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function scriptMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = metrics.find((metric) => metric.name === 'ScriptDuration')?.value;
  if (value === undefined) throw new Error('No ScriptDuration in Performance.getMetrics');
  return value * 1000;
}

/** Waits until the page's script time stops growing; returns it (ms). */
async function settledScriptMs(cdp: CDPSession, maxMs = 20_000): Promise<number> {
  let last = await scriptMs(cdp);
  let quietSince = Date.now();
  const deadline = Date.now() + maxMs;
  while (Date.now() < deadline) {
    await sleep(POLL_MS);
    const now = await scriptMs(cdp);
    if (now !== last) {
      last = now;
      quietSince = Date.now();
    } else if (Date.now() - quietSince >= QUIET_MS) {
      return last;
    }
  }
  return last;
}

interface OpenedPage {
  page: Page;
  cdp: CDPSession;
  /** Resolves when the probe sends `payload` (or rejects after `timeout`). */
  signalled(payload: string | ((payload: string) => boolean), timeout?: number): Promise<string>;
  probe(): Promise<Probe>;
  close(): Promise<void>;
}

/** A fresh tab with the probe and script metrics enabled, before any navigation. */
async function openPage(
  context: BrowserContext,
  watchSidebar: boolean,
  badges = 0,
): Promise<OpenedPage> {
  const page = await context.newPage();
  await page.bringToFront();
  await page.addInitScript(installProbe, { watchSidebar, badges });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const received: string[] = [];
  const waiters = new Set<() => void>();
  cdp.on('Runtime.bindingCalled', (event) => {
    if (event.name !== SIGNAL_BINDING) return;
    received.push(event.payload);
    waiters.forEach((wake) => wake());
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Runtime.addBinding', { name: SIGNAL_BINDING });
  return {
    page,
    cdp,
    signalled(payload, timeout = SIDEBAR_TIMEOUT_MS) {
      const matches = typeof payload === 'string' ? (p: string) => p === payload : payload;
      return new Promise((resolve, reject) => {
        const check = () => {
          const hit = received.find(matches);
          if (hit === undefined) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(hit);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          void page
            .evaluate(() => {
              const host = document.querySelector('partner-lens-sidebar');
              const sidebar = host?.shadowRoot?.querySelector('[data-testid="pl-sidebar"]');
              return JSON.stringify({
                host: Boolean(host),
                shadow: Boolean(host?.shadowRoot),
                sidebar: Boolean(sidebar),
                visible: sidebar?.checkVisibility() ?? null,
                probe: (window as ProbeWindow).__plProbe,
                binding: typeof (window as ProbeWindow).__plBenchSignal,
              });
            })
            .catch((error: unknown) => String(error))
            .then((state) =>
              reject(
                new Error(
                  `No ${String(payload)} signal within ${timeout} ms on ${page.url()} (received ${JSON.stringify(received)}; page: ${state})`,
                ),
              ),
            );
        }, timeout);
        waiters.add(check);
        check();
      });
    },
    probe: () =>
      page.evaluate(() => {
        const probe = (window as ProbeWindow).__plProbe;
        if (!probe) throw new Error('The probe is missing');
        return probe;
      }),
    async close() {
      await cdp.detach().catch(() => undefined);
      await page.close();
    },
  };
}

/** A trace event as Chromium reports it (only the fields read here). */
interface TraceEvent {
  name: string;
  ph: string;
  /** µs */
  ts: number;
  /** wall µs (complete events) */
  dur?: number;
  /** thread µs (complete events) */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: unknown }; beginData?: { url?: unknown } };
}

/** What DevTools' Performance panel records: main-thread tasks and the scripts they run. */
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];
/** Trace events that name the script they run (`args.data.url`). */
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile']);
const LONG_TASK_US = 50_000;

async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (event) =>
    events.push(...(event.value as unknown as TraceEvent[])),
  );
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: TRACE_CATEGORIES },
    transferMode: 'ReportEvents',
  });
  return async () => {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    return events;
  };
}

interface TaskSummary {
  /** Main-thread tasks over 50 ms, whatever ran in them. */
  longTasks: number;
  /** Long tasks the extension caused: its script ran in them, and the rest is not long. */
  extensionLongTasks: number;
  longestExtensionTaskMs: number;
  /** Thread time of the extension's script events (evaluations, calls into it). */
  extensionScriptMs: number;
  /** The part of it spent in the inline chips and badges script (`inline.js`). */
  inlineScriptMs: number;
  /** Thread time per extension script file (e.g. `content-scripts/inline.js`). */
  scriptMsByFile: Record<string, number>;
}

/** Reads the long tasks and the extension's script time of `url`'s main thread. */
function summarizeTrace(events: TraceEvent[], url: string): TaskSummary {
  const parse = events.find(
    (event) => event.name === 'ParseHTML' && event.args?.beginData?.url === url,
  );
  if (!parse) throw new Error(`The trace has no ParseHTML of ${url}`);
  const thread = events
    .filter(
      (event) =>
        event.pid === parse.pid &&
        event.tid === parse.tid &&
        event.ph === 'X' &&
        event.dur !== undefined,
    )
    .sort((a, b) => a.ts - b.ts);
  // Outermost script events of extension code (a v8.compile inside an EvaluateScript is not
  // counted twice).
  const extensionScripts: TraceEvent[] = [];
  for (const event of thread) {
    const scriptUrl = event.args?.data?.url;
    if (!SCRIPT_EVENTS.has(event.name) || typeof scriptUrl !== 'string') continue;
    if (!scriptUrl.startsWith('chrome-extension://')) continue;
    const last = extensionScripts.at(-1);
    if (last && event.ts < last.ts + (last.dur ?? 0)) continue;
    extensionScripts.push(event);
  }
  const tasks = thread.filter((event) => event.name === 'RunTask' && event.dur! > LONG_TASK_US);
  const extensionTasks = tasks.filter((task) => {
    const end = task.ts + task.dur!;
    const inside = extensionScripts
      .filter((event) => event.ts >= task.ts && event.ts < end)
      .reduce((sum, event) => sum + Math.min(event.dur!, end - event.ts), 0);
    return inside > 0 && task.dur! - inside <= LONG_TASK_US;
  });
  const scriptMsByFile: Record<string, number> = {};
  for (const event of extensionScripts) {
    const file = String(event.args?.data?.url).replace(/^chrome-extension:\/\/[^/]+\//, '');
    scriptMsByFile[file] = (scriptMsByFile[file] ?? 0) + (event.tdur ?? event.dur!) / 1000;
  }
  return {
    scriptMsByFile,
    longTasks: tasks.length,
    extensionLongTasks: extensionTasks.length,
    longestExtensionTaskMs: Math.max(0, ...extensionTasks.map((task) => task.dur! / 1000)),
    extensionScriptMs:
      extensionScripts.reduce((sum, event) => sum + (event.tdur ?? event.dur!), 0) / 1000,
    inlineScriptMs: scriptMsByFile['content-scripts/inline.js'] ?? 0,
  };
}

interface LoadResult {
  scriptMs: number;
  probe: Probe;
  /** With `trace: true`. */
  tasks?: TaskSummary;
}

/**
 * Loads `url` in a fresh tab, waits for `ready` (if given) and for the page to fall quiet,
 * and returns its script time (and, traced, its long tasks).
 */
async function measureLoad(
  context: BrowserContext,
  url: string,
  options: {
    watchSidebar?: boolean;
    /** Watch for this many partner badges (signal `badges`). */
    badges?: number;
    trace?: boolean;
    ready?: (opened: OpenedPage) => Promise<unknown>;
  } = {},
): Promise<LoadResult> {
  const opened = await openPage(context, options.watchSidebar ?? false, options.badges ?? 0);
  try {
    const stopTrace = options.trace ? await startTrace(opened.cdp) : undefined;
    await opened.page.goto(url, { waitUntil: 'load' });
    if (options.ready) await options.ready(opened);
    const scriptMs = await settledScriptMs(opened.cdp);
    const tasks = stopTrace ? summarizeTrace(await stopTrace(), url) : undefined;
    return { scriptMs, probe: await opened.probe(), tasks };
  } finally {
    await opened.close();
  }
}

/** The median thread time of each extension script file over traced loads. */
function medianByFile(summaries: TaskSummary[]): Record<string, number> {
  const files = new Set(summaries.flatMap((summary) => Object.keys(summary.scriptMsByFile)));
  return Object.fromEntries(
    [...files].map((file) => [
      file,
      round1(median(summaries.map((summary) => summary.scriptMsByFile[file] ?? 0))),
    ]),
  );
}

/** The trace summary of a traced load. */
const tasksOf = (run: LoadResult): TaskSummary => {
  if (!run.tasks) throw new Error('This load was not traced');
  return run.tasks;
};

/**
 * One warm-up each, then ROUNDS interleaved pairs (the order alternates so drift and the
 * other browser's leftovers hit both sides alike).
 */
async function interleaved<T>(
  withExtension: () => Promise<T>,
  without: () => Promise<T>,
): Promise<{ with: T[]; without: T[]; warmUp: T }> {
  const warmUp = await withExtension();
  await without();
  const results = { with: [] as T[], without: [] as T[], warmUp };
  for (let round = 0; round < ROUNDS; round += 1) {
    if (round % 2 === 0) {
      results.with.push(await withExtension());
      results.without.push(await without());
    } else {
      results.without.push(await without());
      results.with.push(await withExtension());
    }
  }
  return results;
}

const round1 = (value: number) => Math.round(value * 10) / 10;
const median = (values: readonly number[]) => round1(medianOf(values));
const list = (values: readonly number[]) => values.map((value) => round1(value)).join(', ');

/** The sample data with the ACME project grown to BOARD_CARDS issues (a full board). */
function boardData(): SampleData {
  const data = cloneSampleData();
  const tenant = data.jira['acme.atlassian.net'];
  const project = tenant?.projects.find((candidate) => candidate.key === 'ACME');
  if (!tenant || !project) throw new Error('The sample data has no ACME project on acme');
  const flow = ['To Do', 'In Progress', 'In Review', 'Done'];
  const people = tenant.users.map((user) => user.accountId ?? null);
  const hour = 3_600_000;
  const start = Date.parse('2025-09-01T09:00:00.000Z');
  for (let n = project.issues.length + 1; n <= BOARD_CARDS; n += 1) {
    const created = start + n * 7 * hour;
    const steps = n % flow.length;
    const history: JiraStatusChange[] = [];
    for (let step = 1; step <= steps; step += 1) {
      history.push({
        at: new Date(created + step * 30 * hour).toISOString(),
        from: flow[step - 1]!,
        to: flow[step]!,
      });
    }
    const issue: JiraIssue = {
      id: String(30_000 + n),
      key: `ACME-${n}`,
      summary: `Checkout task ${n}: tidy up the payment step`,
      status: flow[steps]!,
      assignee: n % 5 === 0 ? null : (people[n % people.length] ?? null),
      issuetype: n % 4 === 0 ? 'Bug' : 'Task',
      priority: 'Medium',
      created: new Date(created).toISOString(),
      updated: history.at(-1)?.at ?? new Date(created).toISOString(),
      duedate: n % 3 === 0 ? '2026-03-31' : null,
      history,
    };
    project.issues.push(issue);
  }
  return data;
}

/** Builds the extension when there is no build yet (an existing build is used as it is). */
function ensureBuilt() {
  if (existsSync(join(EXTENSION_DIR, 'manifest.json'))) return;
  console.info('[overlay] no build at .output/chrome-mv3: running `npx wxt build -b chrome`');
  const build = spawnSync('npx', ['wxt', 'build', '-b', 'chrome'], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
    timeout: 240_000,
  });
  if (build.status !== 0) throw new Error(`wxt build failed (${build.status ?? build.signal})`);
}

/** The same Chromium and flags as the extension browser, without the extension. */
async function launchPlainBrowser(port: number) {
  const userDataDir = await mkdtemp(join(tmpdir(), 'partner-lens-bench-plain-'));
  const options = chromiumLaunchOptions({ extensionDir: EXTENSION_DIR, port, headless: true });
  const args = options.args.filter(
    (arg) =>
      !arg.startsWith('--load-extension=') && !arg.startsWith('--disable-extensions-except='),
  );
  const context = await chromium.launchPersistentContext(userDataDir, { ...options, args });
  return {
    context,
    async close() {
      await context.close();
      await removeProfile(userDataDir);
    },
  };
}

let server: StandInServer;
let ext: ExtensionBrowser;
let plain: Awaited<ReturnType<typeof launchPlainBrowser>>;

describe('overlay benchmark', () => {
  beforeAll(async () => {
    ensureBuilt();
    server = await startStandInServer({ data: boardData() });
    ext = await launchExtensionBrowser({ port: server.port, extensionDir: EXTENSION_DIR });
    plain = await launchPlainBrowser(server.port);
    const options = await ext.openExtensionPage('options.html');
    await seedPartners(options, DEMO_PARTNERS);
    await options.close();
    // Leave the tab the browser opened with: a context with no pages may be closed.
  });

  afterAll(async () => {
    await ext?.close().catch(() => undefined);
    await ext?.removeProfile().catch(() => undefined);
    await plain?.close().catch(() => undefined);
    await server?.close();
  });

  it('adds little script time to a host page with nothing mapped', async () => {
    const idle = await interleaved(
      () => measureLoad(ext.context, IDLE_URL, { trace: true }),
      () => measureLoad(plain.context, IDLE_URL, { trace: true }),
    );
    const withMs = idle.with.map((run) => run.scriptMs);
    const withoutMs = idle.without.map((run) => run.scriptMs);
    const attributed = idle.with.map((run) => tasksOf(run).extensionScriptMs);
    console.info(
      `[overlay] idle: script ms with: ${list(withMs)}; without: ${list(withoutMs)}; ` +
        `extension script events ms: ${list(attributed)}`,
    );
    expect(idle.with.every((run) => run.probe.loadAt !== null)).toBe(true);
    expect(attributed.every((ms) => ms > 0)).toBe(true); // the content script did run
    recordFigure('overlay.idle.addedScriptMs', median(withMs) - median(withoutMs), 'ms', 5);
    recordFigure('overlay.idle.baselineScriptMs', median(withoutMs), 'ms', null);
    recordFigure('overlay.idle.extensionScriptMs', median(attributed), 'ms', null);

    const mappedSite = await interleaved(
      () =>
        measureLoad(ext.context, MAPPED_SITE_UNMAPPED_URL, {
          watchSidebar: true,
          ready: (opened) => opened.signalled('sidebar'),
        }),
      () => measureLoad(plain.context, MAPPED_SITE_UNMAPPED_URL),
    );
    const mappedWith = mappedSite.with.map((run) => run.scriptMs);
    const mappedWithout = mappedSite.without.map((run) => run.scriptMs);
    console.info(
      `[overlay] unmapped project on a mapped site: script ms with: ${list(mappedWith)}; ` +
        `without: ${list(mappedWithout)}`,
    );
    recordFigure(
      'overlay.idleMappedSite.addedScriptMs',
      median(mappedWith) - median(mappedWithout),
      'ms',
      null,
    );
  });

  it('adds little scripting and no long task to a board with 500 cards', async () => {
    const project = server.data.jira['acme.atlassian.net']?.projects.find((p) => p.key === 'ACME');
    expect(project?.issues).toHaveLength(BOARD_CARDS);
    // A board loads the badges and the slim tab; the sidebar (React) only when asked for.
    const ready = (opened: OpenedPage) =>
      Promise.all([opened.signalled('badges', 60_000), opened.signalled('tab', 60_000)]);
    const board = await interleaved(
      () =>
        measureLoad(ext.context, BOARD_URL, {
          watchSidebar: true,
          badges: BOARD_CARDS,
          trace: true,
          ready,
        }),
      () => measureLoad(plain.context, BOARD_URL, { trace: true }),
    );
    const sidebars = [board.warmUp, ...board.with].map((run) => run.probe.sidebarAt);
    expect(sidebars.every((at) => at === null)).toBe(true);
    const badgesMs = board.with.map(({ probe }) => {
      if (probe.loadAt === null || probe.badgesAt === null) {
        throw new Error(`No load event or badges: ${JSON.stringify(probe)}`);
      }
      return probe.badgesAt - probe.loadAt;
    });
    expect(unansweredApiRequests(server)).toEqual([]);

    const scriptWith = board.with.map((run) => run.scriptMs);
    const scriptWithout = board.without.map((run) => run.scriptMs);
    const tasksWith = board.with.map(tasksOf);
    const tasksWithout = board.without.map(tasksOf);
    const first = tasksOf(board.warmUp);
    const baseline = median(scriptWithout);
    console.info(
      `[overlay] board500: script ms with: ${list(scriptWith)}; without: ${list(scriptWithout)}; ` +
        `long tasks with: ${tasksWith.map((t) => t.longTasks).join(', ')}, ` +
        `of them the extension's: ${tasksWith.map((t) => t.extensionLongTasks).join(', ')} ` +
        `(longest ${list(tasksWith.map((t) => t.longestExtensionTaskMs))} ms); ` +
        `long tasks without: ${tasksWithout.map((t) => t.longTasks).join(', ')}; ` +
        `first load (all ${BOARD_CARDS} issues read): ${round1(board.warmUp.scriptMs)} ms script, ` +
        `${first.extensionLongTasks} long task(s) of the extension, longest ` +
        `${round1(first.longestExtensionTaskMs)} ms; ` +
        `${BOARD_CARDS} badges after load ms: ${list(badgesMs)}; ` +
        `inline.js script ms: ${list(tasksWith.map((t) => t.inlineScriptMs))}; ` +
        `per script file (median ms): ${JSON.stringify(medianByFile(tasksWith))}`,
    );
    recordFigure('overlay.board500.badgesAfterLoadMs', median(badgesMs), 'ms', null);
    // The chips-and-badges script alone (its evaluation, observer passes, the batched lookup).
    recordFigure(
      'overlay.board500.badgesScriptMs',
      median(tasksWith.map((t) => t.inlineScriptMs)),
      'ms',
      null,
    );
    recordFigure('overlay.board500.scriptMs', median(scriptWith) - baseline, 'ms', 50);
    recordFigure(
      'overlay.board500.longTasks',
      medianOf(tasksWith.map((t) => t.extensionLongTasks)),
      'count',
      0,
    );
    recordFigure(
      'overlay.board500.longestTaskMs',
      median(tasksWith.map((t) => t.longestExtensionTaskMs)),
      'ms',
      null,
    );
    recordFigure('overlay.board500.baselineScriptMs', baseline, 'ms', null);
    recordFigure(
      'overlay.board500.firstLoadScriptMs',
      round1(board.warmUp.scriptMs - baseline),
      'ms',
      null,
    );
    recordFigure('overlay.board500.firstLoadLongTasks', first.extensionLongTasks, 'count', null);

    // What the board defers until asked: the sidebar, once its tab is clicked, with the scope
    // read (report). Timed from just before the click.
    const opened = await openPage(ext.context, true, BOARD_CARDS);
    try {
      await opened.page.goto(BOARD_URL, { waitUntil: 'load' });
      await opened.signalled('tab', 60_000);
      const before = await settledScriptMs(opened.cdp);
      const clickedAt = await opened.page.evaluate(() => performance.now());
      await opened.page.getByTestId('pl-sidebar-toggle').click();
      await opened.signalled('sidebar');
      await opened.signalled((payload) => payload === 'data:ready', 60_000);
      const openScriptMs = (await settledScriptMs(opened.cdp)) - before;
      const probe = await opened.probe();
      if (probe.sidebarFrameAt === null) throw new Error('The sidebar did not show');
      const openMs = probe.sidebarFrameAt - clickedAt;
      console.info(
        `[overlay] board500: sidebar after a click on the tab ${round1(openMs)} ms, ` +
          `${round1(openScriptMs)} ms of script until the scope was read`,
      );
      recordFigure('overlay.board500.sidebarOnOpenMs', round1(openMs), 'ms', null);
      recordFigure('overlay.board500.sidebarOnOpenScriptMs', round1(openScriptMs), 'ms', null);
    } finally {
      await opened.close();
    }
  });

  it('shows the sidebar of a mapped item soon after load and after in-app navigation', async () => {
    const afterLoad = await interleaved(
      () =>
        measureLoad(ext.context, ITEM_URL, {
          watchSidebar: true,
          ready: (opened) => opened.signalled('sidebar'),
        }),
      () => measureLoad(plain.context, ITEM_URL),
    );
    // The sidebar's React frame, and the first frame with the panel at all: the shell's
    // loading panel (drawn by the inline script) or, if it came first, the React one.
    const appMs = afterLoad.with.map(({ probe }) => {
      if (probe.loadAt === null || probe.sidebarFrameAt === null) {
        throw new Error(`No load event or sidebar: ${JSON.stringify(probe)}`);
      }
      return probe.sidebarFrameAt - probe.loadAt;
    });
    const sidebarMs = afterLoad.with.map(({ probe }, index) => {
      const loading = probe.loadingFrameAt;
      const loadingMs = loading !== null && loading >= 0 ? loading - (probe.loadAt ?? 0) : Infinity;
      return Math.min(loadingMs, appMs[index]!);
    });
    const shellShown = afterLoad.with.filter(({ probe }) => (probe.loadingFrameAt ?? -1) >= 0);
    const domMs = afterLoad.with.map(({ probe }) => (probe.sidebarAt ?? NaN) - (probe.loadAt ?? 0));
    const loadWith = afterLoad.with.map(({ probe }) => probe.loadAt ?? NaN);
    const loadWithout = afterLoad.without.map(({ probe }) => probe.loadAt ?? NaN);
    const scriptWith = afterLoad.with.map((run) => run.scriptMs);
    const scriptWithout = afterLoad.without.map((run) => run.scriptMs);
    console.info(
      `[overlay] item: first frame with the panel after load ms: ${list(sidebarMs)} ` +
        `(the loading panel in ${shellShown.length} of ${afterLoad.with.length} loads); ` +
        `the sidebar's own (React) frame: ${list(appMs)} (in the DOM: ${list(domMs)}); ` +
        `load event ms with: ${list(loadWith)}, without: ${list(loadWithout)}; ` +
        `script ms with: ${list(scriptWith)}, without: ${list(scriptWithout)}`,
    );
    recordFigure('overlay.item.sidebarAfterLoadMs', median(sidebarMs), 'ms', 150);
    recordFigure('overlay.item.sidebarAppAfterLoadMs', median(appMs), 'ms', null);
    recordFigure(
      'overlay.item.loadEventDelayMs',
      median(loadWith) - median(loadWithout),
      'ms',
      null,
    );
    recordFigure(
      'overlay.item.addedScriptMs',
      median(scriptWith) - median(scriptWithout),
      'ms',
      null,
    );

    // In-app navigation: one tab, ACME-1 → ACME-101 → … (each item new to the sidebar).
    const opened = await openPage(ext.context, true);
    try {
      await opened.page.goto(ITEM_URL, { waitUntil: 'load' });
      await opened.signalled('sidebar');
      await settledScriptMs(opened.cdp);
      const navMs: number[] = [];
      for (let step = 0; step <= ROUNDS; step += 1) {
        const key = `ACME-${101 + step}`;
        const timing = await opened.page.evaluate(
          ({ to, key, timeout }) =>
            new Promise<{ dom: number; frame: number } | string>((resolve) => {
              const root = document.querySelector('partner-lens-sidebar')?.shadowRoot;
              const navigate = (window as ProbeWindow).__standIn?.navigate;
              if (!root || !navigate) {
                resolve('no sidebar or no stand-in router');
                return;
              }
              const shown = () =>
                [...root.querySelectorAll('[data-testid="pl-context"] dd')].some(
                  (dd) => dd.textContent?.trim() === key,
                );
              const started = performance.now();
              const timer = setTimeout(() => {
                observer.disconnect();
                resolve(`the sidebar did not show ${key} within ${timeout} ms`);
              }, timeout);
              const observer = new MutationObserver(() => {
                if (!shown()) return;
                observer.disconnect();
                clearTimeout(timer);
                const dom = performance.now() - started;
                requestAnimationFrame(() => resolve({ dom, frame: performance.now() - started }));
              });
              observer.observe(root, { childList: true, subtree: true, characterData: true });
              navigate(to);
            }),
          { to: `/browse/${key}`, key, timeout: SIDEBAR_TIMEOUT_MS },
        );
        if (typeof timing === 'string') throw new Error(timing);
        if (step > 0) navMs.push(timing.frame); // step 0 is the warm-up
        await settledScriptMs(opened.cdp);
      }
      console.info(`[overlay] item: sidebar frame after in-app navigation ms: ${list(navMs)}`);
      recordFigure('overlay.item.sidebarAfterNavMs', median(navMs), 'ms', 100);
    } finally {
      await opened.close();
    }
  });
});
