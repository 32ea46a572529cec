/** The workbook's first sheet: what it is for, and how to fill it in and send it back. */
import type { Workbook } from 'exceljs';
import { RUBRIC_CELL } from '../../core/fill-in-plan.js';
import type { WorkbookMessageKey } from '../../i18n/workbook-messages.js';
import { fitRow, type Ctx } from './cells.js';

export async function writeInstructions(workbook: Workbook, ctx: Ctx): Promise<void> {
  const { t } = ctx.texts;
  const { plan } = ctx;
  const sheet = workbook.addWorksheet(plan.instructions);
  sheet.getColumn(1).width = 16;
  sheet.getColumn(2).width = 110;
  sheet.getCell(1, 1).value = t('wb.ins.title', { city: plan.city.name, period: plan.period });
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  const opds = plan.sheets.filter((s) => s.opd).map((s) => `${s.opd?.name ?? ''} (${s.name})`);
  const facts: [WorkbookMessageKey, string][] = [
    ['wb.ins.city', plan.city.name],
    ['wb.ins.period', plan.period],
    ['wb.ins.rubric', plan.rubric],
    ['wb.ins.opds', opds.join('; ')],
  ];
  facts.forEach(([label, value], i) => {
    const row = RUBRIC_CELL.row - 2 + i;
    sheet.getCell(row, 1).value = t(label);
    sheet.getCell(row, 1).font = { bold: true };
    sheet.getCell(row, 2).value = value;
    sheet.getCell(row, 2).alignment = { wrapText: true, vertical: 'top' };
  });
  const city = plan.sheets.find((s) => s.scope === 'city')?.name ?? t('wb.sheet.city');
  const file = ctx.texts.fileLabel;
  const sections: [WorkbookMessageKey, WorkbookMessageKey[]][] = [
    ['wb.ins.how', ['wb.ins.1', 'wb.ins.2', 'wb.ins.3', 'wb.ins.4', 'wb.ins.5', 'wb.ins.6', 'wb.ins.7', 'wb.ins.8']],
    ['wb.ins.back', ['wb.ins.back-1', 'wb.ins.back-2']],
  ];
  let row = RUBRIC_CELL.row + 3;
  for (const [heading, bullets] of sections) {
    sheet.getCell(row, 1).value = t(heading);
    sheet.getCell(row, 1).font = { bold: true, size: 12 };
    row++;
    bullets.forEach((key, i) => {
      sheet.getCell(row, 1).value = `${i + 1}.`;
      sheet.getCell(row, 1).alignment = { horizontal: 'right', vertical: 'top' };
      sheet.getCell(row, 2).value = t(key, { city, file });
      sheet.getCell(row, 2).alignment = { wrapText: true, vertical: 'top' };
      fitRow(sheet, row);
      row++;
    });
    row++;
  }
  await sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  });
}
