import { parseRubricRef } from '../../core/check-answers.js';
import { compareReports, isSameRubricLine } from '../../core/compare.js';
import { findGaps } from '../../core/gap.js';
import { buildReport, type Report } from '../../core/report.js';
import type { Issue } from '../../core/types.js';
import { InvalidInputError, UsageError } from '../../errors.js';
import { translator, type Lang } from '../../i18n/index.js';
import { compareMessages } from '../../i18n/compare-messages.js';
import { bundledRubricIds, bundledRubricPath } from '../../io/bundled.js';
import { loadCity, RubricCache, type LoadedRubric, type ReadAnswers } from '../../io/load.js';
import { loadReports } from '../../io/load-report.js';
import { readTextFile } from '../../io/read-text.js';
import { parseYamlFile } from '../../io/yaml-fast.js';
import { COMPARE_FORMATS } from '../../render/compare-formats.js';
import type { CliEnv } from '../env.js';
import { printIssues } from '../print-issues.js';
import { chooseFormat, type Options } from '../options.js';
import { writeResult } from '../output.js';
import { renderContextOf } from '../render-context.js';
import { GENERATOR } from '../version.js';

/** One input before scoring: a report as read, or an answers file and the rubric it names. */
type Input =
  | { file: string; report: Report; line: RubricLine }
  | { file: string; report: null; line: RubricLine | null; read?: ReadAnswers };
interface RubricLine {
  id: string;
  version: string;
}

const isReportFile = (file: string) => /\.json$/i.test(file);
const named = (line: RubricLine) => `${line.id}@${line.version}`;

/**
 * The rubric an answers file names, read leniently: a broken file is reported by loadCity later.
 * Through the fast path, as loadCity reads it: the slow YAML document of a large file alone
 * took gigabytes and most of a compare's time, only to find this one line.
 */
async function readAnswersInput(file: string): Promise<Input> {
  let read: ReadAnswers;
  try {
    const text = await readTextFile(file);
    read = { text, source: await parseYamlFile(text, file) };
  } catch {
    return { file, report: null, line: null }; // unreadable: loadCity says why
  }
  const value = read.source.value as { rubric?: unknown } | undefined;
  const ref = typeof value?.rubric === 'string' ? parseRubricRef(value.rubric) : null;
  // The parse is handed on to loadCity: a large file is read and parsed once.
  return { file, report: null, line: ref === null ? null : { id: ref.id, version: ref.version }, read };
}

async function readInput(file: string): Promise<Input> {
  if (!isReportFile(file)) return readAnswersInput(file);
  const reports = await loadReports(file);
  if (reports.length !== 1) throw new UsageError('compare.batch', { file, n: reports.length });
  const report = reports[0]!;
  return { file, report, line: { id: report.rubric.id, version: report.rubric.version } };
}

/** SPEC: same rubric id and major version on both sides, and in the rubric that judges them. */
async function loadSharedRubric(
  inputs: readonly Input[],
  rubricOption: string | undefined,
  cache: RubricCache,
): Promise<LoadedRubric> {
  const [a, b] = inputs as [Input, Input];
  if (a.line && b.line && !isSameRubricLine(a.line, b.line)) {
    throw new UsageError('compare.rubric-mismatch', {
      fileA: a.file,
      a: named(a.line),
      fileB: b.file,
      b: named(b.line),
    });
  }
  const line = a.line ?? b.line;
  const file = rubricOption ?? (line ? bundledRubricPath(`${line.id}@${line.version}`) : undefined);
  if (file === undefined) {
    // An answers file whose rubric could not be read is broken: loading it says how.
    for (const input of inputs) if (input.line === null) await loadCity(input.file, undefined, cache);
    throw new UsageError('usage.rubric-not-found', { id: line?.id ?? '?', known: bundledRubricIds().join(', ') });
  }
  const loaded = await cache.load(file);
  const own = { id: loaded.rubric.rubric, version: loaded.rubric.version };
  const other = inputs.find((input) => input.line !== null && !isSameRubricLine(own, input.line));
  if (other?.line)
    throw new UsageError('compare.rubric-file-mismatch', {
      rubric: named(own),
      file,
      input: other.file,
      named: named(other.line),
    });
  return loaded;
}

/** Both inputs as reports; every issue of both files at once, warnings printed. */
async function readReports(
  inputs: readonly Input[],
  rubric: LoadedRubric,
  cache: RubricCache,
  env: CliEnv,
  lang: Lang,
  textLang: Lang | undefined,
): Promise<Report[]> {
  const t = translator(compareMessages, lang);
  const reports: Report[] = [];
  const errors: Issue[] = [];
  for (const input of inputs) {
    if (input.report !== null) {
      if (input.report.rubric.sha256 !== rubric.sha256) {
        const { id, version } = input.report.rubric;
        env.stderr(`opdm: ${t('compare.warn-sha256', { file: input.file, id, version, rubric: rubric.file })}\n`);
      }
      reports.push(input.report);
      continue;
    }
    try {
      const city = await loadCity(input.file, rubric.file, cache, input.read);
      input.read = undefined; // the parse now lives in the report only
      await printIssues(env, city.warnings, lang);
      reports.push(
        buildReport(city.score, findGaps(city.score), {
          generator: GENERATOR,
          sha256: rubric.sha256,
          ...(textLang ? { lang: textLang } : {}),
        }),
      );
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      errors.push(...error.issues);
    }
  }
  if (errors.length > 0) throw new InvalidInputError(errors);
  return reports;
}

/** `opdm compare A B`: read both (reports or answers), check the rubric, compare, render, write. */
export async function run(args: readonly unknown[], options: Options, env: CliEnv): Promise<number> {
  const { lang } = options;
  const format = chooseFormat(COMPARE_FORMATS, options);
  const files = [args[0], args[1]] as [string, string];
  const rubricOption = options.rubric;
  const cache = new RubricCache();
  const inputs = [await readInput(files[0]), await readInput(files[1])];
  const rubric = await loadSharedRubric(inputs, rubricOption, cache);
  const [a, b] = (await readReports(inputs, rubric, cache, env, lang, options.isLangGiven ? lang : undefined)) as [
    Report,
    Report,
  ];
  const comparison = compareReports(a, b, rubric.rubric, { generator: GENERATOR });
  const content = await (await format.load())(comparison, renderContextOf(options, env, rubric.rubric));
  const output = options.output;
  await writeResult(
    content,
    { format: format.name, inputs: [...files, rubric.file], ...(output === undefined ? {} : { output }) },
    env,
    lang,
  );
  return 0;
}
