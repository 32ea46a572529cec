/**
 * The plan's own hidden sheet: how `opdm init --format xlsx` stores the plan in the workbook,
 * how `opdm import` reads it back, and whether the rubric in use can read the workbook.
 */
import { parseRubricRef } from './check-answers.js';
import { cellText } from './fill-in-cells.js';
import { cellRef, type SheetGrid } from './fill-in-grid.js';
import { FILL_IN_FORMAT, RUBRIC_CELL, rubricFingerprint, type FillInPlan, type PlanSheet } from './fill-in-plan.js';
import { majorOf } from './rubric-index.js';
import type { Issue, Rubric } from './types.js';

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
