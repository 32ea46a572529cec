/**
 * `opdm init --format xlsx`: the workbook an OPD fills in. One sheet per OPD (and one for the
 * city), one row per question, drop-down lists for choices and yes/no, number limits, the help as
 * a column and a note, and everything but the cells to fill in locked, so that `opdm import` can
 * read it back row by row. The plan (what is where) rides along in a hidden sheet.
 */
import type { Workbook, Worksheet } from 'exceljs';
import {
  answerLabels,
  COLUMN_COUNT,
  COLUMNS,
  FIRST_ROW,
  layoutSheet,
  oneLine,
  type FillInPlan,
  type LayoutRow,
  type PlanSheet,
} from '../../core/fill-in-plan.js';
import { LISTS_SHEET, planCells, PLAN_SHEET } from '../../core/fill-in-plan-sheet.js';
import { localize } from '../../core/localize.js';
import { isNotApplicable } from '../../core/not-applicable.js';
import { isRequired, isVolumeRequired } from '../../core/rubric-index.js';
import type { AnswerMap, CityAnswers, OpdAnswers, Rubric, ServiceAnswers } from '../../core/types.js';
import type { WorkbookMessageKey } from '../../i18n/workbook-messages.js';
import {
  fitRow,
  GREY,
  HEADER_FILL,
  Lists,
  listValidation,
  answerValidation,
  questionNote,
  prefillValue,
  SERVICE_FILL,
  unlock,
  WIDTHS,
  type Ctx,
  type FillInTexts,
} from './cells.js';

import { writeInstructions } from './instructions-sheet.js';
import { loadExcelJs } from './exceljs.js';

/** The entity a row's answers come from, when the workbook is prefilled. */
interface Source {
  answers: AnswerMap;
  evidence?: Readonly<Record<string, string>>;
}

function writeHeader(sheet: Worksheet, title: string, ctx: Ctx): void {
  const { t } = ctx.texts;
  sheet.getCell(1, 1).value = title;
  sheet.getCell(1, 1).font = { bold: true, size: 13 };
  const headers: WorkbookMessageKey[] = [
    'wb.col.key',
    'wb.col.service',
    'wb.col.question',
    'wb.col.help',
    'wb.col.answer',
    'wb.col.na',
    'wb.col.evidence',
  ];
  headers.forEach((key, i) => {
    const cell = sheet.getCell(2, i + 1);
    cell.value = t(key);
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: 'top', wrapText: true };
  });
  WIDTHS.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
}

/** One question (or option) row: structure cells locked, the cells to fill in unlocked and yellow. */
function writeQuestionRow(
  sheet: Worksheet,
  row: number,
  layout: LayoutRow & { kind: 'question' | 'option' },
  serviceName: string,
  source: Source | undefined,
  ctx: Ctx,
): void {
  const { t, words } = ctx.texts;
  const { question } = layout;
  const cells = Array.from({ length: COLUMN_COUNT }, (_, i) => sheet.getCell(row, i + 1));
  cells[COLUMNS.key - 1]!.value = layout.key;
  cells[COLUMNS.key - 1]!.font = { color: GREY, size: 9 };
  cells[COLUMNS.service - 1]!.value = serviceName;
  cells[COLUMNS.service - 1]!.font = { color: GREY };
  cells.forEach((cell, i) => {
    const isStructure = i + 1 === COLUMNS.key || i + 1 === COLUMNS.service;
    cell.alignment = { vertical: 'top', wrapText: !isStructure };
  });
  const answer = source?.answers[question.id];
  const answerCell = cells[COLUMNS.answer - 1]!;
  if (layout.kind === 'option') {
    const { options } = layout.question;
    const labels = answerLabels(layout.question, ctx.plan.lang, ctx.rubric, words);
    const at = options.findIndex((o) => o.value === layout.value);
    cells[COLUMNS.question - 1]!.value = `    - ${labels[at] ?? String(layout.value)}`;
    const help = ctx.text(options[at]?.help);
    if (help) cells[COLUMNS.help - 1]!.value = help;
    unlock(answerCell);
    answerCell.dataValidation = listValidation(ctx.lists.nameOf([words.yes, words.no]), ctx, t('wb.dv.yes-no'));
    if (Array.isArray(answer)) answerCell.value = answer.includes(layout.value) ? words.yes : words.no;
    return;
  }
  const title = cells[COLUMNS.question - 1]!;
  title.value = ctx.text(question.title) || question.id;
  title.note = questionNote(question, ctx);
  if (isRequired(question)) title.font = { bold: true };
  const help = ctx.text(question.help);
  if (help) cells[COLUMNS.help - 1]!.value = help;
  cells[COLUMNS.help - 1]!.font = { size: 9 };
  if (question.type === 'multi') {
    answerCell.value = t('wb.multi-below');
    answerCell.font = { italic: true, color: GREY };
  } else {
    unlock(answerCell);
    const validation = answerValidation(question, ctx);
    if (validation) answerCell.dataValidation = validation;
    const shown = prefillValue(question, answer, ctx);
    if (shown !== undefined) answerCell.value = shown;
  }
  if (question.allow_na) {
    unlock(cells[COLUMNS.na - 1]!);
    if (answer !== undefined && isNotApplicable(answer)) cells[COLUMNS.na - 1]!.value = answer.na;
  }
  unlock(cells[COLUMNS.evidence - 1]!);
  const evidence = source?.evidence?.[question.id];
  if (evidence !== undefined) cells[COLUMNS.evidence - 1]!.value = evidence;
}

