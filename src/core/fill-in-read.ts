/**
 * A filled-in workbook back to answers: every sheet of the plan, every row where the plan puts
 * it, every cell read as its question expects. Every problem is an issue on its cell
 * (`Sheet!E12`), all of them at once; `places` maps each answer's path in the answers file to
 * the cell it came from, so later checks of the answers can point at cells too.
 */
import {
  cellText,
  isBlank,
  readAnswer,
  readVolume,
  readYesNo,
  singleLine,
  type CellValue,
  type Problem,
} from './fill-in-cells.js';
import {
  COLUMNS,
  FILL_IN_FORMAT,
  FIRST_ROW,
  RUBRIC_CELL,
  rubricFingerprint,
  layoutSheet,
  type FillInPlan,
  type LayoutRow,
  type PlanService,
  type PlanSheet,
  type YesNoWords,
} from './fill-in-plan.js';
import { parseRubricRef } from './check-answers.js';
import { slugify } from './ids.js';
import { majorOf } from './rubric-index.js';
import type {
  AnswerValue,
  CityAnswers,
  DocPath,
  Issue,
  OpdAnswers,
  OptionValue,
  Question,
  Rubric,
  ServiceAnswers,
} from './types.js';

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

export interface FillInRead {
  answers: CityAnswers;
  issues: Issue[];
  /** {@link pathKey} of a path in `answers` -> the cell it was read from. */
  places: Map<string, string>;
  /** Which OPDs (by id) and whether the city's questions the workbook covers: an import updates only these. */
  coverage: { city: boolean; opds: string[] };
}

/** The answers of one entity as read, with the cell of each (paths relative to the entity). */
interface Entity {
  answers: Record<string, AnswerValue>;
  evidence: Record<string, string>;
  cells: [path: DocPath, cell: string][];
}
const newEntity = (): Entity => ({ answers: {}, evidence: {}, cells: [] });

/** A service block as read: its row, what it holds, and whether it stays in the answers file. */
interface Block extends Entity {
  row: number;
  id: string;
  name: string;
  volume?: number;
  notes?: string;
  isNew: boolean;
  hasContent: boolean;
  isLeftOut: boolean;
}

