/**
 * A filled-in workbook back to answers: every sheet of the plan, every row where the plan puts
 * it, every cell read as its question expects. Every problem is an issue on its cell
 * (`Sheet!E12`), all of them at once; `places` maps each answer's path in the answers file to
 * the cell it came from, so later checks of the answers can point at cells too.
 */
import { cellText, isBlank, readAnswer, readVolume, readYesNo, singleLine } from './fill-in-cells.js';
import { checkRows, pathKey, SheetReader, type SheetGrid } from './fill-in-grid.js';
import {
  COLUMNS,
  FIRST_ROW,
  layoutSheet,
  type FillInPlan,
  type PlanService,
  type PlanSheet,
  type YesNoWords,
} from './fill-in-plan.js';
import { slugify } from './ids.js';
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
