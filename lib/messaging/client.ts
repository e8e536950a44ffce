import { callWithResultSchema } from './call';
import { rpcMethods, type MethodName, type ParamsOf, type ResultOf } from './methods';

/**
 * Calls a background method and returns its validated result; throws `RpcError` with a
 * message a person can act on when the background refuses, fails or cannot be reached.
 */
export async function callBackground<M extends MethodName>(
  method: M,
  params: ParamsOf<M>,
): Promise<ResultOf<M>> {
  return callWithResultSchema(
    method,
    params,
    rpcMethods[method].result as unknown as Parameters<typeof callWithResultSchema<M>>[2],
  );
}
