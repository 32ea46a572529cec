/**
 * The cells of the fill-in workbook: their colours, the drop-down lists and number limits, the
 * note that explains a question, and what an answer looks like in a cell.
 */
import type { Cell, DataValidation, Workbook, Worksheet } from 'exceljs';
import { answerLabels, type FillInPlan, type YesNoWords } from '../../core/fill-in-plan.js';
import { LISTS_SHEET } from '../../core/fill-in-plan-sheet.js';
import type { localize } from '../../core/localize.js';
import { isNotApplicable } from '../../core/not-applicable.js';
import { isRequired } from '../../core/rubric-index.js';
import type { Question, Rubric } from '../../core/types.js';
import type { Translate } from '../../i18n/index.js';
import type { InitMessageKey } from '../../i18n/init-messages.js';
import type { WorkbookMessageKey } from '../../i18n/workbook-messages.js';
import { describeCondition } from '../answers-template.js';

export interface FillInTexts {
  t: Translate<WorkbookMessageKey>;
  /** The questionnaire's words (ranges, units, `when` conditions), shared with the YAML template. */
  q: Translate<InitMessageKey>;
  words: YesNoWords;
  /** How the instructions name the workbook file. */
  fileLabel: string;
}

export const FILL = { type: 'pattern', pattern: 'solid' } as const;
export const INPUT_FILL = { ...FILL, fgColor: { argb: 'FFFFF2CC' } };
export const HEADER_FILL = { ...FILL, fgColor: { argb: 'FFDCE6F0' } };
export const SERVICE_FILL = { ...FILL, fgColor: { argb: 'FFEDEDED' } };
export const GREY = { argb: 'FF808080' };
export const WIDTHS = [34, 28, 52, 48, 36, 28, 36];

/**
 * A row's height for its wrapped texts: Excel and LibreOffice grow a row only when its height is
 * left automatic and the file is opened by them, not by every reader; a height set here always
 * shows the whole text. About one character per width unit (11 pt), a fifth more at 9 pt.
 */
export function fitRow(sheet: Worksheet, row: number): void {
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
export class Lists {
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

export interface Ctx {
  rubric: Rubric;
  plan: FillInPlan;
  texts: FillInTexts;
  lists: Lists;
  text: (value: Parameters<typeof localize>[0]) => string;
}

export function unlock(cell: Cell): void {
  cell.protection = { locked: false };
  cell.fill = INPUT_FILL;
}

export function listValidation(name: string, ctx: Ctx, prompt: string): DataValidation {
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
export function rangeText(
  question: Question & { type: 'number' },
  ctx: Ctx,
): { min: number; max?: number; text: string } {
  const min = Math.max(question.min ?? -Infinity, question.bands[0]?.min ?? -Infinity);
  const parts = [
    ctx.texts.q('q.min', { min }),
    question.max === undefined ? '' : ctx.texts.q('q.max', { max: question.max }),
  ];
  return { min, ...(question.max === undefined ? {} : { max: question.max }), text: parts.filter(Boolean).join(', ') };
}

/** The answer cell's list or limits. */
export function answerValidation(question: Question, ctx: Ctx): DataValidation | undefined {
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
export function questionNote(question: Question, ctx: Ctx): string {
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

export const findQuestion = (rubric: Rubric, id: string): Question | undefined =>
  rubric.sections.flatMap((s) => s.questions).find((q) => q.id === id);

/** An answer value as the workbook shows it: an option's label, yes/no, the number or text. */
export function valueLabel(question: Question | undefined, value: unknown, ctx: Ctx): string {
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
export function prefillValue(question: Question, value: unknown, ctx: Ctx): string | number | undefined {
  if (value === undefined || isNotApplicable(value as never)) return undefined;
  if (question.type === 'number' && typeof value === 'number') return value;
  if (question.type === 'text') return String(value);
  return valueLabel(question, value, ctx);
}
