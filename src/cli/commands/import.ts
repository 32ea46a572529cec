import { resolve } from 'node:path';
import { pathKey } from '../../core/fill-in-grid.js';
import { checkPlanRubric, PLAN_SHEET, readPlan } from '../../core/fill-in-plan-sheet.js';
import { readFillIn, type FillInRead } from '../../core/fill-in-read.js';
import { checkAnswers } from '../../core/check-answers.js';
import { findIgnoredAnswers } from '../../core/ignored-answers.js';
import { isRequired } from '../../core/rubric-index.js';
import { scoreCity, type CityScore } from '../../core/score.js';
import type { CityAnswers, DocPath, Issue, Rubric } from '../../core/types.js';
import { InvalidInputError, UsageError } from '../../errors.js';
import { translator } from '../../i18n/index.js';
import { workbookMessages } from '../../i18n/workbook-messages.js';
import { pathExists } from '../../io/paths.js';
import { expectKind } from '../../io/file-kind.js';
import { loadRubric, resolveRubricFile } from '../../io/load.js';
import { readTextFile } from '../../io/read-text.js';
import { readWorkbookGrids } from '../../io/read-workbook.js';
import { writeOutputAtomic } from '../../io/write-output.js';
import { parseYamlFile } from '../../io/yaml-fast.js';
import { AnswersDoc } from '../../prompts/answers-doc.js';
import { formatPercent } from '../../render/format.js';
import { checkAnswersShape } from '../../schema/validate.js';
import type { CliEnv } from '../env.js';
import { printIssues } from '../print-issues.js';
import type { Options } from '../options.js';
import { yesNoWords } from './init-workbook.js';

const errorsIn = (issues: readonly Issue[]) => issues.filter((i) => i.severity === 'error');

/** The cell an answers-file path came from: the path's own, or its nearest ancestor's. */
function cellOf(read: FillInRead, path: DocPath): string | undefined {
  for (let n = path.length; n >= 0; n--) {
    const cell = read.places.get(pathKey(path.slice(0, n)));
    if (cell !== undefined) return cell;
  }
  return undefined;
}

/** Checks of the answers file the workbook becomes, each placed on its cell. */
function checkImported(rubric: Rubric, answers: CityAnswers, read: FillInRead, file: string): Issue[] {
  const shape = checkAnswersShape(structuredClone(answers));
  const found = shape.length > 0 ? shape : checkAnswers(rubric, answers);
  return found.map((issue) => {
    // A volume the rubric needs: the cell to fill in is the volume's, not the name's.
    const isVolume = issue.code === 'answers.volume-required';
    const path = isVolume ? [...issue.path.slice(0, -1), 'annual_volume'] : issue.path;
    const cell = cellOf(read, path);
    const code = isVolume ? 'workbook.volume-required' : issue.code;
    return { ...issue, code, file, ...(cell === undefined ? {} : { cell }) };
  });
}

/** Required questions that apply and are still empty, in the workbook's order, by their cells. */
function missingAnswers(score: CityScore, read: FillInRead, file: string): Issue[] {
  const missing: Issue[] = [];
  const visit = (questions: CityScore['questions'], base: DocPath) => {
    for (const r of questions) {
      if (r.status !== 'unanswered' || !isRequired(r.entry.question)) continue;
      const cell = read.places.get(pathKey([...base, 'answers', r.entry.question.id]));
      if (cell !== undefined)
        missing.push({ severity: 'error', code: 'workbook.required-missing', params: {}, path: [], file, cell });
    }
  };
  visit(score.questions, []);
  score.opds.forEach((opd, oi) => {
    visit(opd.questions, ['opds', oi]);
    opd.services.forEach((service, si) => visit(service.questions, ['opds', oi, 'services', si]));
  });
  return missing;
}

/** The answers file to update: its text as an editable document, after the loader's YAML checks. */
async function readExisting(file: string): Promise<AnswersDoc> {
  const text = await readTextFile(file);
  const source = await parseYamlFile(text, file);
  if (errorsIn(source.issues).length > 0) throw new InvalidInputError(source.issues);
  expectKind(source.value, 'answers file', file);
  return AnswersDoc.parse(text);
}

