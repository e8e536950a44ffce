import type { z } from 'zod';

/** One problem with one field, e.g. `{ path: 'contacts.0.email', message: 'Enter a valid …' }`. */
export interface FieldIssue {
  /** Dot-joined path into the input; `''` for a problem with the record as a whole. */
  path: string;
  message: string;
}

export function formatZodError(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

/** The first message for each path, which is what a form shows under each field. */
export function firstIssueByPath(
  issues: z.ZodError | readonly FieldIssue[],
): Record<string, string> {
  const list = 'issues' in issues ? formatZodError(issues) : issues;
  const byPath: Record<string, string> = {};
  for (const { path, message } of list) {
    if (!(path in byPath)) byPath[path] = message;
  }
  return byPath;
}

/** A write was refused because its data is invalid; `issues` say what to fix, per field. */
export class ValidationError extends Error {
  readonly issues: FieldIssue[];

  constructor(issues: FieldIssue[], context?: string) {
    const summary = issues.map((issue) => issue.message).join('; ');
    super(context ? `${context}: ${summary}` : summary);
    this.name = 'ValidationError';
    this.issues = issues;
  }

  static fromZod(error: z.ZodError, context?: string): ValidationError {
    return new ValidationError(formatZodError(error), context);
  }
}

/** Parses with `schema` or throws a `ValidationError` carrying readable issues. */
export function parseOrThrow<Schema extends z.ZodType>(
  schema: Schema,
  value: unknown,
  context?: string,
): z.output<Schema> {
  const result = schema.safeParse(value);
  if (!result.success) throw ValidationError.fromZod(result.error, context);
  return result.data;
}
