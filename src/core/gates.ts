import { round } from './numbers.js';
import type { RankingEntry, Report } from './report.js';

/** A report, or only its summary when no gate needs the OPDs (a batch's fast path). */
export type GateInput = RankingEntry & { opds?: Report['opds'] };

/** A CI gate that was not met: a message code of the CLI catalog and its params. */
export interface GateFailure {
  code: 'gate.fail-under' | 'gate.incomplete' | 'gate.regression-city' | 'gate.regression-opd';
  params: Record<string, string | number>;
}

export interface GateOptions {
  failUnder?: number;
  requireComplete?: boolean;
  /** An earlier report of the same city (matched by the caller). */
  baseline?: Pick<Report, 'city' | 'summary' | 'opds'>;
  /** Points a score may drop against the baseline before it fails. */
  tolerance?: number;
  /** How the city is named in messages (its file). */
  label: string;
}

const missingOf = (completeness: number) => completeness < 1;

/**
 * The CI gates of `opdm score`, on the report's (rounded) numbers: the numbers a reviewer
 * sees. An unknown score fails --fail-under: nothing was measured.
 */
export function checkGates(report: GateInput, options: GateOptions): GateFailure[] {
  const failures: GateFailure[] = [];
  const { score, completeness } = report.summary;
  if (options.failUnder !== undefined && (score === null || score < options.failUnder)) {
    failures.push({
      code: 'gate.fail-under',
      params: { score: score ?? '–', limit: options.failUnder, file: options.label },
    });
  }
  if (options.requireComplete && missingOf(completeness)) {
    const missing = report.summary.questions_applicable - report.summary.questions_answered;
    failures.push({
      code: 'gate.incomplete',
      params: { file: options.label, completeness, missing, where: incompleteServices(report) },
    });
  }
  if (options.baseline) failures.push(...regressions(report, options.baseline, options.tolerance ?? 0, options.label));
  return failures;
}

/** Where the gaps in the answers are, so the message says what to fill in. */
function incompleteServices(report: GateInput): string {
  const where = (report.opds ?? []).flatMap((o) => [
    ...(o.services.every((s) => !missingOf(s.completeness)) && missingOf(o.completeness) ? [o.id] : []),
    ...o.services.filter((s) => missingOf(s.completeness)).map((s) => `${o.id}/${s.id}`),
  ]);
  if (where.length === 0) return '-';
  return where.slice(0, 5).join(', ') + (where.length > 5 ? ` (+${where.length - 5})` : '');
}

function regressions(
  report: GateInput,
  baseline: NonNullable<GateOptions['baseline']>,
  tolerance: number,
  file: string,
): GateFailure[] {
  const failures: GateFailure[] = [];
  const drop = (before: number | null, after: number | null) => (before === null ? 0 : round(before - (after ?? 0), 2));
  const cityDrop = drop(baseline.summary.score, report.summary.score);
  if (cityDrop > tolerance) {
    failures.push({
      code: 'gate.regression-city',
      params: {
        file,
        drop: cityDrop,
        before: baseline.summary.score ?? '–',
        after: report.summary.score ?? '–',
        tolerance,
      },
    });
  }
  for (const before of baseline.opds) {
    const after = report.opds?.find((o) => o.id === before.id);
    if (!after) continue;
    const opdDrop = drop(before.score, after.score);
    if (opdDrop > tolerance) {
      failures.push({
        code: 'gate.regression-opd',
        params: {
          file,
          opd: before.id,
          drop: opdDrop,
          before: before.score ?? '–',
          after: after.score ?? '–',
          tolerance,
        },
      });
    }
  }
  return failures;
}
