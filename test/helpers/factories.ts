import type { CityAnswers, OpdAnswers, Question, Rubric, Section, ServiceAnswers } from '../../src/core/types.js';

/** A minimal valid rubric; override what a test is about. */
export function makeRubric(overrides: Partial<Rubric> = {}): Rubric {
  return {
    rubric: 'tes',
    version: '1.0.0',
    title: 'Tes',
    languages: ['id', 'en'],
    target_level: 2,
    scale: [0, 1, 2, 3].map((level) => ({ level, label: `L${level}` })),
    ratings: [
      { min: 50, label: 'Baik' },
      { min: 0, label: 'Kurang' },
    ],
    aggregation: {
      opd: { services: 1, sections: 1 },
      city: { opds: 1, sections: 1 },
      service_weighting: 'equal',
      opd_weighting: 'equal',
    },
    sections: [],
    ...overrides,
  };
}

export const section = (id: string, scope: Section['scope'], questions: Question[], weight?: number): Section => ({
  id,
  scope,
  title: id,
  questions,
  ...(weight === undefined ? {} : { weight }),
});

/** A choice question with options a (score 0, level 0, visit), b (0.5, level 1), c (1, level 3). */
export const choice = (id: string, extra: Partial<Question> = {}): Question =>
  ({
    id,
    type: 'choice',
    title: id,
    options: [
      { value: 'a', label: 'A', score: 0, level: 0, visit: true, advice: 'go online' },
      { value: 'b', label: 'B', score: 0.5, level: 1 },
      { value: 'c', label: 'C', score: 1, level: 3 },
    ],
    ...extra,
  }) as Question;

export const service = (id: string, answers: ServiceAnswers['answers'], annual_volume?: number): ServiceAnswers => ({
  id,
  name: id,
  answers,
  ...(annual_volume === undefined ? {} : { annual_volume }),
});

export const opd = (id: string, services: ServiceAnswers[], answers: OpdAnswers['answers'] = {}): OpdAnswers => ({
  id,
  name: id,
  answers,
  services,
});

export const city = (opds: OpdAnswers[], answers: CityAnswers['answers'] = {}, rubric = 'tes@1.0.0'): CityAnswers => ({
  rubric,
  city: { id: 'kota-tes', name: 'Kota Tes' },
  period: '2026',
  answers,
  opds,
});
