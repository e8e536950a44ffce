import { browser } from 'wxt/browser';
import { RPC_KIND, responseEnvelopeSchema } from './envelope';
import { RpcError } from './errors';
import { rpcMethods, type MethodName, type ParamsOf, type ResultOf } from './methods';

/**
 * Calls a background method and returns its validated result; throws `RpcError` with a
 * message a person can act on when the background refuses, fails or cannot be reached.
 */
export async function callBackground<M extends MethodName>(
  method: M,
  params: ParamsOf<M>,
): Promise<ResultOf<M>> {
  let raw: unknown;
  try {
    raw = await browser.runtime.sendMessage({ kind: RPC_KIND, method, params });
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
  const result = rpcMethods[method].result.safeParse(response.data.result);
  if (!result.success) {
    throw new RpcError({
      code: 'internal',
      message: 'Partner Lens sent data in an unexpected shape.',
    });
  }
  return result.data as ResultOf<M>;
}
