import { z } from 'zod';

/** Failure kinds every RPC answer may carry; the UI picks its wording from the code. */
export const RPC_ERROR_CODES = [
  'bad-request',
  'forbidden',
  'not-found',
  'validation',
  'unavailable',
  'internal',
] as const;
export type RpcErrorCode = (typeof RPC_ERROR_CODES)[number];

export const fieldIssueSchema = z.object({ path: z.string(), message: z.string() });
export type FieldIssue = z.infer<typeof fieldIssueSchema>;

export const rpcErrorSchema = z.object({
  code: z.enum(RPC_ERROR_CODES),
  message: z.string(),
  /** Per-field problems of a rejected write, for inline form errors. */
  issues: z.array(fieldIssueSchema).optional(),
});
export type RpcErrorPayload = z.infer<typeof rpcErrorSchema>;

/** Thrown by the client when the background answers with an error (or not at all). */
export class RpcError extends Error {
  readonly code: RpcErrorCode;
  readonly issues: FieldIssue[];

  constructor(payload: RpcErrorPayload) {
    super(payload.message);
    this.name = 'RpcError';
    this.code = payload.code;
    this.issues = payload.issues ?? [];
  }
}

/** Converts zod issues to `{ path: 'contacts.0.email', message }` pairs for forms. */
export function issuesFromZod(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}
