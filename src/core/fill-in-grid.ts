/**
 * A workbook's sheet as core reads it: cells by row and column, their references (`Sheet!E12`),
 * and the check that every row of the plan is where the plan put it.
 */
import { cellText, isBlank, type CellValue, type Problem } from './fill-in-cells.js';
import { COLUMNS, FIRST_ROW, type LayoutRow } from './fill-in-plan.js';
import type { DocPath, Issue } from './types.js';

/** One sheet's cells, 1-based. */
export interface SheetGrid {
  name: string;
  cell(row: number, col: number): CellValue;
  /** The last row holding anything. */
  lastRow: number;
}

/** `A`..`Z`, `AA`..: a column's letters. */
export function columnLetters(col: number): string {
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export const cellRef = (sheet: string, row: number, col: number): string => `${sheet}!${columnLetters(col)}${row}`;

export const pathKey = (path: DocPath): string => path.join('\u0001');

/** One sheet being read: its cells, and the issues found on them. */
export class SheetReader {
  readonly issues: Issue[] = [];
  constructor(readonly grid: SheetGrid) {}

  at(row: number, col: number): string {
    return cellRef(this.grid.name, row, col);
  }
  value(row: number, col: number): CellValue {
    return this.grid.cell(row, col);
  }
  report(row: number, col: number, problem: Problem, severity: Issue['severity'] = 'error'): void {
    this.issues.push({ severity, code: problem.code, params: problem.params, path: [], cell: this.at(row, col) });
  }
}

/**
 * Checks that each row holds the key the plan puts there: a moved, deleted or inserted row, or
 * a workbook of another layout, is named at its key cell. Returns whether all rows are in place.
 */
export function checkRows(reader: SheetReader, rows: readonly LayoutRow[]): boolean {
  const expectedAt = new Map(rows.map((r, i) => [r.key, FIRST_ROW + i]));
  let isInPlace = true;
  const last = FIRST_ROW + rows.length - 1;
  for (let row = FIRST_ROW; row <= Math.max(reader.grid.lastRow, last); row++) {
    const expected = rows[row - FIRST_ROW];
    const found = cellText(reader.value(row, COLUMNS.key));
    if (expected !== undefined && found === expected.key) continue;
    const belongs = expectedAt.get(found);
    if (expected === undefined) {
      const cols = [COLUMNS.key, COLUMNS.service, COLUMNS.answer, COLUMNS.na, COLUMNS.evidence];
      if (cols.every((c) => isBlank(reader.value(row, c)))) continue;
      reader.report(row, COLUMNS.key, { code: 'workbook.extra-row', params: { last } });
    } else if (belongs !== undefined)
      reader.report(row, COLUMNS.key, {
        code: 'workbook.row-moved',
        params: { found, row: belongs, expected: expected.key },
      });
    else if (found === '')
      reader.report(row, COLUMNS.key, { code: 'workbook.row-missing', params: { expected: expected.key } });
    else reader.report(row, COLUMNS.key, { code: 'workbook.row-unknown', params: { found, expected: expected.key } });
    isInPlace = false;
  }
  return isInPlace;
}
