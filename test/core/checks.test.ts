import { describe, expect, it } from 'vitest';
import { checkAnswers, parseRubricRef } from '../../src/core/check-answers.js';
import { checkRubric } from '../../src/core/check-rubric.js';
import type { Question } from '../../src/core/types.js';
import { choice, city, makeRubric, opd, section, service } from '../helpers/factories.js';
import { kotaUji, ujiMini } from '../helpers/fixtures.js';

const codes = (issues: { code: string; path: readonly (string | number)[]; severity: string }[]) =>
  issues.map((i) => `${i.severity} ${i.code} @ ${i.path.join('.')}`);

describe('checkRubric: the meaning rules', () => {
  it('accepts the worked example', () => expect(checkRubric(ujiMini())).toEqual([]));

  it.each<[string, Parameters<typeof makeRubric>[0], string[]]>([
    [
      'duplicate section ids',
      { sections: [section('s', 'service', [choice('a')]), section('s', 'opd', [choice('b')])] },
      ['error rubric.duplicate-id @ sections.1.id'],
    ],
    [
      'duplicate question ids across sections',
      { sections: [section('s', 'service', [choice('a')]), section('t', 'opd', [choice('a')])] },
      ['error rubric.duplicate-id @ sections.1.questions.0.id'],
    ],
    [
      'a `when` on an unknown or a later question',
      {
        sections: [
          section('s', 'service', [
            choice('a', { when: { question: 'b', equals: 'c' } }),
            choice('b'),
            choice('c', { when: { question: 'zz', equals: 1 } }),
          ]),
        ],
      },
      [
        'error rubric.when-later @ sections.0.questions.0.when',
        'error rubric.when-unknown @ sections.0.questions.2.when',
      ],
    ],
    [
      'a level outside the scale',
      {
        sections: [
          section('s', 'service', [
            choice('a', { options: [{ value: 'x', label: 'x', score: 1, level: 7 }] } as Partial<Question>),
          ]),
        ],
      },
      ['error rubric.level-outside-scale @ sections.0.questions.0.options.0.level'],
    ],
    [
      'bands not ascending and a first band above min',
      {
        sections: [
          section('s', 'service', [
            {
              id: 'n',
              type: 'number',
              title: 'n',
              min: 0,
              bands: [
                { min: 10, score: 0 },
                { min: 5, score: 1 },
              ],
            },
          ]),
        ],
      },
      [
        'error rubric.bands-not-ascending @ sections.0.questions.0.bands.1.min',
        'error rubric.first-band-above-min @ sections.0.questions.0.bands.0.min',
      ],
    ],
    [
      'ratings not descending',
      {
        ratings: [
          { min: 10, label: 'a' },
          { min: 20, label: 'b' },
          { min: 0, label: 'c' },
        ],
      },
      ['error rubric.ratings-not-descending @ ratings.1.min'],
    ],
    [
      'ratings not ending at 0',
      {
        ratings: [
          { min: 50, label: 'a' },
          { min: 10, label: 'b' },
        ],
      },
      ['error rubric.ratings-not-ending-at-zero @ ratings.1.min'],
    ],
    [
      'a text missing in the default language',
      { title: { en: 'Test' } },
      ['error rubric.missing-default-text @ title'],
    ],
    [
      'duplicate option values',
      {
        sections: [
          section('s', 'service', [
            choice('a', {
              options: [
                { value: 'x', label: 'x', score: 0 },
                { value: 'x', label: 'y', score: 1 },
              ],
            } as Partial<Question>),
          ]),
        ],
      },
      ['error rubric.duplicate-id @ sections.0.questions.0.options.1.value'],
    ],
  ])('reports %s', (_name, overrides, expected) => {
    expect(codes(checkRubric(makeRubric(overrides)))).toEqual(expected);
  });
});