class SheetReader {
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
function checkRows(reader: SheetReader, rows: readonly LayoutRow[]): boolean {
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

interface ReadContext {
  rubric: Rubric;
  plan: FillInPlan;
  words: YesNoWords;
}

/** A question's row: its evidence, its not-applicable reason, and its answer as its type reads it. */
function readQuestionRow(reader: SheetReader, ctx: ReadContext, row: number, question: Question, entity: Entity): void {
  const answerCell = reader.value(row, COLUMNS.answer);
  const naCell = reader.value(row, COLUMNS.na);
  const evidenceCell = reader.value(row, COLUMNS.evidence);
  // Every question has a cell, answered or not: "a required answer is missing" points at it.
  const firstAnswerRow = question.type === 'multi' ? row + 1 : row;
  entity.cells.push([['answers', question.id], reader.at(firstAnswerRow, COLUMNS.answer)]);
  if (!isBlank(evidenceCell)) {
    entity.evidence[question.id] = singleLine(cellText(evidenceCell));
    entity.cells.push([['evidence', question.id], reader.at(row, COLUMNS.evidence)]);
  }
  if (!isBlank(naCell)) {
    if (question.allow_na !== true)
      return reader.report(row, COLUMNS.na, { code: 'workbook.na-not-allowed', params: {} });
    if (!isBlank(answerCell) && question.type !== 'multi')
      return reader.report(row, COLUMNS.answer, { code: 'workbook.answer-and-na', params: {} });
    entity.answers[question.id] = { na: singleLine(cellText(naCell)) };
    entity.cells.push([['answers', question.id], reader.at(row, COLUMNS.na)]);
    return;
  }
  // A multiple choice's own answer cell only says to answer in the option rows below it.
  if (question.type === 'multi' || isBlank(answerCell)) return;
  const read = readAnswer(question, answerCell, ctx.rubric, ctx.plan.lang, ctx.words);
  if ('problem' in read) return reader.report(row, COLUMNS.answer, read.problem);
  entity.answers[question.id] = typeof read.value === 'string' ? singleLine(read.value) : read.value;
  entity.cells.push([['answers', question.id], reader.at(row, COLUMNS.answer)]);
}

/** The option rows of a multiple choice: yes adds the option; all empty leaves the question unanswered. */
function readOptionRows(reader: SheetReader, ctx: ReadContext, multi: PendingMulti): void {
  const chosen: OptionValue[] = [];
  let isAnswered = false;
  for (const { row, value } of multi.options) {
    for (const col of [COLUMNS.na, COLUMNS.evidence])
      if (!isBlank(reader.value(row, col)))
        reader.report(row, col, { code: 'workbook.option-cell', params: { row: multi.row } });
    const cell = reader.value(row, COLUMNS.answer);
    if (isBlank(cell)) continue;
    const read = readYesNo(cell, ctx.words);
    if ('problem' in read) {
      reader.report(row, COLUMNS.answer, read.problem);
      continue;
    }
    isAnswered = true;
    if (read.value) chosen.push(value);
  }
  if (multi.entity.answers[multi.id] !== undefined) {
    if (isAnswered) reader.report(multi.row, COLUMNS.na, { code: 'workbook.answer-and-na', params: {} });
    return;
  }
  if (!isAnswered) return;
  multi.entity.answers[multi.id] = chosen;
  multi.entity.cells.push([['answers', multi.id], reader.at(multi.options[0]!.row, COLUMNS.answer)]);
}

interface PendingMulti {
  row: number;
  id: string;
  entity: Entity;
  options: { row: number; value: OptionValue }[];
}

/** The row of a service: its name (typed in, for a new one), volume, not-offered reason and notes. */
function readServiceRow(reader: SheetReader, row: number, planned: PlanService | undefined): Block {
  const typed = singleLine(cellText(reader.value(row, COLUMNS.service)));
  const block: Block = {
    ...newEntity(),
    row,
    id: planned?.id ?? '',
    name: typed || planned?.name || '',
    isNew: planned === undefined,
    hasContent: typed !== '',
    isLeftOut: false,
  };
  block.cells.push(
    [['id'], reader.at(row, COLUMNS.service)],
    [['name'], reader.at(row, COLUMNS.service)],
    [[], reader.at(row, COLUMNS.service)],
  );
  const volume = reader.value(row, COLUMNS.answer);
  block.cells.push([['annual_volume'], reader.at(row, COLUMNS.answer)]);
  if (!isBlank(volume)) {
    block.hasContent = true;
    const read = readVolume(volume);
    if ('problem' in read) reader.report(row, COLUMNS.answer, read.problem);
    else block.volume = read.value;
  }
  const notes = reader.value(row, COLUMNS.evidence);
  block.notes = isBlank(notes) ? planned?.notes : cellText(notes).replace(/\r\n?/g, '\n');
  if (!isBlank(notes)) block.hasContent = true;
  block.cells.push([['notes'], reader.at(row, COLUMNS.evidence)]);
  const notOffered = reader.value(row, COLUMNS.na);
  if (!isBlank(notOffered) && planned !== undefined) {
    block.isLeftOut = true;
    reader.report(
      row,
      COLUMNS.na,
      { code: 'workbook.service-left-out', params: { service: planned.id, reason: cellText(notOffered) } },
      'warning',
    );
  }
  return block;
}

/** Reads one sheet: the city's or the OPD's own answers into `owner`, and its service blocks. */
function readSheet(reader: SheetReader, ctx: ReadContext, sheet: PlanSheet, owner: Entity): Block[] {
  const rows = layoutSheet(ctx.rubric, sheet);
  if (!checkRows(reader, rows)) return [];
  const blocks: Block[] = [];
  let multi: PendingMulti | undefined;
  const flush = () => {
    if (multi) readOptionRows(reader, ctx, multi);
    multi = undefined;
  };
  rows.forEach((layout, i) => {
    const row = FIRST_ROW + i;
    if (layout.kind !== 'option') flush();
    if (layout.kind === 'service') {
      const planned = layout.entity.isBlank ? undefined : sheet.services[layout.entity.service];
      blocks.push(readServiceRow(reader, row, planned));
      return;
    }
    const block = layout.entity.scope === 'service' ? blocks.at(-1) : undefined;
    const entity = block ?? owner;
    const isMultiRow = layout.kind === 'question' && layout.question.type === 'multi';
    const filled = [...(isMultiRow ? [] : [COLUMNS.answer]), COLUMNS.na, COLUMNS.evidence];
    if (block && filled.some((c) => !isBlank(reader.value(row, c)))) block.hasContent = true;
    if (layout.kind === 'question') {
      readQuestionRow(reader, ctx, row, layout.question, entity);
      if (isMultiRow) multi = { row, id: layout.question.id, entity, options: [] };
      return;
    }
    multi?.options.push({ row, value: layout.value });
  });
  flush();
  return blocks;
}

/** The blocks that become services: a new block left empty is none; one with content needs a name. */
function keepServices(reader: SheetReader, sheet: PlanSheet, blocks: readonly Block[]): Block[] {
  const ids = new Set(sheet.services.map((s) => s.id));
  return blocks.filter((block) => {
    if (block.isLeftOut) return false;
    if (!block.isNew) return true;
    if (block.name === '') {
      if (block.hasContent)
        reader.report(block.row, COLUMNS.service, { code: 'workbook.new-service-name', params: {} });
      return false;
    }
    block.id = slugify(block.name);
    if (block.id === '' || ids.has(block.id)) {
      reader.report(block.row, COLUMNS.service, {
        code: 'workbook.new-service-id',
        params: { name: block.name, id: block.id },
      });
      return false;
    }
    ids.add(block.id);
    return true;
  });
}

/** Drops an empty evidence map: an answers file leaves it out. */
const evidenceOf = (entity: Entity) => (Object.keys(entity.evidence).length > 0 ? { evidence: entity.evidence } : {});

function toService(block: Block): ServiceAnswers {
  return {
    id: block.id,
    name: block.name,
    ...(block.volume === undefined ? {} : { annual_volume: block.volume }),
    answers: block.answers,
    ...evidenceOf(block),
    ...(block.notes === undefined ? {} : { notes: block.notes }),
  };
}

/**
 * Reads a workbook made from `plan` (already checked against `rubric` by the caller) into an
 * answers file's data. `grids` holds the workbook's sheets by name.
 */
export function readFillIn(
  rubric: Rubric,
  plan: FillInPlan,
  grids: ReadonlyMap<string, SheetGrid>,
  words: YesNoWords,
): FillInRead {
  const ctx: ReadContext = { rubric, plan, words };
  const places = new Map<string, string>();
  const place = (base: DocPath, entity: Entity) => {
    for (const [path, cell] of entity.cells) places.set(pathKey([...base, ...path]), cell);
  };
  const issues: Issue[] = [];
  const city = newEntity();
  const opds: OpdAnswers[] = [];
  for (const sheet of plan.sheets) {
    const grid =
      grids.get(sheet.name) ?? [...grids.values()].find((g) => g.name.toLowerCase() === sheet.name.toLowerCase());
    if (!grid) {
      issues.push({
        severity: 'error',
        code: 'workbook.sheet-missing',
        params: { sheet: sheet.name },
        path: [],
        cell: `${sheet.name}!A1`,
      });
      continue;
    }
    const reader = new SheetReader(grid);
    const owner = sheet.scope === 'city' ? city : newEntity();
    const blocks = keepServices(reader, sheet, readSheet(reader, ctx, sheet, owner));
    issues.push(...reader.issues);
    if (sheet.scope === 'city' || !sheet.opd) continue;
    const base: DocPath = ['opds', opds.length];
    place(base, owner);
    blocks.forEach((block, i) => place([...base, 'services', i], block));
    const { id, name, notes } = sheet.opd;
    opds.push({
      id,
      name,
      ...(notes === undefined ? {} : { notes }),
      answers: owner.answers,
      ...evidenceOf(owner),
      services: blocks.map(toService),
    });
  }
  place([], city);
  const answers: CityAnswers = {
    rubric: plan.rubric,
    city: plan.city,
    period: plan.period,
    ...(plan.assessed_at === undefined ? {} : { assessed_at: plan.assessed_at }),
    ...(plan.assessors === undefined ? {} : { assessors: plan.assessors }),
    ...(plan.notes === undefined ? {} : { notes: plan.notes }),
    answers: city.answers,
    ...evidenceOf(city),
    opds,
  };
  const coverage = { city: plan.sheets.some((s) => s.scope === 'city'), opds: opds.map((o) => o.id) };
  return { answers, issues, places, coverage };
}

/** The hidden sheet that holds the plan: its format in A1, the plan's parts as JSON below. */
export const PLAN_SHEET = 'opdm';
/** The hidden sheet that holds the drop-down lists. */
export const LISTS_SHEET = 'opdm_lists';

/** The plan's cells: A1 the format, A2 the workbook's header, then one sheet per row. */
export function planCells(plan: FillInPlan): string[] {
  const { sheets, ...header } = plan;
  return [plan.format, JSON.stringify(header), ...sheets.map((s) => JSON.stringify(s))];
}

/** The plan read back from its sheet, or undefined when the workbook holds none (not made by opdm). */
export function readPlan(grid: SheetGrid | undefined): FillInPlan | undefined {
  if (grid === undefined || cellText(grid.cell(1, 1)) !== FILL_IN_FORMAT) return undefined;
  try {
    const header = JSON.parse(cellText(grid.cell(2, 1))) as Omit<FillInPlan, 'sheets'>;
    const sheets: PlanSheet[] = [];
    for (let row = 3; row <= grid.lastRow; row++) sheets.push(JSON.parse(cellText(grid.cell(row, 1))) as PlanSheet);
    const isPlan =
      typeof header.rubric === 'string' &&
      typeof header.instructions === 'string' &&
      sheets.every((s) => typeof s.name === 'string' && Array.isArray(s.services) && typeof s.blanks === 'number');
    return isPlan ? { ...header, sheets } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A workbook made for another rubric, another major version, or another layout of questions
 * (its fingerprint) cannot be read row by row: one issue, on the cell that names its rubric.
 */
export function checkPlanRubric(plan: FillInPlan, rubric: Rubric): Issue | undefined {
  const using = `${rubric.rubric}@${rubric.version}`;
  const cell = cellRef(plan.instructions, RUBRIC_CELL.row, RUBRIC_CELL.col);
  const made = parseRubricRef(plan.rubric);
  const issue = (code: string): Issue => ({
    severity: 'error',
    code,
    params: { made: plan.rubric, using },
    path: [],
    cell,
  });
  if (made === null || made.id !== rubric.rubric || made.major !== majorOf(rubric.version))
    return issue('workbook.other-rubric');
  if (plan.fingerprint !== rubricFingerprint(rubric)) return issue('workbook.other-layout');
  return undefined;
}
