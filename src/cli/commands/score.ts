import { isSameRubricLine } from '../../core/compare.js';
import type { GateFailure } from '../../core/gates.js';
import type { RankingEntry, Report } from '../../core/report.js';
import { InvalidInputError, UsageError } from '../../errors.js';
import { translator } from '../../i18n/index.js';
import { cliMessages } from '../../i18n/cli-messages.js';
import { RubricCache } from '../../io/load.js';
import type { CliEnv } from '../env.js';
import { printIssues } from '../print-issues.js';
import { expandAnswerFiles } from '../../io/paths.js';
import { chooseFormat, type Options } from '../options.js';
import { writeResult } from '../output.js';
import { renderContextOf } from '../render-context.js';
import { SCORE_FORMATS } from '../../render/score-formats.js';
import { scoreBatch } from '../score-batch.js';
import type { CityOutcome, ScoreJob } from '../score-city.js';
import { formatNumber, formatPercent, formatScore } from '../../render/format.js';
import { safeLine } from '../../render/safe-text.js';

/** Points a score may drop against --baseline: not below 0, and only with a baseline. */
function toleranceOf(options: Options): number {
  const { tolerance } = options;
  if (tolerance === undefined) return 0;
  if (tolerance < 0) throw new UsageError('usage.not-negative', { option: '--tolerance', value: String(tolerance) });
  if (options.baseline === undefined)
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
  options: Options,
  env: CliEnv,
  keepFull: boolean,
  cache: RubricCache,
): Promise<Scored> {
  const { lang, failUnder } = options;
  const job: ScoreJob = {
    ...(options.rubric === undefined ? {} : { rubricFile: options.rubric }),
    ...(options.isLangGiven ? { lang } : {}),
    ...(failUnder === undefined ? {} : { failUnder }),
    requireComplete: options.requireComplete,
    tolerance: toleranceOf(options),
    // Loaded only for a baseline: reading reports pulls in the YAML library a plain score does not need.
    baselines:
      options.baseline === undefined
        ? []
        : await (await import('../../io/load-report.js')).loadReports(options.baseline),
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
export async function run(args: readonly unknown[], options: Options, env: CliEnv): Promise<number> {
  const { lang } = options;
  const format = chooseFormat(SCORE_FORMATS, options);
  const files = expandAnswerFiles(args[0] as string[]);
  const isBatch = files.length > 1;
  const cache = new RubricCache();
  const render = await format.load();
  // A ranking of the nation keeps a summary per city, unless the format needs whole reports.
  const keepFull = !isBatch || render.needsFullReports === true;
  const { entries, failures, rubricFiles } = await scoreFiles(files, options, env, keepFull, cache);
  const ctx = renderContextOf(options, env, (await cache.load(rubricFiles[0]!)).rubric);
  const content = await (isBatch ? render.ranking(entries, ctx) : render.report(entries[0] as Report, ctx));
  const inputs = [...files, ...rubricFiles, ...(options.baseline ? [options.baseline] : [])];
  await writeResult(
    content,
    { format: format.name, inputs, ...(options.output === undefined ? {} : { output: options.output }) },
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
