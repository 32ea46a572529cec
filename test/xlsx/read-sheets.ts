/**
 * A report workbook read back with ExcelJS (the library that writes it, the bare build the CLI
 * loads): each sheet as rows of plain values under its header, and the cells themselves for
 * their type, font and number format.
 */
import type * as ExcelJS from 'exceljs';
import { loadExcelJs } from '../../src/render/workbook/exceljs.js';

export type Cell = string | number | boolean | Date | null;

export interface Book {
  names: string[];
  /** Each sheet's rows, as wide as its header row; an empty cell is null. */
  sheets: Map<string, Cell[][]>;
  workbook: ExcelJS.Workbook;
}

/** A cell's value as a spreadsheet shows it; anything else (a formula, rich text) as it is, so a test sees it. */
function plain(cell: ExcelJS.Cell): Cell {
  const value = cell.value;
  if (value === null || value === undefined) return null;
  return value as Cell;
}

export async function readSheets(bytes: Uint8Array): Promise<Book> {
  const workbook = new (loadExcelJs().Workbook)();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheets = new Map<string, Cell[][]>();
  for (const sheet of workbook.worksheets) {
    const width = sheet.getRow(1).cellCount;
    const rows: Cell[][] = [];
    for (let r = 1; r <= sheet.rowCount; r += 1) {
      const row = sheet.getRow(r);
      rows.push(Array.from({ length: width }, (_, c) => plain(row.getCell(c + 1))));
    }
    sheets.set(sheet.name, rows);
  }
  return { names: workbook.worksheets.map((s) => s.name), sheets, workbook };
}

/** Rows of a sheet as objects keyed by its header row. */
export function rowsOf(book: Pick<Book, 'sheets'>, name: string): Record<string, Cell>[] {
  const [header, ...rows] = book.sheets.get(name) ?? [];
  if (header === undefined) throw new Error(`no sheet ${name}`);
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [String(h), row[i] ?? null])));
}

/** A two-column sheet (figure, value) as label -> value. */
export const summaryOf = (book: Pick<Book, 'sheets'>, name: string): Map<string, Cell> =>
  new Map((book.sheets.get(name) ?? []).slice(1).map(([label, value]) => [String(label), value ?? null]));

/** The cell of a sheet under `header`, in `row` (1-based: row 1 is the header). */
export function cellAt(book: Book, sheetName: string, header: string, row: number): ExcelJS.Cell {
  const sheet = book.workbook.getWorksheet(sheetName);
  if (sheet === undefined) throw new Error(`no sheet ${sheetName}`);
  const headers = (book.sheets.get(sheetName)?.[0] ?? []).map(String);
  const column = headers.indexOf(header);
  if (column < 0) throw new Error(`no column ${header} in ${sheetName}: ${headers.join(', ')}`);
  return sheet.getCell(row, column + 1);
}

/**
 * What makes LibreOffice show another font or openpyxl warn, as `Sheet!A1: ...` lines (none when
 * all is well): a `<font>` of styles.xml without `<name>` or `<sz>`, no default cell style
 * (`cellStyleXfs`), a cell with a value whose font is not `font`.
 */
export function fontProblems(book: Book, styles: string, font: { name: string; size: number }): string[] {
  const problems = [...styles.matchAll(/<font>(.*?)<\/font>/gs)]
    .filter(([, inner]) => !/<name val="[^"]+"\/>/.test(inner!) || !/<sz val="[\d.]+"\/>/.test(inner!))
    .map(([whole]) => `styles.xml: ${whole}`);
  if (!/<cellStyleXfs count="[1-9]/.test(styles)) problems.push('styles.xml: no cellStyleXfs');
  for (const sheet of book.workbook.worksheets) {
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.font?.name !== font.name || cell.font?.size !== font.size)
          problems.push(`${sheet.name}!${cell.address}: ${JSON.stringify(cell.font)}`);
      }),
    );
  }
  return problems;
}
