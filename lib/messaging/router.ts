import { z } from 'zod';
import type { ResponseEnvelope } from './envelope';
import { requestEnvelopeSchema } from './envelope';
import { RpcError, fieldIssueSchema, issuesFromZod, type RpcErrorPayload } from './errors';
import {
  isMethodName,
  rpcMethods,
  type MethodName,
  type ParsedParamsOf,
  type ResultOf,
} from './methods';
import { classifySender, type SenderInfo, type SenderKind, type SenderPolicy } from './sender';

export interface CallContext {
  senderKind: SenderKind;
  sender: SenderInfo;
}

export type Handlers = {
  [M in MethodName]: (
    params: ParsedParamsOf<M>,
    call: CallContext,
  ) => Promise<ResultOf<M>> | ResultOf<M>;
};

function failure(error: RpcErrorPayload): ResponseEnvelope {
  return { ok: false, error };
}

/**
 * Builds the background's message handler. Every message is untrusted: the envelope, the
 * sender and the params are checked before a handler runs, and the handler's result is
 * validated too, so a bug cannot leak an invalid record to a page. Failures are answered,
 * never thrown, so the caller always gets a typed error.
 */
export function createRpcRouter(handlers: Handlers, policy: SenderPolicy) {
  return async function route(message: unknown, sender: SenderInfo): Promise<ResponseEnvelope> {
    const envelope = requestEnvelopeSchema.safeParse(message);
    if (!envelope.success) {
      return failure({ code: 'bad-request', message: 'The request was not understood.' });
    }
    const senderKind = await classifySender(sender, policy);
    if (!senderKind) {
      return failure({
        code: 'forbidden',
        message: 'Requests are accepted only from Partner Lens.',
      });
    }
    const name = envelope.data.method;
    if (!isMethodName(name)) {
      return failure({ code: 'bad-request', message: `Unknown request “${name.slice(0, 60)}”.` });
    }
    const spec = rpcMethods[name];
    if (spec.access !== 'any' && spec.access !== senderKind) {
      return failure({ code: 'forbidden', message: `“${name}” is not available to this page.` });
    }
    const params = spec.params.safeParse(envelope.data.params ?? {});
    if (!params.success) {
      return failure({
        code: 'validation',
        message: params.error.issues[0]?.message ?? 'The request had invalid data.',
        issues: issuesFromZod(params.error),
      });
    }
    try {
      const handler = handlers[name] as (p: unknown, c: CallContext) => unknown;
      const result = await handler(params.data, { senderKind, sender });
      const checked = (spec.result as z.ZodType).safeParse(result);
      if (!checked.success) {
        console.error(`Partner Lens: invalid result for ${name}`, checked.error);
        return failure({ code: 'internal', message: 'Partner Lens produced invalid data.' });
      }
      return { ok: true, result: checked.data };
    } catch (error) {
      return failure(toErrorPayload(error));
    }
  };
}

function toErrorPayload(error: unknown): RpcErrorPayload {
  if (error instanceof RpcError) {
    return { code: error.code, message: error.message, issues: error.issues };
  }
  if (error instanceof z.ZodError) {
    return {
      code: 'validation',
      message: error.issues[0]?.message ?? 'Invalid data.',
      issues: issuesFromZod(error),
    };
  }
  // Repository validation errors carry readable issues (duck-typed to avoid a db import here).
  if (error instanceof Error && 'issues' in error) {
    const issues = z.array(fieldIssueSchema).safeParse(error.issues);
    if (issues.success) {
      return { code: 'validation', message: error.message, issues: issues.data };
    }
  }
  console.error('Partner Lens: request failed', error);
  return {
    code: 'internal',
    message:
      'Something went wrong in Partner Lens. Try again; if it keeps failing, reload the extension.',
  };
}
