/**
 * `opdm init --format xlsx`: the workbook an OPD fills in. One sheet per OPD (and one for the
 * city), one row per question, drop-down lists for choices and yes/no, number limits, the help as
 * a column and a note, and everything but the cells to fill in locked, so that `opdm import` can
 * read it back row by row. The plan (what is where) rides along in a hidden sheet.
 */
import type { Cell, DataValidation, Workbook, Worksheet } from 'exceljs';
import {
  answerLabels,
  COLUMN_COUNT,
  COLUMNS,
  FIRST_ROW,
  layoutSheet,
  oneLine,
  RUBRIC_CELL,
  type FillInPlan,
  type LayoutRow,
  type PlanSheet,
  type YesNoWords,
} from '../../core/fill-in-plan.js';
import { LISTS_SHEET, planCells, PLAN_SHEET } from '../../core/fill-in-read.js';
import { localize } from '../../core/localize.js';
import { isNotApplicable } from '../../core/outcome.js';
import { isRequired, isVolumeRequired } from '../../core/rubric-index.js';
import type { AnswerMap, CityAnswers, OpdAnswers, Question, Rubric, ServiceAnswers } from '../../core/types.js';
import type { Translate } from '../../i18n/index.js';
import type { InitMessageKey } from '../../i18n/init-messages.js';
import type { WorkbookMessageKey } from '../../i18n/workbook-messages.js';
import { describeCondition } from '../answers-template.js';
import { loadExcelJs } from './exceljs.js';

export interface FillInTexts {
  t: Translate<WorkbookMessageKey>;
  /** The questionnaire's words (ranges, units, `when` conditions), shared with the YAML template. */
  q: Translate<InitMessageKey>;
  words: YesNoWords;
  /** How the instructions name the workbook file. */
  fileLabel: string;
}

const FILL = { type: 'pattern', pattern: 'solid' } as const;
const INPUT_FILL = { ...FILL, fgColor: { argb: 'FFFFF2CC' } };
const HEADER_FILL = { ...FILL, fgColor: { argb: 'FFDCE6F0' } };
const SERVICE_FILL = { ...FILL, fgColor: { argb: 'FFEDEDED' } };
const GREY = { argb: 'FF808080' };
const WIDTHS = [34, 28, 52, 48, 36, 28, 36];

/**
 * A row's height for its wrapped texts: Excel and LibreOffice grow a row only when its height is
 * left automatic and the file is opened by them, not by every reader; a height set here always
 * shows the whole text. About one character per width unit (11 pt), a fifth more at 9 pt.
 */
function fitRow(sheet: Worksheet, row: number): void {
  let lines = 1;
  sheet.getRow(row).eachCell((cell, col) => {
    if (cell.alignment?.wrapText !== true || typeof cell.value !== 'string') return;
    const width = (sheet.getColumn(col).width ?? 10) * ((cell.font?.size ?? 11) < 11 ? 1.2 : 1) - 1;
    const count = cell.value.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / width)), 0);
    lines = Math.max(lines, count);
  });
  if (lines > 1) sheet.getRow(row).height = lines * 14 + 2;
}

/** The drop-down lists: one column of the hidden sheet per distinct list, named for validations. */
class Lists {
  private readonly byText = new Map<string, string>();
  constructor(
    private readonly workbook: Workbook,
    private readonly sheet: Worksheet,
  ) {}
  /** The defined name of the list holding `items`, made once per distinct list. */
  nameOf(items: readonly string[]): string {
    const text = items.join('\n');
    let name = this.byText.get(text);
    if (name) return name;
    const col = this.byText.size + 1;
    name = `opdm_list_${col}`;
    items.forEach((item, i) => (this.sheet.getCell(i + 1, col).value = item));
    const letters = this.sheet.getColumn(col).letter;
    this.workbook.definedNames.add(`${LISTS_SHEET}!$${letters}$1:$${letters}$${items.length}`, name);
    this.byText.set(text, name);
    return name;
  }
}

interface Ctx {
  rubric: Rubric;
  plan: FillInPlan;
  texts: FillInTexts;
  lists: Lists;
  text: (value: Parameters<typeof localize>[0]) => string;
}

function unlock(cell: Cell): void {
  cell.protection = { locked: false };
  cell.fill = INPUT_FILL;
}

