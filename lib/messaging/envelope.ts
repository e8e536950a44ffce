import { z } from 'zod';
import { rpcErrorSchema } from './errors';

import { RPC_KIND } from './kind';

export { RPC_KIND };

export const requestEnvelopeSchema = z.object({
  kind: z.literal(RPC_KIND),
  method: z.string().max(100),
  params: z.unknown(),
});
export type RequestEnvelope = z.infer<typeof requestEnvelopeSchema>;

export const responseEnvelopeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), result: z.unknown() }),
  z.object({ ok: z.literal(false), error: rpcErrorSchema }),
]);
export type ResponseEnvelope = z.infer<typeof responseEnvelopeSchema>;

export function isRpcRequest(message: unknown): boolean {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { kind?: unknown }).kind === RPC_KIND
  );
}
