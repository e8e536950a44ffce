import { z } from 'zod';

// Jira sends `2024-01-02T03:04:05.000+0000`: an ISO-8601 basic offset (no colon), which
// `z.iso.datetime({ offset: true })` and the ECMAScript date format both reject. Seconds and
// milliseconds are always present in Jira's REST output, but tolerated as absent.
const JIRA_DATE_TIME = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})$/;

const isoDateTime = z.iso.datetime({ offset: true });

/**
 * Jira's date-time as an ISO-8601 instant with an extended offset (`…+00:00`), keeping the
 * offset Jira gave so nothing is lost; `null` when it is not a date-time at all.
 */
export function toIsoDateTime(value: string): string | null {
  const match = JIRA_DATE_TIME.exec(value.trim());
  if (!match) return null;
  const [, local = '', offset = ''] = match;
  const withSeconds = local.length === 16 ? `${local}:00` : local;
  const extendedOffset =
    offset === 'Z' || offset.includes(':') ? offset : `${offset.slice(0, 3)}:${offset.slice(3)}`;
  const iso = `${withSeconds}${extendedOffset}`;
  return isoDateTime.safeParse(iso).success && !Number.isNaN(Date.parse(iso)) ? iso : null;
}

/** A Jira date-time field, read as ISO-8601 (see {@link toIsoDateTime}). */
export const jiraDateTimeSchema = z.string().transform((value, ctx) => {
  const iso = toIsoDateTime(value);
  if (iso === null) {
    ctx.addIssue({
      code: 'custom',
      message: `Expected a date and time such as 2024-01-02T03:04:05.000+0000, got "${value.slice(0, 40)}"`,
    });
    return z.NEVER;
  }
  return iso;
});