/** A service's row: its name, volume (shown with thousands separators, stored as a number) and notes. */
function writeServiceRow(
  sheet: Worksheet,
  row: number,
  layout: LayoutRow & { kind: 'service' },
  plan: PlanSheet,
  source: ServiceAnswers | undefined,
  ctx: Ctx,
): void {
  const { t } = ctx.texts;
  const cells = Array.from({ length: COLUMN_COUNT }, (_, i) => sheet.getCell(row, i + 1));
  cells.forEach((cell, i) => {
    cell.fill = SERVICE_FILL;
    cell.font = { bold: true };
    cell.alignment = { vertical: 'top', wrapText: i + 1 !== COLUMNS.key };
  });
  cells[COLUMNS.key - 1]!.value = layout.key;
  cells[COLUMNS.key - 1]!.font = { color: GREY, size: 9 };
  const isNew = layout.entity.isBlank;
  const name = cells[COLUMNS.service - 1]!;
  if (isNew) {
    unlock(name);
    cells[COLUMNS.question - 1]!.value = t('wb.new-service');
  } else {
    name.value = plan.services[layout.entity.service]?.name ?? '';
    cells[COLUMNS.question - 1]!.value = t(isVolumeRequired(ctx.rubric) ? 'wb.volume' : 'wb.volume-optional');
    cells[COLUMNS.question - 1]!.note = t('wb.note.not-offered');
    unlock(cells[COLUMNS.na - 1]!);
  }
  const volume = cells[COLUMNS.answer - 1]!;
  unlock(volume);
  volume.numFmt = '#,##0';
  volume.dataValidation = {
    type: 'whole',
    allowBlank: true,
    operator: 'greaterThanOrEqual',
    formulae: [0],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: t('wb.dv.title'),
    error: t('wb.dv.volume'),
  };
  if (source?.annual_volume !== undefined) volume.value = source.annual_volume;
  unlock(cells[COLUMNS.evidence - 1]!);
  if (source?.notes !== undefined) cells[COLUMNS.evidence - 1]!.value = source.notes;
}

async function writeAnswersSheet(
  workbook: Workbook,
  plan: PlanSheet,
  from: CityAnswers | undefined,
  ctx: Ctx,
): Promise<void> {
  const { t } = ctx.texts;
  const sheet = workbook.addWorksheet(plan.name, {
    views: [{ state: 'frozen', xSplit: 3, ySplit: 2 }],
    // Printed for a meeting: landscape, all columns on the page's width.
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const opd: OpdAnswers | undefined = plan.opd ? from?.opds.find((o) => o.id === plan.opd?.id) : undefined;
  const title =
    plan.scope === 'city'
      ? t('wb.title.city', { city: ctx.plan.city.name })
      : t('wb.title.opd', { opd: `${plan.opd?.name ?? ''} (${plan.opd?.id ?? ''})` });
  writeHeader(sheet, title, ctx);
  const rows = layoutSheet(ctx.rubric, plan);
  let service: ServiceAnswers | undefined;
  let serviceName = '';
  rows.forEach((layout, i) => {
    const row = FIRST_ROW + i;
    if (layout.kind === 'service') {
      const planned = layout.entity.isBlank ? undefined : plan.services[layout.entity.service];
      service = planned ? opd?.services.find((s) => s.id === planned.id) : undefined;
      serviceName = planned?.name ?? '';
      writeServiceRow(sheet, row, layout, plan, service, ctx);
      return;
    }
    const scope = layout.entity.scope;
    const source: Source | undefined = scope === 'city' ? from : scope === 'opd' ? opd : service;
    writeQuestionRow(
      sheet,
      row,
      layout,
      scope === 'opd' ? t('wb.opd-row') : scope === 'city' ? '' : serviceName,
      source,
      ctx,
    );
  });
  rows.forEach((_, i) => fitRow(sheet, FIRST_ROW + i));
  sheet.autoFilter = `A2:G${FIRST_ROW + rows.length - 1}`;
  await sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    autoFilter: true,
  });
}

/**
 * The workbook's bytes for `plan`; with `from`, every answer, reason, evidence, volume and note
 * of that answers file is filled in, for review or for next year's update.
 */
export async function renderFillInWorkbook(
  rubric: Rubric,
  plan: FillInPlan,
  texts: FillInTexts,
  from?: CityAnswers,
): Promise<Uint8Array> {
  const { Workbook } = loadExcelJs();
  const workbook = new Workbook();
  workbook.creator = 'opdm';
  const defaultLang = rubric.languages[0] ?? 'id';
  const ctxBase = {
    rubric,
    plan,
    texts,
    text: (value: Parameters<typeof localize>[0]) => oneLine(localize(value, plan.lang, defaultLang) ?? ''),
  };
  // The lists fill their hidden sheet while the answer sheets are written; it goes last.
  const listsSheet = workbook.addWorksheet(LISTS_SHEET, { state: 'veryHidden' });
  const ctx: Ctx = { ...ctxBase, lists: new Lists(workbook, listsSheet) };
  await writeInstructions(workbook, ctx);
  for (const sheet of plan.sheets) await writeAnswersSheet(workbook, sheet, from, ctx);
  const planSheet = workbook.addWorksheet(PLAN_SHEET, { state: 'veryHidden' });
  planCells(plan).forEach((text, i) => (planSheet.getCell(i + 1, 1).value = text));
  (listsSheet as unknown as { orderNo: number }).orderNo = Number.MAX_SAFE_INTEGER;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
