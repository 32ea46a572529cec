import { isSameRubricLine } from '../../core/compare.js';
import type { GateFailure } from '../../core/gates.js';
import type { RankingEntry, Report } from '../../core/report.js';
import { InvalidInputError, UsageError } from '../../errors.js';
import { translator, type Lang } from '../../i18n/index.js';
import { cliMessages } from '../../i18n/cli-messages.js';
import { RubricCache } from '../../io/load.js';
import { loadReports } from '../../io/load-report.js';
import { isColorWanted, terminalWidth, type CliEnv } from '../env.js';
import { printIssues } from '../print-issues.js';
import { expandAnswerFiles } from '../inputs.js';
import { parseDelimiter, parseFormat, parseLangOption, parseNumber, parseScore } from '../options.js';
import { writeResult } from '../output.js';
import { isRankingOnly, renderScore } from '../render-score.js';
import { scoreBatch } from '../score-batch.js';
import type { CityOutcome, ScoreJob } from '../score-city.js';
import { formatNumber, formatPercent, formatScore } from '../../render/format.js';
import { safeLine } from '../../render/safe-text.js';

const FORMATS = ['table', 'json', 'md', 'csv', 'html', 'xlsx'] as const;

/** Points a score may drop against --baseline: a number, not below 0, and only with a baseline. */
function parseTolerance(value: unknown, hasBaseline: boolean): number {
  const tolerance = parseNumber('--tolerance', value) ?? 0;
  if (tolerance < 0) throw new UsageError('usage.not-negative', { option: '--tolerance', value: String(value) });
  if (value !== undefined && !hasBaseline)
    throw new UsageError('usage.needs-option', { option: '--tolerance', needs: '--baseline' });
  return tolerance;
}

/**
 * SPEC: a baseline is a report of the same city id, rubric id and rubric major version; anything
 * else is a mistake of input (exit 2), never a regression and never silently skipped. One city
 * against a baseline of another, a baseline scored with another rubric, and (in a batch) cities
 * the baseline does not hold are each named; a baseline naming a city twice is ambiguous.
 */
function checkBaselines(baselines: readonly Report[], outcomes: readonly CityOutcome[], file: string): void {
  if (baselines.length === 0) return;
  const ids = baselines.map((b) => b.city.id);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice !== undefined) throw new UsageError('usage.baseline-twice', { id: twice });
  const scored = outcomes.flatMap((o) => (o.entry === null ? [] : [{ file: o.file, entry: o.entry }]));
  if (scored.length === 1 && outcomes.length === 1 && !ids.includes(scored[0]!.entry.city.id)) {
    throw new UsageError('gate.baseline-other-city', { baseline: ids.join(', '), city: scored[0]!.entry.city.id });
  }
  for (const { entry } of scored) {
    const baseline = baselines.find((b) => b.city.id === entry.city.id);
    if (baseline !== undefined && !isSameRubricLine(baseline.rubric, entry.rubric)) {
      throw new UsageError('gate.baseline-other-rubric', {
        file,
        city: entry.city.id,
        baseline: `${baseline.rubric.id}@${baseline.rubric.version}`,
        rubric: `${entry.rubric.id}@${entry.rubric.version}`,
      });
    }
  }
  const missing = scored.filter(({ entry }) => !ids.includes(entry.city.id));
  if (missing.length > 0) {
    throw new UsageError('gate.baseline-missing', {
      file,
      cities: missing.map(({ entry, file: from }) => `${entry.city.id} (${from})`).join(', '),
    });
  }
}

interface Scored {
  entries: (Report | RankingEntry)[];
  failures: GateFailure[];
  rubricFiles: string[];
}

/**
 * Scores the files, keeping per city only what the output needs (a ranking of the nation keeps
 * a summary per city, not 552 full reports). Issues of every file are collected and reported
 * together before anything is written; warnings are printed in the order of the files.
 */
async function scoreFiles(
  files: readonly string[],
  options: Record<string, unknown>,
  env: CliEnv,
  lang: Lang,
  keepFull: boolean,
  cache: RubricCache,
): Promise<Scored> {
  const failUnder = parseScore('--fail-under', options.failUnder);
  const job: ScoreJob = {
    ...(options.rubric === undefined ? {} : { rubricFile: options.rubric as string }),
    ...(options.lang === undefined ? {} : { lang }),
    ...(failUnder === undefined ? {} : { failUnder }),
    requireComplete: options.requireComplete === true,
    tolerance: parseTolerance(options.tolerance, options.baseline !== undefined),
    baselines: options.baseline === undefined ? [] : await loadReports(options.baseline as string),
    keepFull,
  };
  const outcomes = await scoreBatch(files, job, cache);
  const usage = outcomes.find((o) => o.usage)?.usage;
  if (usage) throw new UsageError(usage.key, usage.params);
  const errors = outcomes.flatMap((o) => (o.entry === null ? o.issues : []));
  if (errors.length > 0) throw new InvalidInputError(errors);
  checkBaselines(job.baselines, outcomes, options.baseline as string);
  const warnings = [
    ...new Map(outcomes.flatMap((o) => (o.rubric ? [[o.rubric.file, o.rubric.warnings] as const] : []))).values(),
  ].flat();
  const all = [...warnings, ...outcomes.flatMap((o) => o.issues)];
  await printIssues(env, all, lang);
  return {
    entries: outcomes.map((o) => o.entry!),
    failures: outcomes.flatMap((o) => o.failures),
    rubricFiles: [...new Set(outcomes.map((o) => o.rubric!.file))],
  };
}

/** `opdm score ANSWERS...`: read, score, gate, render, write; a failed gate still writes. */
export async function run(args: unknown[], options: Record<string, unknown>, env: CliEnv, lang: Lang): Promise<number> {
  parseLangOption(options.lang);
  const format = parseFormat(options.format, FORMATS);
  const csvDelimiter = parseDelimiter(options.delimiter);
  const files = await expandAnswerFiles(args[0] as string[]);
  const isBatch = files.length > 1;
  const cache = new RubricCache();
  const { entries, failures, rubricFiles } = await scoreFiles(
    files,
    options,
    env,
    lang,
    !isBatch || !isRankingOnly(format),
    cache,
  );
  const ctx = {
    lang,
    isColor: isColorWanted(options.color as boolean | undefined, env) && options.output === undefined,
    rubric: (await cache.load(rubricFiles[0]!)).rubric,
    csvDelimiter,
    width: terminalWidth(env),
  };
  const content = await renderScore(format, isBatch ? entries : (entries[0] as Report), ctx);
  const inputs = [...files, ...rubricFiles, ...(options.baseline ? [options.baseline as string] : [])];
  await writeResult(
    content,
    { format, inputs, ...(options.output === undefined ? {} : { output: options.output as string }) },
    env,
    lang,
  );
  const t = translator(cliMessages, lang);
  // Numbers in the reader's convention (70,31 in Indonesian), scores with 2 decimals as in the report.
  const SCORES = new Set(['score', 'before', 'after', 'drop']);
  const figure = (k: string, v: number) =>
    k === 'completeness' ? formatPercent(v, lang) : SCORES.has(k) ? formatScore(v, lang) : formatNumber(v, lang);
  const localized = (params: GateFailure['params']) =>
    Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v !== 'number' ? v : figure(k, v)]));
  for (const failure of failures) env.stderr(`opdm: ${safeLine(t(failure.code, localized(failure.params)))}\n`);
  return failures.length > 0 ? 1 : 0;
}
