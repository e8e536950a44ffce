import { browser } from 'wxt/browser';
import { RPC_KIND, responseEnvelopeSchema } from './envelope';
import { RpcError } from './errors';
import type { MethodName, ParamsOf, ResultOf } from './methods';

/**
 * Calls a background method and returns its result; throws `RpcError` with a message a person
 * can act on when the background refuses, fails or cannot be reached.
 *
 * The result is not validated again here: the background validates every request it receives
 * and every result it sends (lib/messaging/router.ts), and it is part of this extension. Only
 * the envelope is checked. Importing the method table only as types keeps its schemas out of
 * the content-script bundles, where building them cost ~50 ms on every injection.
 */
export function callBackground<M extends MethodName>(
  method: M,
  params: ParamsOf<M>,
): Promise<ResultOf<M>> {
  let sent: Promise<unknown>;
  try {
    sent = browser.runtime.sendMessage({ kind: RPC_KIND, method, params });
  } catch (error) {
    sent = Promise.reject(error);
  }
  return readRpcReply<M>(sent);
}

/**
 * The result of a request already sent (`runtime.sendMessage` of a request envelope), e.g.
 * by a page's first script before this module (and zod) was loaded.
 */
export async function readRpcReply<M extends MethodName>(
  sent: Promise<unknown>,
): Promise<ResultOf<M>> {
  let raw: unknown;
  try {
    raw = await sent;
  } catch {
    throw new RpcError({
      code: 'unavailable',
      message:
        'Partner Lens is not responding. Reload this page; if that does not help, reload the extension.',
    });
  }
  const response = responseEnvelopeSchema.safeParse(raw);
  if (!response.success) {
    throw new RpcError({ code: 'internal', message: 'Partner Lens sent an unexpected answer.' });
  }
  if (!response.data.ok) throw new RpcError(response.data.error);
  return response.data.result as ResultOf<M>;
}
