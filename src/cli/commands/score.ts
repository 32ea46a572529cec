import { findGaps } from '../../core/gap.js';
import { checkGates, type GateFailure } from '../../core/gates.js';
import { buildReport, type RankingEntry, type Report } from '../../core/report.js';
import type { Issue } from '../../core/types.js';
import { InvalidInputError } from '../../errors.js';
import { translator, type Lang } from '../../i18n/index.js';
import { cliMessages } from '../../i18n/cli-messages.js';
import { loadCity, RubricCache, type LoadedRubric } from '../../io/load.js';
import { loadReports } from '../../io/load-report.js';
import { isColorWanted, terminalWidth, type CliEnv } from '../env.js';
import { formatIssues } from '../format-issues.js';
import { expandAnswerFiles } from '../inputs.js';
import { parseDelimiter, parseFormat, parseLangOption, parseNumber } from '../options.js';
import { writeResult } from '../output.js';
import { isRankingOnly, renderScore } from '../render-score.js';
import { GENERATOR } from '../version.js';
import { formatNumber, formatPercent } from '../../render/format.js';

const FORMATS = ['table', 'json', 'md', 'csv', 'html', 'xlsx'] as const;

interface Scored {
  entries: (Report | RankingEntry)[];
  failures: GateFailure[];
  rubrics: LoadedRubric[];
}

/**
 * Scores the files one at a time, keeping per city only what the output needs (a ranking of
 * the nation keeps a summary per city, not 552 full reports). Issues of every file are
 * collected, and reported together before anything is written.
 */
async function scoreFiles(files: readonly string[], options: Record<string, unknown>, env: CliEnv, lang: Lang, keepFull: boolean): Promise<Scored> {
  const failUnder = parseNumber('--fail-under', options.failUnder);
  const tolerance = parseNumber('--tolerance', options.tolerance) ?? 0;
  const baselines = options.baseline === undefined ? [] : await loadReports(options.baseline as string);
  const cache = new RubricCache();
  const scored: Scored = { entries: [], failures: [], rubrics: [] };
  const errors: Issue[] = [];
  for (const file of files) {
    let city;
    try {
      city = await loadCity(file, options.rubric as string | undefined, cache);
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      errors.push(...error.issues);
      continue;
    }
    if (city.warnings.length > 0) env.stderr(formatIssues(city.warnings, lang));
    if (!scored.rubrics.includes(city.rubric)) scored.rubrics.push(city.rubric);
    const report = buildReport(city.score, findGaps(city.score), {
      generator: GENERATOR,
      sha256: city.rubric.sha256,
      ...(options.lang === undefined ? {} : { lang }),
    });
    const baseline = baselines.length === 1 ? baselines[0] : baselines.find((b) => b.city.id === report.city.id);
    scored.failures.push(
      ...checkGates(report, {
        label: file,
        requireComplete: options.requireComplete === true,
        tolerance,
        ...(failUnder === undefined ? {} : { failUnder }),
        ...(baseline === undefined ? {} : { baseline }),
      }),
    );
    scored.entries.push(keepFull ? report : { city: report.city, summary: report.summary, rubric: report.rubric });
  }
  if (errors.length > 0) throw new InvalidInputError(errors);
  scored.rubrics.forEach((r) => r.warnings.length > 0 && env.stderr(formatIssues(r.warnings, lang)));
  return scored;
}

/** `opdm score ANSWERS...`: read, score, gate, render, write; a failed gate still writes. */
export async function run(args: unknown[], options: Record<string, unknown>, env: CliEnv, lang: Lang): Promise<number> {
  parseLangOption(options.lang);
  const format = parseFormat(options.format, FORMATS);
  const csvDelimiter = parseDelimiter(options.delimiter);
  const files = await expandAnswerFiles(args[0] as string[]);
  const isBatch = files.length > 1;
  const { entries, failures, rubrics } = await scoreFiles(files, options, env, lang, !isBatch || !isRankingOnly(format));
  const ctx = {
    lang,
    isColor: isColorWanted(options.color as boolean | undefined, env) && options.output === undefined,
    rubric: rubrics[0]!.rubric,
    csvDelimiter,
    width: terminalWidth(env),
  };
  const content = await renderScore(format, isBatch ? entries : (entries[0] as Report), ctx);
  const inputs = [...files, ...rubrics.map((r) => r.file), ...(options.baseline ? [options.baseline as string] : [])];
  await writeResult(content, { format, inputs, ...(options.output === undefined ? {} : { output: options.output as string }) }, env, lang);
  const t = translator(cliMessages, lang);
  // Numbers in the reader's convention (70,31 in Indonesian), as in the report itself.
  const localized = (params: GateFailure['params']) =>
    Object.fromEntries(
      Object.entries(params).map(([k, v]) => [k, typeof v !== 'number' ? v : k === 'completeness' ? formatPercent(v, lang) : formatNumber(v, lang)]),
    );
  for (const failure of failures) env.stderr(`opdm: ${t(failure.code, localized(failure.params))}\n`);
  return failures.length > 0 ? 1 : 0;
}
