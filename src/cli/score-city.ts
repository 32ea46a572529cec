import { findGaps } from '../core/gap.js';
import { checkGates, type GateFailure } from '../core/gates.js';
import { buildReport, rankingEntryOf, type RankingEntry, type Report } from '../core/report.js';
import type { Issue } from '../core/types.js';
import { InvalidInputError, UsageError, type UsageKey } from '../errors.js';
import { loadCity, type RubricCache } from '../io/load.js';
import { GENERATOR } from './version.js';

/** What scoring one file needs besides the file: plain data, so a worker thread can get it. */
export interface ScoreJob {
  rubricFile?: string;
  /** Set when the user chose a language: rubric texts in the report follow it. */
  lang?: string;
  failUnder?: number;
  requireComplete: boolean;
  tolerance: number;
  baselines: Report[];
  /** Keep the full report (one city, or JSON), else only what a ranking needs. */
  keepFull: boolean;
}

export interface CityOutcome {
  file: string;
  /** A usage error (a rubric that cannot be found): plain data, since a worker cannot send classes. */
  usage?: { key: UsageKey; params: Record<string, string | number> };
  /** null when the file is invalid: its issues are in `issues`. */
  entry: Report | RankingEntry | null;
  failures: GateFailure[];
  /** Errors of an invalid file, or warnings of a valid one. */
  issues: Issue[];
  rubric: { file: string; warnings: Issue[] } | null;
}

/** Loads, checks and scores one answers file; a user's mistake becomes issues, not a throw. */
export async function scoreCityFile(file: string, job: ScoreJob, cache: RubricCache): Promise<CityOutcome> {
  let city;
  try {
    city = await loadCity(file, job.rubricFile, cache);
  } catch (error) {
    if (error instanceof UsageError)
      return {
        file,
        usage: { key: error.key, params: { ...error.params } as Record<string, string | number> },
        entry: null,
        failures: [],
        issues: [],
        rubric: null,
      };
    if (!(error instanceof InvalidInputError)) throw error;
    return { file, entry: null, failures: [], issues: [...error.issues], rubric: null };
  }
  const ctx = {
    generator: GENERATOR,
    sha256: city.rubric.sha256,
    ...(job.lang === undefined ? {} : { lang: job.lang }),
  };
  const summaryOnly = rankingEntryOf(city.score, ctx);
  const baseline = job.baselines.find((b) => b.city.id === summaryOnly.city.id);
  // The gap and the per-service detail cost as much as the scoring: only when something reads them.
  const needsFull = job.keepFull || job.requireComplete || baseline !== undefined;
  const report = needsFull ? buildReport(city.score, findGaps(city.score), ctx) : null;
  const failures = checkGates(report ?? summaryOnly, {
    label: file,
    requireComplete: job.requireComplete,
    tolerance: job.tolerance,
    ...(job.failUnder === undefined ? {} : { failUnder: job.failUnder }),
    ...(baseline === undefined ? {} : { baseline }),
  });
  const entry =
    job.keepFull && report
      ? report
      : { city: summaryOnly.city, summary: summaryOnly.summary, rubric: summaryOnly.rubric };
  return {
    file,
    entry,
    failures,
    issues: city.warnings,
    rubric: { file: city.rubric.file, warnings: city.rubric.warnings },
  };
}
