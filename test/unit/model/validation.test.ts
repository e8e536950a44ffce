import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  ValidationError,
  firstIssueByPath,
  formatZodError,
  parseOrThrow,
} from '../../../lib/model';

const schema = z
  .object({
    name: z.string().min(1, 'Enter a name').min(3, 'Use at least 3 characters'),
    contacts: z.array(z.object({ email: z.email('Enter a valid e-mail address') })),
    start: z.string(),
    end: z.string(),
  })
  .refine((value) => value.start <= value.end, 'The end must be on or after the start');

function errorOf(value: unknown): z.ZodError {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected a failure');
  return result.error;
}

describe('validation helpers', () => {
  it('joins nested paths with dots and keeps every issue', () => {
    const error = errorOf({ name: '', contacts: [{ email: 'x' }], start: 'a', end: 'b' });
    expect(formatZodError(error)).toEqual([
      { path: 'name', message: 'Enter a name' },
      { path: 'name', message: 'Use at least 3 characters' },
      { path: 'contacts.0.email', message: 'Enter a valid e-mail address' },
    ]);
  });

  it('reports record-level problems with an empty path', () => {
    const error = errorOf({ name: 'Acme', contacts: [], start: 'b', end: 'a' });
    expect(formatZodError(error)).toEqual([
      { path: '', message: 'The end must be on or after the start' },
    ]);
  });

  it('keeps the first message per path for forms', () => {
    const error = errorOf({ name: '', contacts: [{ email: 'x' }], start: 'a', end: 'b' });
    const expected = { name: 'Enter a name', 'contacts.0.email': 'Enter a valid e-mail address' };
    expect(firstIssueByPath(error)).toEqual(expected);
    expect(firstIssueByPath(formatZodError(error))).toEqual(expected);
  });

  it('throws a ValidationError with readable issues, or returns the parsed value', () => {
    let thrown: unknown;
    try {
      parseOrThrow(schema, { name: 'Acme', contacts: [], start: 'b', end: 'a' }, 'Saving');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ValidationError);
    expect((thrown as ValidationError).issues).toEqual([
      { path: '', message: 'The end must be on or after the start' },
    ]);
    expect((thrown as ValidationError).message).toBe(
      'Saving: The end must be on or after the start',
    );
    const ok = { name: 'Acme', contacts: [], start: 'a', end: 'b' };
    expect(parseOrThrow(schema, ok)).toEqual(ok);
  });
});
