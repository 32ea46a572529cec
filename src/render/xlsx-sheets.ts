/**
 * The cells and sheets of the report workbooks (`score`, `gap`, `compare` with `--format xlsx`),
 * written with ExcelJS, the project's one spreadsheet library, loaded from node_modules only when
 * a workbook is asked for. Every sheet is a table: a bold header row (frozen), then one row per
 * item. Numbers are numbers with a display format, dates are dates, texts are text cells (never
 * formulas: a name starting with `=` stays text), an unknown value is an empty cell.
 */
import type { Cell as ExcelCell, Font, Worksheet } from 'exceljs';
import { loadExcelJs } from './workbook/exceljs.js';

/**
 * What a value is, for its format and column width. `*Diff` are differences (B − A), signed.
 * `rate` is a number per transaction (`0.8181`), `date` an ISO date (`2026-03-15`, else text).
 */
export type Kind =
  | 'text'
  | 'longText'
  | 'count'
  | 'score'
  | 'ratio'
  | 'rate'
  | 'flag'
  | 'date'
  | 'countDiff'
  | 'scoreDiff'
  | 'ratioDiff'
  | 'rateDiff';
export type Value = string | number | boolean | null;

/** One cell of a sheet: its value and kind; null for an empty cell. */
export type Cell = { value: NonNullable<Value>; kind: Kind } | null;

export interface SheetSpec {
  name: string;
  headers: readonly string[];
  widths: readonly number[];
  rows: readonly (readonly Cell[])[];
}

/** A column of a table sheet: its header (in the report language), kind and value of a row. */
export interface Column<T> {
  header: string;
  kind: Kind;
  value: (row: T) => Value;
}

/**
 * Arial 10 on every cell, named and sized. LibreOffice draws Arial with Liberation Sans, whose
 * glyphs have Arial's widths, so columns and wrapped rows look as in Excel; Debian's
 * libreoffice-calc brings it (fonts-liberation2, recommended). Calibri, Excel's default, needs
 * Carlito, which libreoffice-calc does not bring: LibreOffice then draws DejaVu Sans, wider.
 * test/xlsx/libreoffice.test.ts checks what LibreOffice draws.
 */
export const FONT: Partial<Font> = { name: 'Arial', size: 10, family: 2 };
const HEADER_FONT: Partial<Font> = { ...FONT, bold: true };
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F0' } } as const;

const FORMATS: Partial<Record<Kind, string>> = {
  count: '#,##0',
  score: '0.00',
  ratio: '0.0%',
  rate: '0.00##',
  date: 'yyyy-mm-dd',
  countDiff: '+#,##0;-#,##0;0',
  scoreDiff: '+0.00;-0.00;0.00',
  ratioDiff: '+0.0%;-0.0%;0.0%',
  rateDiff: '+0.00##;-0.00##;0.00',
};
const WIDTHS: Record<Kind, number> = {
  text: 24,
  longText: 48,
  count: 14,
  score: 10,
  ratio: 12,
  rate: 12,
  flag: 12,
  date: 12,
  countDiff: 14,
  scoreDiff: 12,
  ratioDiff: 12,
  rateDiff: 12,
};

/** A cell of `kind`, or an empty cell for an unknown value. */
export const cellOf = (value: Value, kind: Kind): Cell => (value === null ? null : { value, kind });

/** A column wide enough for its kind and, up to 40 characters, for its header. */
export const widthOf = (kind: Kind, header: string): number => Math.max(WIDTHS[kind], Math.min(40, header.length + 2));

/** A sheet with a header row and one row per item of `rows`. */
export function buildTableSheet<T>(name: string, columns: readonly Column<T>[], rows: readonly T[]): SheetSpec {
  return {
    name,
    headers: columns.map((c) => c.header),
    widths: columns.map((c) => widthOf(c.kind, c.header)),
    rows: rows.map((row) => columns.map((c) => cellOf(c.value(row), c.kind))),
  };
}

/** `2026-03-15` as that day (midnight UTC, a whole serial number in the workbook); anything else null. */
export function isoDate(text: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

function writeCell(target: ExcelCell, { value, kind }: NonNullable<Cell>): void {
  target.font = FONT;
  const date = kind === 'date' && typeof value === 'string' ? isoDate(value) : null;
  // A string is always a text cell in ExcelJS: only `{ formula }` makes a formula.
  target.value = date ?? value;
  const format = typeof value === 'number' || date !== null ? FORMATS[kind] : undefined;
  if (format !== undefined) target.numFmt = format;
  if (kind === 'longText') target.alignment = { wrapText: true, vertical: 'top' };
}

function writeSheet(sheet: Worksheet, spec: SheetSpec): void {
  // The column's own style too, set before any cell: a value typed later into an empty cell is Arial 10 as well.
  spec.widths.forEach((width, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = width;
    column.font = FONT;
  });
  spec.headers.forEach((header, i) => {
    const cell = sheet.getCell(1, i + 1);
    cell.value = header;
    cell.font = HEADER_FONT;
    cell.fill = HEADER_FILL;
    cell.alignment = { wrapText: true, vertical: 'top' };
  });
  spec.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell !== null) writeCell(sheet.getCell(r + 2, c + 1), cell);
    }),
  );
}

/** The workbook of `sheets`, in order, as the bytes of an .xlsx file. */
export async function writeWorkbook(sheets: readonly SheetSpec[]): Promise<Uint8Array> {
  const { Workbook } = loadExcelJs();
  const workbook = new Workbook();
  for (const spec of sheets) {
    writeSheet(workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] }), spec);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
