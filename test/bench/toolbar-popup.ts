import type { Page } from 'playwright-core';
import WebSocket from 'ws';
import type { ChromeGlobal, ExtensionBrowser } from '../e2e/support';

/**
 * Opens the real toolbar popup (`chrome.action.openPopup()`) with a script installed before
 * its document loads, for the popup benchmark.
 *
 * Playwright does not see extension popups, so this keeps a CDP connection of its own to the
 * browser (its debugging port). That connection auto-attaches to every new target and holds
 * each one at its start (`waitForDebuggerOnStart`); a popup gets the script
 * (`Page.addScriptToEvaluateOnNewDocument`) and, like every other target, is then let go.
 * The popup's times count from its navigation start, which precedes that hold, so the hold
 * can only make the figure larger.
 */

export interface ToolbarPopup {
  /** Evaluates `expression` in the popup's page and returns its (JSON) value. */
  evaluate<T>(expression: string): Promise<T>;
  /** Sends a CDP command to the popup's page. */
  send<T = unknown>(method: string, params?: object): Promise<T>;
  /** Closes the popup and waits until the browser has destroyed it. */
  close(): Promise<void>;
}

export interface ToolbarPopupOpener {
  /** Brings `over` to the front and opens the popup over it. */
  open(over: Page): Promise<ToolbarPopup>;
  dispose(): Promise<void>;
}

interface CdpMessage {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  sessionId?: string;
  result?: unknown;
  error?: { message: string };
}

interface AttachedTarget {
  sessionId: string;
  targetInfo: { targetId: string; type: string; url: string };
  waitingForDebugger: boolean;
}

const OPEN_TIMEOUT_MS = 10_000;

export interface ToolbarPopupOptions {
  /** Evaluated in the popup before any of its own script (and in each later document). */
  initScript: string;
  /** Run while the popup is held, before its document loads (e.g. `Performance.enable`). */
  beforeLoad?: (send: ToolbarPopup['send']) => Promise<void>;
}

export async function toolbarPopupOpener(
  ext: ExtensionBrowser,
  { initScript, beforeLoad }: ToolbarPopupOptions,
): Promise<ToolbarPopupOpener> {
  const response = await fetch(`http://127.0.0.1:${ext.debuggingPort}/json/version`);
  const { webSocketDebuggerUrl } = (await response.json()) as { webSocketDebuggerUrl: string };
  const socket = new WebSocket(webSocketDebuggerUrl, { perMessageDeflate: false });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });

  let lastId = 0;
  const replies = new Map<number, { resolve(value: unknown): void; reject(e: Error): void }>();
  const send = <T>(method: string, params: object = {}, sessionId?: string): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      lastId += 1;
      replies.set(lastId, { resolve: resolve as (value: unknown) => void, reject });
      socket.send(
        JSON.stringify({ id: lastId, method, params, ...(sessionId ? { sessionId } : {}) }),
      );
    });

  const popupExtensionUrl = ext.extensionUrl('popup.html');
  // The popup is created as a target of type "other" with no URL yet; it is told apart by
  // being the one target that appears while `open` waits.
  let awaitingPopup: ((target: AttachedTarget) => void) | null = null;
  const destroyed = new Map<string, () => void>();

  const onAttached = async (target: AttachedTarget) => {
    const { sessionId, targetInfo, waitingForDebugger } = target;
    const isPopup =
      awaitingPopup !== null &&
      (targetInfo.type === 'other' || targetInfo.url.startsWith(popupExtensionUrl));
    // Sent together, not one after another: a session runs its commands in order, and the
    // popup's clock is running while it is held.
    const commands: Promise<unknown>[] = [];
    if (isPopup && waitingForDebugger) {
      commands.push(
        send('Page.enable', {}, sessionId),
        send('Page.addScriptToEvaluateOnNewDocument', { source: initScript }, sessionId),
      );
      if (beforeLoad) {
        commands.push(
          beforeLoad(<T>(method: string, params?: object) => send<T>(method, params, sessionId)),
        );
      }
      const found = awaitingPopup;
      awaitingPopup = null;
      found?.(target);
    }
    if (waitingForDebugger) commands.push(send('Runtime.runIfWaitingForDebugger', {}, sessionId));
    await Promise.all(commands);
  };

  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as CdpMessage;
    if (message.id !== undefined) {
      const reply = replies.get(message.id);
      replies.delete(message.id);
      if (message.error) reply?.reject(new Error(message.error.message));
      else reply?.resolve(message.result);
      return;
    }
    if (message.method === 'Target.attachedToTarget') {
      void onAttached(message.params as unknown as AttachedTarget).catch(() => undefined);
    } else if (message.method === 'Target.targetDestroyed') {
      const { targetId } = message.params as { targetId: string };
      destroyed.get(targetId)?.();
      destroyed.delete(targetId);
    }
  });

  await send('Target.setDiscoverTargets', { discover: true });
  await send('Target.setAutoAttach', {
    autoAttach: true,
    waitForDebuggerOnStart: true,
    flatten: true,
  });

  return {
    async open(over) {
      await over.bringToFront();
      const attached = new Promise<AttachedTarget>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`The toolbar popup did not open within ${OPEN_TIMEOUT_MS} ms`)),
          OPEN_TIMEOUT_MS,
        );
        awaitingPopup = (target) => {
          clearTimeout(timer);
          resolve(target);
        };
      });
      const worker = await ext.getServiceWorker();
      await worker.evaluate(() =>
        (globalThis as unknown as ChromeGlobal).chrome.action.openPopup(),
      );
      const { sessionId, targetInfo } = await attached;
      const sendToPopup = <T>(method: string, params: object = {}) =>
        send<T>(method, params, sessionId);
      return {
        send: sendToPopup,
        async evaluate<T>(expression: string) {
          const { result, exceptionDetails } = await sendToPopup<{
            result: { value: T };
            exceptionDetails?: { text: string };
          }>('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
          if (exceptionDetails) throw new Error(`In the popup: ${exceptionDetails.text}`);
          return result.value;
        },
        async close() {
          const gone = new Promise<void>((resolve) => destroyed.set(targetInfo.targetId, resolve));
          await send('Target.closeTarget', { targetId: targetInfo.targetId });
          await gone;
        },
      };
    },
    async dispose() {
      socket.close();
      await new Promise((resolve) => socket.once('close', resolve));
    },
  };
}
