/**
 * CONTRACT 2: the project's engine against the contract 2 reference (spec-reference.ts, written
 * from SPEC alone) on random contract 2 rubrics and answers, field by field: every field of the
 * reference must be present and equal in the project's report (fields only the project writes
 * are ignored). Contract 1 files too: under contract 2 they must score as the reference says.
 *
 * Written before the engine moved to contract 2, so it fails until it does (the first
 * difference is then report_version, or a check refusing a contract 2 key).
 */
import { describe, expect, it } from 'vitest';
import { checkAnswers } from '../../src/core/check-answers.js';
import { checkRubric } from '../../src/core/check-rubric.js';
import { findIgnoredAnswers } from '../../src/core/ignored-answers.js';
import { reportCity } from '../../src/core/report.js';
import type { CityAnswers, Rubric } from '../../src/core/types.js';
import { checkAnswersShape, checkRubricShape } from '../../src/schema/validate.js';
import { firstDifference, showDifference } from './compare.js';
import { generate } from './generate.js';
import { referenceIgnoredAnswers, referenceReport, type RefCityAnswers, type RefRubric } from './spec-reference.js';

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

const META = { generator: 'opd-maturity 0.0.0-test', sha256: 'ab'.repeat(32) };

const CASES: [seed: number, contract: 1 | 2][] = [
  ...Array.from({ length: 300 }, (_, i): [number, 2] => [i + 1, 2]),
  ...Array.from({ length: 100 }, (_, i): [number, 1] => [i + 1, 1]),
];

describe('contract 2: the project agrees with the SPEC reference on random rubrics and answers', () => {
  it.each(CASES)('seed %i (contract %i files): the project checks report no error', (seed, contract) => {
    const { rubric, answers } = generate(seed, { contract });
    const errors = [
      ...checkRubricShape(structuredClone(rubric)),
      ...checkAnswersShape(structuredClone(answers)),
      ...checkRubric(asRubric(rubric)),
      ...checkAnswers(asRubric(rubric), asLoaded(answers)),
    ].filter((issue) => issue.severity === 'error');
    expect(errors.map((e) => `seed ${seed} (contract ${contract}): ${e.code} @ ${e.path.join('.')}`)).toEqual([]);
  });

  it.each(CASES)(
    'seed %i (contract %i files): reportCity equals the reference on every SPEC field, ' +
      'and warns about the same ignored answers',
    (seed, contract) => {
      const { rubric, answers } = generate(seed, { contract });
      const expected = referenceReport(structuredClone(rubric), structuredClone(answers), META);
      const { report, city } = reportCity(asRubric(rubric), asLoaded(answers), META);
      const d = firstDifference(expected, report);
      expect(d === null ? null : showDifference(`${seed} (contract ${contract})`, d)).toBeNull();
      // SPEC: an answer to a question whose `when` does not hold is ignored and gets a warning.
      const warned = findIgnoredAnswers(city).map((issue) => issue.path.join('.'));
      expect([...warned].sort(), `seed ${seed} (contract ${contract}): answers ignored with a warning`).toEqual(
        referenceIgnoredAnswers(rubric, answers).sort(),
      );
    },
  );
});
