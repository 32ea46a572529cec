/**
 * CSV that Excel opens correctly, also with Indonesian settings: a UTF-8 BOM (else Excel reads
 * the bytes as ANSI and breaks accents), CRLF line ends, RFC 4180 quoting, `;` with a decimal
 * comma (what Indonesian Excel expects), and no thousands separators so cells stay numbers.
 */
import { translator } from '../i18n/index.js';
import { reportMessages } from '../i18n/report-messages.js';
import type { RenderContext } from './context.js';

export type CsvValue = string | number | boolean | null | undefined;

const BOM = '\uFEFF';
const EOL = '\r\n';
/** Characters that make Excel read a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field: numbers plain (decimal comma with `;`), booleans as words, null empty, text guarded and quoted. */
export function csvField(value: CsvValue, ctx: Pick<RenderContext, 'lang' | 'csvDelimiter'>): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    const plain = Number.isFinite(value) ? String(value) : '';
    return ctx.csvDelimiter === ';' ? plain.replace('.', ',') : plain;
  }
  if (typeof value === 'boolean') return translator(reportMessages, ctx.lang)(value ? 'yes' : 'no');
  // A leading quote makes Excel show the text instead of running it as a formula.
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  const mustQuote = text.includes(ctx.csvDelimiter) || /["\r\n]/.test(text);
  return mustQuote ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV document: BOM, the header row, then the rows, each ended by CRLF. */
export function renderCsvRows(
  header: readonly string[],
  rows: readonly (readonly CsvValue[])[],
  ctx: Pick<RenderContext, 'lang' | 'csvDelimiter'>,
): string {
  const line = (fields: readonly CsvValue[]) => fields.map((f) => csvField(f, ctx)).join(ctx.csvDelimiter) + EOL;
  return BOM + line(header) + rows.map(line).join('');
}
