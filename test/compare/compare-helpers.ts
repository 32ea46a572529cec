/** Shared by the compare tests: fixture paths and a CLI run that parses the JSON output. */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Comparison } from '../../src/core/compare.js';
import { runCli, type CliRun } from '../helpers/run-cli.js';

export const FIXTURES = 'test/fixtures/compare';
export const RUBRIC = `${FIXTURES}/uji-banding.rubric.yaml`;
export const fixture = (name: string): string => `${FIXTURES}/${name}.answers.yaml`;

/** `opdm compare A B --rubric uji-banding ...extra`. */
export function runCompare(a: string, b: string, extra: string[] = [], env?: Record<string, string>): Promise<CliRun> {
  return runCli(['compare', a, b, '--rubric', RUBRIC, ...extra], env ? { env } : {});
}

/** The comparison JSON of A and B; fails the test on a non-zero exit. */
export async function compareJson(a: string, b: string, extra: string[] = []): Promise<Comparison> {
  const run = await runCompare(a, b, ['--format', 'json', ...extra]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as Comparison;
}

/** Scores an answers fixture into a report JSON file in a fresh temp folder; `edit` may change it first. */
export async function writeReport(
  answers: string,
  edit: (report: Record<string, unknown>) => void = () => {},
): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'opdm-compare-'));
  const file = join(dir, 'report.json');
  const run = await runCli(['score', answers, '--rubric', RUBRIC, '--format', 'json', '-o', file]);
  expect(run.code).toBe(0);
  const report = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  edit(report);
  await writeFile(file, JSON.stringify(report, null, 2));
  return file;
}
