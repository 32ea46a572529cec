/**
 * ExcelJS, loaded when a command needs it and from node_modules, not from the CLI's bundle: it is
 * some 200 modules that every other command would otherwise pay to start. Only the workbook
 * model (`exceljs.bare`): no streaming reader or writer, no CSV.
 */
import { createRequire } from 'node:module';
import type * as ExcelJS from 'exceljs';

export type ExcelJs = typeof ExcelJS;

let loaded: ExcelJs | undefined;

export function loadExcelJs(): ExcelJs {
  loaded ??= createRequire(import.meta.url)('exceljs/lib/exceljs.bare.js') as ExcelJs;
  return loaded;
}
