import { checkGates, type GateFailure } from '../../core/gates.js';
import { findGaps } from '../../core/gap.js';
import { buildReport, type Report } from '../../core/report.js';
import { compareCodePoints } from '../../core/numbers.js';
import { translator, type Lang } from '../../i18n/index.js';
import { cliMessages } from '../../i18n/cli-messages.js';
import { loadReports } from '../../io/load-report.js';
import type { CliEnv } from '../env.js';
import { isColorWanted, terminalWidth } from '../env.js';
import { formatIssues } from '../format-issues.js';
import { expandAnswerFiles, loadCities } from '../inputs.js';
import { parseDelimiter, parseFormat, parseLangOption, parseNumber } from '../options.js';
import { writeResult } from '../output.js';
import { renderScore } from '../render-score.js';
import { GENERATOR } from '../version.js';

const FORMATS = ['table', 'json', 'md', 'csv'] as const;

/** Ranking order: score (highest first, unknown last), then city id. */
export function rankReports(reports: readonly Report[]): Report[] {
  return [...reports].sort((a, b) => {
    const [x, y] = [a.summary.score, b.summary.score];
    if (x !== y) return x === null ? 1 : y === null ? -1 : y - x;
    return compareCodePoints(a.city.id, b.city.id) || compareCodePoints(a.city.period, b.city.period);
  });
}

/** `opdm score ANSWERS...`: read, score, gate, render, write; a failed gate still writes. */
export async function run(args: unknown[], options: Record<string, unknown>, env: CliEnv, lang: Lang): Promise<number> {
  parseLangOption(options.lang);
  const format = parseFormat(options.format, FORMATS);
  const csvDelimiter = parseDelimiter(options.delimiter);
  const failUnder = parseNumber('--fail-under', options.failUnder);
  const tolerance = parseNumber('--tolerance', options.tolerance) ?? 0;
  const files = await expandAnswerFiles(args[0] as string[]);
  const rubricFile = options.rubric as string | undefined;
  const { cities, warnings } = await loadCities(files, rubricFile);
  if (warnings.length > 0) env.stderr(formatIssues(warnings, lang));
  const baselines = options.baseline === undefined ? [] : await loadReports(options.baseline as string);
  const textLang = options.lang === undefined ? undefined : lang;
  const reports = cities.map((c) =>
    buildReport(c.score, findGaps(c.score), { generator: GENERATOR, sha256: c.rubric.sha256, ...(textLang ? { lang: textLang } : {}) }),
  );
  const failures: GateFailure[] = reports.flatMap((report, i) => {
    const baseline = baselines.length === 1 ? baselines[0] : baselines.find((b) => b.city.id === report.city.id);
    return checkGates(report, {
      label: files[i] ?? report.city.id,
      requireComplete: options.requireComplete === true,
      tolerance,
      ...(failUnder === undefined ? {} : { failUnder }),
      ...(baseline === undefined ? {} : { baseline }),
    });
  });
  const first = cities[0]!;
  const ctx = {
    lang,
    isColor: isColorWanted(options.color as boolean | undefined, env) && options.output === undefined,
    rubric: first.rubric.rubric,
    csvDelimiter,
    width: terminalWidth(env),
  };
  const content = await renderScore(format, reports.length === 1 ? reports[0]! : rankReports(reports), ctx);
  const inputs = [...files, ...cities.map((c) => c.rubric.file), ...(options.baseline ? [options.baseline as string] : [])];
  await writeResult(content, { format, inputs, ...(options.output === undefined ? {} : { output: options.output as string }) }, env, lang);
  const t = translator(cliMessages, lang);
  for (const failure of failures) env.stderr(`opdm: ${t(failure.code, failure.params)}\n`);
  return failures.length > 0 ? 1 : 0;
}
