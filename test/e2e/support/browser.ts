// Launches Chromium with the built extension, pointed at the local stand-in server.
// Launch options: /work/shared/TESTING.md (kept in test/e2e/server/chromium-options.mjs).

import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Page,
  type Worker,
} from 'playwright-core';
import { chromiumLaunchOptions } from '../server/chromium-options.mjs';

/** The repository root (this file is test/e2e/support/browser.ts). */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * The few `chrome.*` APIs the harness and tests call inside extension contexts (service
 * worker, options page, popup), for `(globalThis as unknown as ChromeGlobal).chrome`.
 */
export interface ChromeGlobal {
  chrome: {
    runtime: { id: string; sendMessage(message: unknown): Promise<unknown> };
    storage: {
      local: {
        get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
        set(items: Record<string, unknown>): Promise<void>;
        remove(keys: string | string[]): Promise<void>;
      };
      session: {
        get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
        remove(keys: string | string[]): Promise<void>;
      };
    };
    tabs: {
      query(query: Record<string, unknown>): Promise<{ id?: number; url?: string }[]>;
    };
    action: { openPopup(): Promise<void> };
  };
}

export interface LaunchOptions {
  /** Built extension, relative to the repository root or absolute. Default `.output/chrome-mv3`. */
  extensionDir?: string;
  /** Profile directory; a fresh temporary one when omitted. Pass the same one to "restart". */
  userDataDir?: string;
  /** Port of the stand-in server (`startStandInServer().port`). */
  port: number;
  /** Remote debugging port (used by `openPopupFor`); a free one when omitted. */
  debuggingPort?: number;
  /** Show the window. Default: `HEADED=1` in the environment. */
  headed?: boolean;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The service worker as found at launch; see `getServiceWorker()` for the current one. */
  serviceWorker: Worker;
  userDataDir: string;
  debuggingPort: number;
  /** `chrome-extension://<id>/<path>` */
  extensionUrl(path: string): string;
  /** Opens an extension page such as `options.html` in a new tab and waits for its load. */
  openExtensionPage(path: string): Promise<Page>;
  /** The running service worker (waits for it when Chromium restarted it). */
  getServiceWorker(): Promise<Worker>;
  /**
   * A CDP connection to the same browser (the way to reach the real popup). Cached; `fresh`
   * replaces it, since a connection does not see a popup that opened after it was made
   * (pages taken from the old connection become unusable).
   */
  connectCdp(options?: { fresh?: boolean }): Promise<Browser>;
  /** Closes the browser and keeps the profile directory (to relaunch with the same profile). */
  close(): Promise<void>;
  /** Deletes the profile directory (call after `close()`). */
  removeProfile(): Promise<void>;
}

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/** Deletes a profile directory made by `launchExtensionBrowser`. */
export async function removeProfile(userDataDir: string): Promise<void> {
  await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 });
}

const isExtensionWorker = (worker: Worker) => worker.url().startsWith('chrome-extension://');

async function findServiceWorker(
  context: BrowserContext,
  extensionId?: string,
  timeout = 15_000,
): Promise<Worker> {
  const matches = (worker: Worker) =>
    isExtensionWorker(worker) && (!extensionId || new URL(worker.url()).host === extensionId);
  const existing = context.serviceWorkers().find(matches);
  if (existing) return existing;
  return context.waitForEvent('serviceworker', { predicate: matches, timeout });
}

/**
 * Launches Chromium with the built extension and the host-resolver rules of the stand-in.
 * Throws a clear message when the extension has not been built.
 */