function listValidation(name: string, ctx: Ctx, prompt: string): DataValidation {
  return {
    type: 'list',
    allowBlank: true,
    formulae: [name],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: ctx.texts.t('wb.dv.title'),
    error: prompt,
  };
}

/** `0 to 100`, `at least 0`: a number question's range in words. */
function rangeText(question: Question & { type: 'number' }, ctx: Ctx): { min: number; max?: number; text: string } {
  const min = Math.max(question.min ?? -Infinity, question.bands[0]?.min ?? -Infinity);
  const parts = [
    ctx.texts.q('q.min', { min }),
    question.max === undefined ? '' : ctx.texts.q('q.max', { max: question.max }),
  ];
  return { min, ...(question.max === undefined ? {} : { max: question.max }), text: parts.filter(Boolean).join(', ') };
}

/** The answer cell's list or limits. */
function answerValidation(question: Question, ctx: Ctx): DataValidation | undefined {
  const { t, words } = ctx.texts;
  if (question.type === 'choice' || question.type === 'boolean') {
    const labels = answerLabels(question, ctx.plan.lang, ctx.rubric, words);
    return listValidation(
      ctx.lists.nameOf(labels),
      ctx,
      t(question.type === 'boolean' ? 'wb.dv.yes-no' : 'wb.dv.list'),
    );
  }
  if (question.type !== 'number') return undefined;
  const range = rangeText(question, ctx);
  return {
    type: 'decimal',
    allowBlank: true,
    operator: range.max === undefined ? 'greaterThanOrEqual' : 'between',
    formulae: range.max === undefined ? [range.min] : [range.min, range.max],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: t('wb.dv.title'),
    error: t('wb.dv.number', { range: range.text }),
  };
}

/** The note on a question's cell: its help, what each answer means, when it is asked, n/a. */
function questionNote(question: Question, ctx: Ctx): string {
  const { t, q, words } = ctx.texts;
  const lines = [ctx.text(question.help)];
  if (question.type === 'choice' || question.type === 'multi' || question.type === 'boolean') {
    const labels = answerLabels(question, ctx.plan.lang, ctx.rubric, words);
    const helps = question.type === 'boolean' ? [] : question.options.map((o) => ctx.text(o.help));
    lines.push(...labels.map((label, i) => `- ${label}${helps[i] ? `: ${helps[i]}` : ''}`));
  }
  if (question.type === 'number') {
    const unit = ctx.text(question.unit);
    lines.push([rangeText(question, ctx).text, unit ? q('q.unit', { unit }) : ''].filter(Boolean).join('; '));
  }
  if (question.type === 'multi') lines.push(t('wb.note.multi'));
  if (question.when)
    lines.push(
      q('q.when', {
        condition: describeCondition(
          question.when,
          q,
          (id) => ctx.text(findQuestion(ctx.rubric, id)?.title) || id,
          (id, v) => valueLabel(findQuestion(ctx.rubric, id), v, ctx),
        ),
      }),
    );
  if (question.allow_na) lines.push(t('wb.note.na'));
  if (!isRequired(question)) lines.push(t('wb.note.optional'));
  return lines.filter((l): l is string => Boolean(l)).join('\n');
}

const findQuestion = (rubric: Rubric, id: string): Question | undefined =>
  rubric.sections.flatMap((s) => s.questions).find((q) => q.id === id);

/** An answer value as the workbook shows it: an option's label, yes/no, the number or text. */
function valueLabel(question: Question | undefined, value: unknown, ctx: Ctx): string {
  if (Array.isArray(value)) return value.map((v) => valueLabel(question, v, ctx)).join(', ');
  if (question && (question.type === 'choice' || question.type === 'multi' || question.type === 'boolean')) {
    const labels = answerLabels(question, ctx.plan.lang, ctx.rubric, ctx.texts.words);
    const at =
      question.type === 'boolean' ? (value === true ? 0 : 1) : question.options.findIndex((o) => o.value === value);
    if (labels[at] !== undefined) return labels[at];
  }
  return String(value);
}

/** What the answer cell shows for a prefilled answer. */
function prefillValue(question: Question, value: unknown, ctx: Ctx): string | number | undefined {
  if (value === undefined || isNotApplicable(value as never)) return undefined;
  if (question.type === 'number' && typeof value === 'number') return value;
  if (question.type === 'text') return String(value);
  return valueLabel(question, value, ctx);
}

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

async function writeInstructions(workbook: Workbook, ctx: Ctx): Promise<void> {
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
