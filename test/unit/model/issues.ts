import { expect } from 'vitest';
import type { z } from 'zod';
import { firstIssueByPath, type RecordMeta } from '../../../lib/model';

/** Parses a value that must be rejected and returns the first message per field path. */
export function issuesOf(schema: z.ZodType, value: unknown): Record<string, string> {
  const result = schema.safeParse(value);
  expect(result.success, 'expected the value to be rejected').toBe(false);
  return result.success ? {} : firstIssueByPath(result.error);
}

/** Parses a value that must be accepted and returns the parsed output. */
export function accepted<Schema extends z.ZodType>(
  schema: Schema,
  value: unknown,
): z.output<Schema> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new Error(`expected the value to be accepted: ${JSON.stringify(result.error.issues)}`);
  }
  return result.data;
}

export const META: RecordMeta = {
  id: '99999999-9999-4999-8999-999999999999',
  createdAt: '2026-03-01T08:00:00.000Z',
  updatedAt: '2026-03-02T08:00:00.000Z',
  hlc: '001772438400000-00000-device-a',
  deviceId: 'device-a',
  deleted: false,
};
