import { toNestErrors } from '@hookform/resolvers';
import type { FieldError, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { RpcError, type FieldIssue } from '@/lib/messaging/errors';

/**
 * A react-hook-form resolver that converts the form's text fields to the record's input and
 * checks it with the model's own zod schema, so the form shows the model's messages. Issue
 * paths of the input (`linkedItemKeys.2`) are shown on the form field that holds them
 * (`fieldOf`). On success the form receives the checked input, ready for `*.save`.
 */
export function recordResolver<Values extends FieldValues, Schema extends z.ZodType>(
  toInput: (values: Values) => z.input<Schema>,
  schema: Schema,
  fieldOf: (path: string) => string,
): Resolver<Values, unknown, z.output<Schema>> {
  return (values, _context, options) => {
    const input = toInput(values);
    const result = schema.safeParse(input);
    if (result.success) return { values: result.data, errors: {} };
    const flat: Record<string, FieldError> = {};
    for (const issue of issuesOf(result.error)) {
      const field = fieldOf(issue.path);
      flat[field] ??= { type: 'validation', message: issue.message };
    }
    return { values: {}, errors: toNestErrors(flat, options) };
  };
}

function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

/**
 * The form field that shows an issue at `path`: the first segment when it names a field
 * (list fields are edited as one text), `root` otherwise. `nested` lists fields edited per
 * entry (`actionItems.0.text`), whose paths are kept whole.
 */
export function fieldForPath(
  path: string,
  fields: readonly string[],
  nested: readonly string[] = [],
): string {
  const segments = path.split('.');
  const head = segments[0] ?? '';
  if (nested.includes(head) && segments.length >= 3) return segments.slice(0, 3).join('.');
  return fields.includes(head) ? head : 'root';
}

/**
 * Shows a refused save on the form: per-field issues from the background beside their
 * fields, anything else above the form. The values typed stay as they are.
 */
export function showSaveError(
  error: unknown,
  setError: (name: 'root' | never, error: { type: string; message: string }) => void,
  fieldOf: (path: string) => string,
  fallback: string,
): void {
  if (error instanceof RpcError && error.issues.length > 0) {
    for (const issue of error.issues) {
      setError(fieldOf(issue.path) as 'root', { type: 'server', message: issue.message });
    }
    return;
  }
  setError('root', {
    type: 'server',
    message: error instanceof Error && error.message ? error.message : fallback,
  });
}
