/**
 * Reading a fill-in workbook (`opdm import`): the file's bytes, through ExcelJS, into plain grids
 * of cell values that src/core reads as answers. Whatever Excel or LibreOffice saved in a cell
 * (rich text, a hyperlink, a formula's result, a date) becomes the text or number a person sees.
 */
import { createRequire } from 'node:module';
import type * as ExcelJS from 'exceljs';
import type { CellValue } from '../core/fill-in-cells.js';
import type { SheetGrid } from '../core/fill-in-grid.js';
import type { Issue } from '../core/types.js';
import { InvalidInputError } from '../errors.js';
import { readUserBytes } from './read-text.js';

/** Workbooks hold more than YAML: a big city's prefilled workbook is a few MB. */
const MAX_WORKBOOK_BYTES = 50 * 1024 * 1024;

/** Only the workbook model, from node_modules: see src/render/workbook/exceljs.ts. */
const loadExcelJs = (): typeof ExcelJS =>
  createRequire(import.meta.url)('exceljs/lib/exceljs.bare.js') as typeof ExcelJS;

/** A date as the ISO day a person typed (yyyy-mm-dd), or with its time when it has one. */
function dateText(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
}

/** One cell's value as core reads it. */
export function toCellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return { kind: 'date', text: dateText(value) };
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) {
    const text = (value as { text?: unknown }).text;
    return typeof text === 'string' && text !== '' ? text : String(value.hyperlink);
  }
  if ('error' in value) return { kind: 'error', text: String(value.error) };
  if ('result' in value) return value.result === undefined ? null : toCellValue(value.result as ExcelJS.CellValue);
  return null;
}

function toGrid(sheet: ExcelJS.Worksheet): SheetGrid {
  const rows = new Map<number, Map<number, CellValue>>();
  let lastRow = 0;
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    const cells = new Map<number, CellValue>();
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const value = toCellValue(cell.value);
      if (value !== null) cells.set(c, value);
    });
    if (cells.size === 0) return;
    rows.set(r, cells);
    lastRow = Math.max(lastRow, r);
  });
  return { name: sheet.name, lastRow, cell: (row, col) => rows.get(row)?.get(col) ?? null };
}

/**
 * Every sheet of the workbook at `file`, by name, hidden ones included.
 * @throws InvalidInputError: the file's own problems (missing, too large), or `workbook.unreadable`.
 */
export async function readWorkbookGrids(path: string, file = path): Promise<Map<string, SheetGrid>> {
  const bytes = readUserBytes(path, { maxBytes: MAX_WORKBOOK_BYTES, label: file });
  const { Workbook } = loadExcelJs();
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    const issue: Issue = {
      severity: 'error',
      code: 'workbook.unreadable',
      params: { reason: reason ?? '' },
      path: [],
      file,
    };
    throw new InvalidInputError([issue]);
  }
  return new Map(workbook.worksheets.map((sheet) => [sheet.name, toGrid(sheet)]));
}