/** `opdm import WORKBOOK [-o ANSWERS]`: a filled-in workbook back to an answers file. */
export async function run(args: readonly unknown[], options: Options, env: CliEnv): Promise<number> {
  const { lang } = options;
  const t = translator(workbookMessages, lang);
  const file = String(args[0]);
  if (/\.ya?ml$/i.test(file)) throw new UsageError('import.not-xlsx', { file });
  const grids = await readWorkbookGrids(resolve(env.cwd, file), file);
  const plan = readPlan(grids.get(PLAN_SHEET));
  if (plan === undefined)
    throw new InvalidInputError([{ severity: 'error', code: 'workbook.not-opdm', params: {}, path: [], file }]);
  const rubricFile = resolveRubricFile({ rubric: plan.rubric } as CityAnswers, options.rubric, file);
  const loaded = await loadRubric(rubricFile);
  await printIssues(env, loaded.warnings, lang);
  const { rubric } = loaded;
  const other = checkPlanRubric(plan, rubric);
  if (other) throw new InvalidInputError([{ ...other, file }]);

  const read = readFillIn(rubric, plan, grids, yesNoWords(lang));
  const output = options.output === undefined || options.output === '-' ? undefined : options.output;
  const target = output === undefined ? undefined : resolve(env.cwd, output);
  const isUpdate = target !== undefined && pathExists(target);
  const doc = isUpdate ? await readExisting(target) : AnswersDoc.create(headerOf(read.answers));
  if (!isUpdate && read.answers.notes !== undefined) doc.setField({ scope: 'city' }, 'notes', read.answers.notes);
  doc.update(read.answers, read.coverage);
  const answers = doc.read();

  const cellIssues = read.issues.map((i) => ({ ...i, file }));
  // Every problem at once: the checks of the answers run also when cells were wrong, on what the
  // other cells say; a cell already named for its value is not named again (a volume that did
  // not read as a number is not also "missing"), and an issue on no cell waits for the cells.
  const hasCellErrors = errorsIn(read.issues).length > 0;
  const named = new Set(cellIssues.map((i) => i.cell));
  const checked = checkImported(rubric, answers, read, file).filter((i) =>
    i.cell === undefined ? !hasCellErrors : !named.has(i.cell),
  );
  const errors = errorsIn([...cellIssues, ...checked]);
  const score = errors.length === 0 ? scoreCity(rubric, answers) : undefined;
  const missing = score ? missingAnswers(score, read, file) : [];
  if (options.requireComplete) errors.push(...missing);
  if (errors.length > 0) throw new InvalidInputError(errors);

  const ignored = findIgnoredAnswers(score!).map((issue) => {
    const cell = cellOf(read, issue.path);
    return { ...issue, file, ...(cell === undefined ? {} : { cell }) };
  });
  const summary: Issue[] =
    missing.length === 0
      ? []
      : [
          {
            severity: 'warning',
            code: 'workbook.required-missing-summary',
            params: { count: missing.length, first: missing[0]?.cell ?? '' },
            path: [],
            file,
          },
        ];
  await printIssues(env, [...cellIssues, ...checked, ...ignored, ...summary], lang);
  if (target === undefined) {
    env.stdout(doc.toString());
    return 0;
  }
  await writeOutputAtomic(target, doc.toString(), [file, rubricFile]);
  if (output !== undefined) {
    const services = read.answers.opds.reduce((n, o) => n + o.services.length, 0);
    const completeness = formatPercent(score!.completeness, lang);
    const key = isUpdate ? 'import.updated' : 'import.written';
    env.stderr(`${t(key, { file: output, opds: read.answers.opds.length, services, completeness })}\n`);
  }
  return 0;
}

function headerOf(answers: CityAnswers) {
  return {
    rubric: answers.rubric,
    city: answers.city,
    period: answers.period,
    ...(answers.assessed_at === undefined ? {} : { assessedAt: answers.assessed_at }),
    ...(answers.assessors === undefined ? {} : { assessors: answers.assessors }),
  };
}
