import { describe, expect, it } from 'vitest';
import {
  CSV_BOM,
  csvField,
  csvRecord,
  feedbackCsvFileName,
  feedbackToCsv,
  fileNameSlug,
  localDateTime,
} from '@/lib/report/feedback-csv';
import { feedback, PARTNER_A, PARTNER_B } from './feedback-fixtures';

const names = new Map([
  [PARTNER_A, 'Acme Corp'],
  [PARTNER_B, 'Müller, Söhne & "Partner"'],
]);
const options = { partnerNames: names, timeZone: 'Europe/Berlin' };
const HEADER =
  'Date given (Europe/Berlin),Partner,Rating (1-5),Kind,Categories,Item key,Item title,Item URL,Tool,Note\r\n';

describe('csvField (RFC 4180)', () => {
  it('leaves plain text alone', () => {
    expect(csvField('plain text')).toBe('plain text');
    expect(csvField(4)).toBe('4');
    expect(csvField(undefined)).toBe('');
    expect(csvField('')).toBe('');
  });

  it('quotes fields with a comma, a quote, CR or LF, doubling the quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line 1\nline 2')).toBe('"line 1\nline 2"');
    expect(csvField('line 1\r\nline 2')).toBe('"line 1\r\nline 2"');
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('+33 1 23')).toBe("'+33 1 23");
    expect(csvField('-2')).toBe("'-2");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tindent')).toBe("'\tindent");
    expect(csvField('\rreturn')).toBe('"\'\rreturn"');
    expect(csvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    // Only at the start of a cell.
    expect(csvField('a=b')).toBe('a=b');
  });

  it('joins a record with commas and ends it with CRLF', () => {
    expect(csvRecord(['a', 'b,c', 3])).toBe('a,"b,c",3\r\n');
  });
});

describe('feedbackToCsv', () => {
  it('starts with the UTF-8 BOM and the header row, and has only them when empty', () => {
    const csv = feedbackToCsv([], options);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toBe(CSV_BOM + HEADER);
  });

  it('writes one record per entry, in order, with every column', () => {
    const csv = feedbackToCsv(
      [
        feedback({
          partnerId: PARTNER_A,
          givenAt: '2026-01-31T23:30:00.000Z',
          rating: 5,
          kind: 'praise',
          categories: ['quality', 'timeliness'],
          itemKey: 'ACME-12',
          itemTitle: 'Checkout, step 2',
          itemUrl: 'https://acme.atlassian.net/browse/ACME-12',
          tool: 'jira',
          note: 'Great work.\nShipped early.',
        }),
        feedback({
          partnerId: PARTNER_B,
          givenAt: '2026-01-10T09:05:00.000Z',
          rating: 2,
          kind: 'issue',
          note: '-missed the deadline',
        }),
      ],
      options,
    );
    expect(csv).toBe(
      CSV_BOM +
        HEADER +
        '2026-02-01 00:30,Acme Corp,5,Praise,Quality; Timeliness,ACME-12,"Checkout, step 2",' +
        'https://acme.atlassian.net/browse/ACME-12,Jira,"Great work.\nShipped early."\r\n' +
        '2026-01-10 10:05,"Müller, Söhne & ""Partner""",2,Issue,,,,,,\'-missed the deadline\r\n',
    );
  });

  it('names a partner it does not know', () => {
    const csv = feedbackToCsv(
      [feedback({ partnerId: '33333333-3333-4333-8333-333333333333' })],
      options,
    );
    expect(csv).toContain(',Unknown partner,');
  });

  it('a record count equals the entry count, whatever the notes hold', () => {
    const entries = [
      feedback({ note: 'a\r\nb' }),
      feedback({ note: '"' }),
      feedback({ note: ',' }),
    ];
    const csv = feedbackToCsv(entries, options);
    // Split on CRLF outside quotes: quotes are balanced per record.
    const records = csv.slice(1).split('\r\n').slice(0, -1);
    const merged: string[] = [];
    for (const part of records) {
      const open = merged.length > 0 && (merged.at(-1)!.split('"').length - 1) % 2 === 1;
      if (open) merged[merged.length - 1] += `\r\n${part}`;
      else merged.push(part);
    }
    expect(merged).toHaveLength(1 + entries.length);
  });
});

describe('localDateTime', () => {
  it('writes the wall-clock time of the zone, across DST', () => {
    expect(localDateTime('2026-07-01T12:00:00.000Z', 'Europe/Berlin')).toBe('2026-07-01 14:00');
    expect(localDateTime('2026-01-01T12:00:00.000Z', 'Europe/Berlin')).toBe('2026-01-01 13:00');
    expect(localDateTime('2026-01-01T03:00:00.000Z', 'America/New_York')).toBe('2025-12-31 22:00');
    expect(localDateTime('2026-01-01T03:00:00.000Z', 'UTC')).toBe('2026-01-01 03:00');
  });
});

describe('file name', () => {
  it('names the partner and the day', () => {
    expect(feedbackCsvFileName('Acme Corp.', '2026-11-28')).toBe(
      'partner-lens-feedback-acme-corp-2026-11-28.csv',
    );
    expect(feedbackCsvFileName(null, '2026-11-28')).toBe(
      'partner-lens-feedback-all-partners-2026-11-28.csv',
    );
  });

  it('keeps only safe characters', () => {
    expect(fileNameSlug('Müller & Söhne / ../etc')).toBe('muller-sohne-etc');
    expect(fileNameSlug('東京')).toBe('partner');
  });
});
