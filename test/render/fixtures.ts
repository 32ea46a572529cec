/** The worked example (SPEC "Worked example") as a built report, and render contexts to vary. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { reportCity, type Report } from '../../src/core/report.js';
import type { CityAnswers, Rubric } from '../../src/core/types.js';
import type { RenderContext } from '../../src/render/context.js';

const fixture = (name: string): unknown => parse(readFileSync(new URL(`../fixtures/render/${name}`, import.meta.url), 'utf8'));

export const rubric = fixture('uji-mini.rubric.yaml') as Rubric;
export const answers = fixture('kota-uji.answers.yaml') as CityAnswers;

/** Kota Uji's report, built fresh; `edit` changes the answers first (names with odd characters...). */
export function buildReport(edit: (a: CityAnswers) => CityAnswers = (a) => a): Report {
  return reportCity(rubric, edit(structuredClone(answers)), { generator: 'opd-maturity test', sha256: 'x' }).report;
}

/** A context with Indonesian, no colour, no width, comma CSV; override what the test is about. */
export function context(overrides: Partial<RenderContext> = {}): RenderContext {
  return { lang: 'id', isColor: false, rubric, csvDelimiter: ',', ...overrides };
}

// eslint-disable-next-line no-control-regex
export const ANSI = /\u001b\[[0-9;]*m/;
