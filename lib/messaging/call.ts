import type { z } from 'zod';
import { browser } from 'wxt/browser';
import { RPC_KIND, responseEnvelopeSchema } from './envelope';
import { RpcError } from './errors';
import type { MethodName, ParamsOf, ResultOf } from './methods';

/**
 * Calls a background method and validates its result with `result`, the method's own result
 * schema (or one that parses to the same type). `callBackground` passes the schema from the
 * method table; the popup passes the few it needs, so that it does not build the schemas of
 * every method before it can show anything (see `components/popup/popup-rpc.ts`).
 */
export async function callWithResultSchema<M extends MethodName>(
  method: M,
  params: ParamsOf<M>,
  result: z.ZodType<ResultOf<M>>,
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
  const parsed = result.safeParse(response.data.result);
  if (!parsed.success) {
    throw new RpcError({
      code: 'internal',
      message: 'Partner Lens sent data in an unexpected shape.',
    });
  }
  return parsed.data;
}
