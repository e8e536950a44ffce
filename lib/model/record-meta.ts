import { z } from 'zod';

/** ISO-8601 instant with offset, as produced by `Date.prototype.toISOString()`. */
export const isoDateTimeSchema = z.iso.datetime({
  offset: true,
  error: 'Expected a date and time such as 2026-01-31T09:00:00Z',
});

/** Calendar date without time, e.g. a contract end date or a due date. */
export const isoDateSchema = z.iso.date({ error: 'Expected a date such as 2026-01-31' });

/**
 * Fields every stored record carries. They are stamped by the background on each write:
 * `hlc` orders changes across devices for sync, and `deleted` keeps deletions as tombstones
 * so another device learns of them instead of resurrecting the record.
 */
export const recordMetaSchema = z.object({
  id: z.uuid({ error: 'Expected a record id (UUID)' }),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  hlc: z.string().min(1, 'Missing change clock (hlc)'),
  deviceId: z.string().min(1, 'Missing device id'),
  deleted: z.boolean(),
});
export type RecordMeta = z.infer<typeof recordMetaSchema>;

export const META_KEYS = ['id', 'createdAt', 'updatedAt', 'hlc', 'deviceId', 'deleted'] as const;

/** Builds the stored schema of a record from the schema of its editable fields. */
export function storedRecord<Shape extends z.ZodRawShape>(input: z.ZodObject<Shape>) {
  return input.extend(recordMetaSchema.shape);
}

/** Input of a write: the editable fields, plus the id when updating an existing record. */
export function writeInput<Shape extends z.ZodRawShape>(input: z.ZodObject<Shape>) {
  return input.extend({ id: z.uuid().optional() });
}

/** Reference from a partner-owned record to its partner. */
export const partnerIdSchema = z.uuid({ error: 'Choose a partner' });

/**
 * A tracker item as its tool shows it: Jira issue key (`ACME-12`), Asana task gid or Trello
 * card short link. Readable on its own, so records stay meaningful when the cache is empty.
 */
export const itemKeySchema = z
  .string()
  .trim()
  .min(1, 'Enter the item key, such as ACME-12')
  .max(200, 'Keep the item key under 200 characters');

/** Free text a person writes, e.g. a note or a description. */
export const longTextSchema = z
  .string()
  .max(10_000, 'Keep this text under 10,000 characters')
  .default('');