export async function launchExtensionBrowser(options: LaunchOptions): Promise<ExtensionBrowser> {
  const extensionDir = resolve(REPO_ROOT, options.extensionDir ?? '.output/chrome-mv3');
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(
      `No built extension at ${extensionDir}. Run \`npx wxt build -b chrome\` (or \`npm run test:e2e\`, which builds when needed).`,
    );
  }
  const userDataDir =
    options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'partner-lens-profile-')));
  const debuggingPort = options.debuggingPort ?? (await freePort());
  const headed = options.headed ?? process.env.HEADED === '1';
  const context = await chromium.launchPersistentContext(
    userDataDir,
    chromiumLaunchOptions({ extensionDir, port: options.port, debuggingPort, headless: !headed }),
  );
  let serviceWorker: Worker;
  try {
    serviceWorker = await findServiceWorker(context);
  } catch (error) {
    await context.close().catch(() => undefined);
    throw new Error(`The extension's service worker did not start: ${String(error)}`);
  }
  const extensionId = new URL(serviceWorker.url()).host;
  let cdp: Browser | undefined;

  const ext: ExtensionBrowser = {
    context,
    extensionId,
    serviceWorker,
    userDataDir,
    debuggingPort,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(ext.extensionUrl(path));
      return page;
    },
    getServiceWorker: () => findServiceWorker(context, extensionId),
    async connectCdp({ fresh = false } = {}) {
      if (fresh && cdp) {
        await cdp.close().catch(() => undefined);
        cdp = undefined;
      }
      if (!cdp || !cdp.isConnected()) {
        cdp = await chromium.connectOverCDP(`http://127.0.0.1:${debuggingPort}`);
      }
      return cdp;
    },
    async close() {
      // Closing a connectOverCDP browser only disconnects it.
      await cdp?.close().catch(() => undefined);
      cdp = undefined;
      await context.close();
    },
    removeProfile: () => removeProfile(userDataDir),
  };
  return ext;
}

/**
 * Opens the real toolbar popup over `page` (TESTING.md: `chrome.action.openPopup()` from the
 * service worker, then the popup page through a CDP connection). Returns the popup page;
 * inside it, `tabs.query({ active: true, lastFocusedWindow: true })` returns `page`'s tab.
 */
export async function openPopupFor(
  page: Page,
  ext: ExtensionBrowser,
  { timeout = 10_000 }: { timeout?: number } = {},
): Promise<Page> {
  const isPopup = (p: Page) => p.url().endsWith('/popup.html');
  await page.bringToFront();
  const worker = await ext.getServiceWorker();
  await worker.evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.action.openPopup());

  // A CDP connection made before the popup opened does not see it: connect afresh.
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const cdp = await ext.connectCdp({ fresh: true });
    const popup = cdp.contexts().flatMap((c) => c.pages().filter(isPopup))[0];
    if (popup) {
      await popup.waitForLoadState('domcontentloaded');
      return popup;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`The popup did not open within ${timeout} ms (is there a popup.html?)`);
}

/** A response of the extension's RPC (`{ kind: 'partner-lens/rpc', method, params }`). */
export type RpcResponse<T> =
  { ok: true; result: T } | { ok: false; error: { code: string; message: string } };

/**
 * Calls the extension's RPC from one of its own pages (options or popup) through the real
 * `chrome.runtime.sendMessage`. Throws on `{ ok: false }`.
 */
export async function rpc<T = unknown>(
  extensionPage: Page,
  method: string,
  params: unknown = {},
): Promise<T> {
  const response = await extensionPage.evaluate(
    (request) => (globalThis as unknown as ChromeGlobal).chrome.runtime.sendMessage(request),
    { kind: 'partner-lens/rpc', method, params },
  );
  const typed = response as RpcResponse<T> | undefined;
  if (!typed || typeof typed !== 'object' || !('ok' in typed)) {
    throw new Error(`RPC ${method}: no response (${JSON.stringify(response)})`);
  }
  if (!typed.ok)
    throw new Error(`RPC ${method} failed: ${typed.error.code}: ${typed.error.message}`);
  return typed.result;
}

export interface SeedPartner {
  partner: { name: string } & Record<string, unknown>;
  scopes: { tool: string; site: string; ids: string[]; label: string }[];
}

/**
 * Saves partners and their scopes through the RPC, skipping partners whose name exists.
 * Returns the stored partner ids by name.
 */
export async function seedPartners(
  extensionPage: Page,
  partners: readonly SeedPartner[],
): Promise<Record<string, string>> {
  const existing = await rpc<{ id: string; name: string }[]>(extensionPage, 'partners.list', {});
  const ids: Record<string, string> = Object.fromEntries(existing.map((p) => [p.name, p.id]));
  for (const { partner, scopes } of partners) {
    if (ids[partner.name]) continue;
    const saved = await rpc<{ id: string }>(extensionPage, 'partners.save', partner);
    ids[partner.name] = saved.id;
    for (const scope of scopes) {
      await rpc(extensionPage, 'scopes.save', { partnerId: saved.id, ...scope });
    }
  }
  return ids;
}
