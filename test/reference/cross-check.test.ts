import { describe, expect, it } from 'vitest';
import { checkAnswers } from '../../src/core/check-answers.js';
import { checkRubric } from '../../src/core/check-rubric.js';
import { findIgnoredAnswers } from '../../src/core/ignored-answers.js';
import { reportCity } from '../../src/core/report.js';
import type { CityAnswers, Rubric } from '../../src/core/types.js';
import { checkAnswersShape, checkRubricShape } from '../../src/schema/validate.js';
import { firstDifference, showDifference, type Difference } from './compare.js';
import { generate } from './generate.js';
import { referenceIgnoredAnswers, referenceReport, type RefCityAnswers, type RefRubric } from './spec-reference-c1.js';

const show = (seed: number, d: Difference): string => showDifference(seed, d);

/** generate() without options writes contract 1 files only: the frozen contract 1 reference's types fit them. */
const generateC1 = (seed: number) => generate(seed) as unknown as { rubric: RefRubric; answers: RefCityAnswers };

describe('the contract 1 SPEC reference', () => {
  // The worked example (kota-uji.expected.json) is now in the report 2 shape: spec-reference.test.ts
  // checks the contract 2 reference against it, and reference-c1-c2.test.ts checks that this
  // (contract 1) reference agrees with the contract 2 one on it.

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

/**
 * CONTRACT 1: the project's engine as it is before contract 2, against the frozen contract 1
 * reference, on contract 1 files (generate(seed) without options). Delete with
 * spec-reference-c1.ts once the engine writes report_version 2.
 */
describe('the project agrees with the contract 1 SPEC reference on random rubrics and answers', () => {
  it.each(SEEDS)('seed %i: the generated files are valid (schema and meaning checks report no error)', (seed) => {
    const { rubric, answers } = generateC1(seed);
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
      const { rubric, answers } = generateC1(seed);
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