describe('checkAnswers: answers against the rubric', () => {
  it('accepts the worked example (uji-mini@1.0.0 against rubric 1.2.0: same major)', () =>
    expect(checkAnswers(ujiMini(), kotaUji())).toEqual([]));

  it('refuses another rubric and another major version', () => {
    expect(codes(checkAnswers(ujiMini(), { ...kotaUji(), rubric: 'lain@1.0.0' }))).toEqual([
      'error answers.rubric-other @ rubric',
    ]);
    expect(codes(checkAnswers(ujiMini(), { ...kotaUji(), rubric: 'uji-mini@2.0.0' }))).toEqual([
      'error answers.rubric-major @ rubric',
    ]);
    // Answers for another rubric would also answer unknown questions: only the rubric is named.
    const other = { ...kotaUji(), rubric: 'lain@1.0.0', answers: { bukan_pertanyaan: 'x' } };
    expect(codes(checkAnswers(ujiMini(), other))).toEqual(['error answers.rubric-other @ rubric']);
  });

  it('reports every problem of a file at once, with a suggestion for a near id', () => {
    const rubric = makeRubric({
      sections: [
        section('s', 'service', [
          choice('pengajuan'),
          { id: 'n', type: 'number', title: 'n', min: 0, max: 10, bands: [{ min: 0, score: 1 }] },
        ]),
        section('g', 'opd', [choice('sop')]),
      ],
    });
    const issues = checkAnswers(
      rubric,
      city([opd('o', [service('x', { pengajuann: 'a', n: 11, sop: 'a' }), service('x', { pengajuan: 'z' })])]),
    );
    expect(codes(issues)).toEqual([
      'error answers.duplicate-id @ opds.0.services.1.id',
      'error answers.unknown-question @ opds.0.services.0.answers.pengajuann',
      'error answers.number-too-large @ opds.0.services.0.answers.n',
      'error answers.wrong-scope @ opds.0.services.0.answers.sop',
      'error answers.bad-choice @ opds.0.services.1.answers.pengajuan',
    ]);
    expect(issues[1]?.params.suggestion).toBe('pengajuan');
  });

  it.each<[string, Question, unknown, string]>([
    ['a list for a choice', choice('q'), ['a'], 'answers.bad-choice'],
    ['a string for a multi', { ...choice('q'), type: 'multi' } as Question, 'a', 'answers.not-a-list'],
    ['a repeated multi value', { ...choice('q'), type: 'multi' } as Question, ['a', 'a'], 'answers.repeated-choice'],
    ['"yes" for a boolean', { id: 'q', type: 'boolean', title: 'q' }, 'yes', 'answers.not-boolean'],
    [
      'text for a number',
      { id: 'q', type: 'number', title: 'q', bands: [{ min: 0, score: 1 }] },
      '5',
      'answers.not-number',
    ],
    [
      'a number below the first band',
      { id: 'q', type: 'number', title: 'q', bands: [{ min: 0, score: 1 }] },
      -1,
      'answers.number-too-small',
    ],
    ['a number for a text', { id: 'q', type: 'text', title: 'q' }, 5, 'answers.not-text'],
    ['na where not allowed', choice('q'), { na: 'x' }, 'answers.na-not-allowed'],
  ])('refuses %s', (_name, question, value, code) => {
    const rubric = makeRubric({ sections: [section('s', 'service', [question])] });
    expect(checkAnswers(rubric, city([opd('o', [service('x', { q: value as never })])])).map((i) => i.code)).toEqual([
      code,
    ]);
  });

  it('requires annual_volume when the rubric weights by volume', () => {
    expect(
      checkAnswers(ujiMini(), city([opd('o', [service('x', {})])], {}, 'uji-mini@1.2.0')).map((i) => i.code),
    ).toEqual(['answers.volume-required']);
  });

  it('parses rubric references', () => {
    expect(parseRubricRef('opd-digital-maturity@1.2.3')).toEqual({
      id: 'opd-digital-maturity',
      version: '1.2.3',
      major: 1,
    });
    expect(parseRubricRef('nope')).toBeNull();
  });
});
