import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkAnswers } from '../../src/core/check-answers.js';
import { checkRubric } from '../../src/core/check-rubric.js';
import { findIgnoredAnswers } from '../../src/core/ignored-answers.js';
import { reportCity } from '../../src/core/report.js';
import type { CityAnswers, Rubric } from '../../src/core/types.js';
import { checkAnswersShape, checkRubricShape } from '../../src/schema/validate.js';
import { generate } from './generate.js';
import { referenceIgnoredAnswers, referenceReport, type RefCityAnswers, type RefRubric } from './spec-reference-c1.js';

const fixture = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)), 'utf8');

interface Difference {
  path: string;
  expected: unknown;
  actual: unknown;
}

/** The first field of `expected` (the reference) that `actual` lacks or holds differently; fields only `actual` has are ignored. */
function firstDifference(expected: unknown, actual: unknown, path = 'report'): Difference | null {
  if (typeof expected === 'number' && typeof actual === 'number') {
    return expected === actual || Math.abs(expected - actual) <= 1e-9 * Math.max(1, Math.abs(expected))
      ? null
      : { path, expected, actual };
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return { path, expected, actual };
    if (expected.length !== actual.length)
      return { path: `${path}.length`, expected: expected.length, actual: actual.length };
    for (let i = 0; i < expected.length; i++) {
      const d = firstDifference(expected[i], actual[i], `${path}[${i}]`);
      if (d !== null) return d;
    }
    return null;
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return { path, expected, actual };
    const a = actual as Record<string, unknown>;
    for (const [key, value] of Object.entries(expected)) {
      if (!(key in a)) return { path: `${path}.${key}`, expected: value, actual: '<missing>' };
      const d = firstDifference(value, a[key], `${path}.${key}`);
      if (d !== null) return d;
    }
    return null;
  }
  return Object.is(expected, actual) ? null : { path, expected, actual };
}

const show = (seed: number, d: Difference): string =>
  `seed ${seed}: ${d.path}\n  reference (SPEC): ${JSON.stringify(d.expected)}\n  project:          ${JSON.stringify(d.actual)}`;

describe('the SPEC reference', () => {
  it('reproduces the worked example (kota-uji.expected.json), every field', () => {
    const rubric = parse(fixture('uji-mini.rubric.yaml')) as RefRubric;
    const answers = parse(fixture('kota-uji.answers.yaml')) as RefCityAnswers;
    const expected: unknown = JSON.parse(fixture('kota-uji.expected.json'));
    const report = referenceReport(rubric, answers);
    // Both ways: the expected file holds every SPEC field but answers and not_applicable.
    expect(firstDifference(expected, report)).toBeNull();
    const { opds, ...rest } = report;
    const trimmed = {
      ...rest,
      opds: opds.map((o) => ({ ...o, services: o.services.map(({ answers: _a, not_applicable: _n, ...s }) => s) })),
    };
    expect(firstDifference(trimmed, expected)).toBeNull();
    expect(report.opds[0]?.services[1]?.answers).toEqual({
      pengajuan: 'loket',
      berbayar: true,
      pembayaran: 'tunai',
      hasil: ['ambil'],
      'persen-daring': 10,
    });
    expect(report.opds[0]?.services[0]?.answers).not.toHaveProperty('pembayaran');
  });

  it('generates the same files from the same seed', () => {
    expect(generate(7)).toEqual(generate(7));
    expect(generate(7)).not.toEqual(generate(8));
  });
});

const SEEDS = Array.from({ length: 300 }, (_, i) => i + 1);

/**
 * The project's core takes answers as src/io/load.ts hands them over: `answers` present at every
 * level (the file may leave it out of an OPD or a service; the loader fills in `{}`).
 */
function asLoaded(answers: RefCityAnswers): CityAnswers {
  const copy = structuredClone(answers);
  return {
    ...copy,
    answers: copy.answers ?? {},
    opds: (copy.opds ?? []).map((o) => ({
      ...o,
      answers: o.answers ?? {},
      services: (o.services ?? []).map((s) => ({ ...s, answers: s.answers ?? {} })),
    })),
  } as unknown as CityAnswers;
}
const asRubric = (rubric: RefRubric): Rubric => structuredClone(rubric) as unknown as Rubric;

describe('the project agrees with the SPEC reference on random rubrics and answers', () => {
  it.each(SEEDS)('seed %i: the generated files are valid (schema and meaning checks report no error)', (seed) => {
    const { rubric, answers } = generate(seed);
    const errors = [
      ...checkRubricShape(structuredClone(rubric)),
      ...checkAnswersShape(structuredClone(answers)),
      ...checkRubric(asRubric(rubric)),
      ...checkAnswers(asRubric(rubric), asLoaded(answers)),
    ].filter((issue) => issue.severity === 'error');
    expect(errors.map((e) => `seed ${seed}: ${e.code} @ ${e.path.join('.')}`)).toEqual([]);
  });

  it.each(SEEDS)(
    'seed %i: reportCity equals the reference on every SPEC field, and warns about the same ignored answers',
    (seed) => {
      const { rubric, answers } = generate(seed);
      const expected = referenceReport(structuredClone(rubric), structuredClone(answers));
      const { report, city } = reportCity(asRubric(rubric), asLoaded(answers), { generator: 'x', sha256: 'x' });
      const d = firstDifference(expected, report);
      expect(d === null ? null : show(seed, d)).toBeNull();
      // SPEC: an answer to a question whose `when` does not hold is ignored and gets a warning.
      const warned = findIgnoredAnswers(city).map((issue) => issue.path.join('.'));
      expect([...warned].sort(), `seed ${seed}: answers ignored with a warning`).toEqual(
        referenceIgnoredAnswers(rubric, answers).sort(),
      );
    },
  );
});
