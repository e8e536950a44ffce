import { zonedCalendar } from '../kpi/time-zone';
import type { Feedback } from '../model/feedback';
import { TOOL_LABELS } from '../model/host-context';
import { FEEDBACK_CATEGORY_LABELS, FEEDBACK_KIND_LABELS } from '../model/feedback-values';

/**
 * Feedback as CSV (RFC 4180) for spreadsheets.
 *
 * - Records end in CRLF; a field holding a comma, a double quote, CR or LF is enclosed in
 *   double quotes, and quotes inside are doubled.
 * - Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` (and, in some, tab or CR)
 *   as a formula, so a note like `=HYPERLINK(…)` typed by anyone could act when the file is
 *   opened (OWASP "CSV injection"). Such cells get a leading `'`, which shows the text as is.
 * - The file starts with a UTF-8 byte order mark: without it Excel reads the file in the
 *   system's legacy code page and turns "Müller" into "MÃ¼ller".
 */

/** UTF-8 byte order mark (U+FEFF), the first character of the file. */
export const CSV_BOM = '\uFEFF';
export const CSV_LINE_END = '\r\n';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One field, guarded against formula injection and quoted where RFC 4180 requires it. */
export function csvField(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  // Numbers are written by us and safe; only text can smuggle a formula in.
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record, with its CRLF. */
export function csvRecord(fields: readonly (string | number | null | undefined)[]): string {
  return fields.map(csvField).join(',') + CSV_LINE_END;
}

export interface FeedbackCsvOptions {
  /** Partner names by id; an unknown id is written as "Unknown partner". */
  partnerNames: ReadonlyMap<string, string>;
  /** IANA zone the "date given" column is written in (the user's). */
  timeZone: string;
}

export function feedbackCsvHeader(timeZone: string): string[] {
  return [
    `Date given (${timeZone})`,
    'Partner',
    'Rating (1-5)',
    'Kind',
    'Categories',
    'Item key',
    'Item title',
    'Item URL',
    'Tool',
    'Note',
  ];
}

/** `YYYY-MM-DD HH:MM` in the zone: a form every spreadsheet reads as a date and time. */
export function localDateTime(iso: string, timeZone: string): string {
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) return iso;
  const wall = new Date(instant + zonedCalendar(timeZone).offsetAt(instant)).toISOString();
  return `${wall.slice(0, 10)} ${wall.slice(11, 16)}`;
}

/** The CSV file of the given entries, in the given order, with the BOM and a header row. */
export function feedbackToCsv(entries: readonly Feedback[], options: FeedbackCsvOptions): string {
  let csv = CSV_BOM + csvRecord(feedbackCsvHeader(options.timeZone));
  for (const entry of entries) {
    csv += csvRecord([
      localDateTime(entry.givenAt, options.timeZone),
      options.partnerNames.get(entry.partnerId) ?? 'Unknown partner',
      entry.rating,
      FEEDBACK_KIND_LABELS[entry.kind],
      entry.categories.map((category) => FEEDBACK_CATEGORY_LABELS[category]).join('; '),
      entry.itemKey,
      entry.itemTitle,
      entry.itemUrl,
      entry.tool ? TOOL_LABELS[entry.tool] : '',
      entry.note,
    ]);
  }
  return csv;
}

/** A file-name-safe form of a partner name: `Acme Corp.` → `acme-corp`. */
export function fileNameSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'partner';
}

/**
 * `partner-lens-feedback-<partner>-<date>.csv`; `all-partners` when the export spans every
 * partner. `date` is the local day of the export, `YYYY-MM-DD`.
 */
export function feedbackCsvFileName(partnerName: string | null, date: string): string {
  const who = partnerName === null ? 'all-partners' : fileNameSlug(partnerName);
  return `partner-lens-feedback-${who}-${date}.csv`;
}
