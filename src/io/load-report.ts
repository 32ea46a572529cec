import type { Report } from '../core/report.js';
import { upgradeReport } from '../core/report-v1.js';
import { InvalidInputError } from '../errors.js';
import { checkReportShape } from '../schema/validate.js';
import { expectKind } from './file-kind.js';
import { locateIssues } from './load.js';
import { readTextFile } from './read-text.js';
import { parseYamlFile } from './yaml-fast.js';

/** A batch of reports as `opdm score --format json` writes it for several cities. */
export interface ReportBatch {
  batch_version: 1;
  reports: Report[];
}

/**
 * Reads report JSON (one report, or a batch of them). JSON is YAML, so the YAML reader gives
 * exact line:col for every issue.
 */
export async function loadReports(file: string): Promise<Report[]> {
  const parsed = await parseYamlFile(await readTextFile(file), file);
  if (parsed.issues.some((i) => i.severity === 'error')) throw new InvalidInputError(parsed.issues);
  expectKind(parsed.value, 'report JSON', file);
  const value = parsed.value as Partial<ReportBatch>;
  const reports = Array.isArray(value.reports) ? value.reports : [parsed.value];
  const base = Array.isArray(value.reports) ? ['reports'] : [];
  const issues = reports.flatMap((report, i) =>
    checkReportShape(report).map((issue) => ({
      ...issue,
      path: Array.isArray(value.reports) ? [...base, i, ...issue.path] : issue.path,
    })),
  );
  if (issues.some((i) => i.severity === 'error')) throw new InvalidInputError(await locateIssues(issues, parsed, file));
  return (reports as Parameters<typeof upgradeReport>[0][]).map(upgradeReport);
}
