import { describe, expect, it } from 'vitest';
import { reportCity } from '../../src/core/report.js';
import { scoreCity } from '../../src/core/score.js';
import { weightedMean, round } from '../../src/core/numbers.js';
import type { Question } from '../../src/core/types.js';
import { choice, city, makeRubric, opd, section, service } from '../helpers/factories.js';

const report = (...args: Parameters<typeof reportCity>) => reportCity(...args).report;
const ctx = { generator: 'test', sha256: 'x' };

describe('weightedMean', () => {
  it.each([
    [
      [
        { value: 1, weight: 1 },
        { value: 0, weight: 3 },
      ],
      0.25,
    ],
    [
      [
        { value: 1, weight: 1 },
        { value: null, weight: 3 },
      ],
      1,
    ],
    [
      [
        { value: 1, weight: 0 },
        { value: 0.5, weight: 2 },
      ],
      0.5,
    ],
    [[{ value: 1, weight: 0 }], null],
    [[], null],
  ])('%j -> %s', (items, expected) => expect(weightedMean(items)).toBe(expected));
});

describe('round', () => {
  it.each([
    [84.444444, 2, 84.44],
    [84.445, 2, 84.45],
    [1.005, 2, 1.01],
    [0.090909, 4, 0.0909],
    [0, 2, 0],
  ])('round(%s, %s) = %s', (value, decimals, expected) => expect(round(value, decimals)).toBe(expected));
});

describe('answers by type', () => {
  const q = (question: Question, answer: unknown) => {
    const rubric = makeRubric({ sections: [section('s', 'service', [question])] });
    return report(rubric, city([opd('o', [service('x', { [question.id]: answer as never })])]), ctx).opds[0]!
      .services[0]!;
  };

  it('multi sums the chosen scores, capped at 1, and takes the highest level', () => {
    const multi = { ...choice('m'), type: 'multi' } as Question;
    expect([q(multi, ['b', 'c']).score, q(multi, ['b', 'c']).level]).toEqual([100, 3]);
    expect([q(multi, ['a', 'b']).score, q(multi, ['a', 'b']).visits_per_transaction]).toEqual([50, 0]);
    expect([q(multi, ['a']).score, q(multi, ['a']).visits_per_transaction]).toEqual([0, 1]);
    expect([q(multi, []).score, q(multi, []).level, q(multi, []).visits_per_transaction]).toEqual([0, null, 0]);
  });

  it('boolean defaults to 1 / 0 and takes score, level and visit from its branches', () => {
    const plain: Question = { id: 'b', type: 'boolean', title: 'b' };
    expect([q(plain, true).score, q(plain, false).score]).toEqual([100, 0]);
    const branches: Question = {
      id: 'b',
      type: 'boolean',
      title: 'b',
      options: { true: { level: 3 }, false: { score: 0.2, level: 0, visit: true } },
    };
    expect([q(branches, true).score, q(branches, true).level]).toEqual([100, 3]);
    expect([q(branches, false).score, q(branches, false).level, q(branches, false).visits_per_transaction]).toEqual([
      20, 0, 1,
    ]);
  });

  it('number takes the band with the largest min at or below the answer', () => {
    const number: Question = {
      id: 'n',
      type: 'number',
      title: 'n',
      min: 0,
      max: 100,
      bands: [
        { min: 0, score: 0 },
        { min: 50, score: 0.5, level: 2 },
        { min: 90, score: 1 },
      ],
    };
    expect([0, 49.9, 50, 89, 90, 100].map((v) => q(number, v).score)).toEqual([0, 0, 50, 50, 100, 100]);
  });

  it('text is not scored: a service with only text has no score and no level', () => {
    const text: Question = { id: 't', type: 'text', title: 't' };
    expect([q(text, 'hi').score, q(text, 'hi').level, q(text, 'hi').completeness]).toEqual([null, null, 1]);
  });
});

describe('applicability, not applicable and completeness', () => {
  const rubric = makeRubric({
    sections: [
      section('s', 'service', [
        { id: 'fee', type: 'boolean', title: 'fee', weight: 0 },
        choice('pay', { when: { question: 'fee', equals: true } }),
        choice('doc', { allow_na: true }),
        { id: 'note', type: 'text', title: 'note', required: false },
      ]),
    ],
  });

  it('a `when` that does not hold drops the question from score, visits and completeness', () => {
    const s = report(rubric, city([opd('o', [service('x', { fee: false, pay: 'a', doc: 'c' })])]), ctx).opds[0]!
      .services[0]!;
    expect([s.score, s.visits_per_transaction, s.completeness, s.no_visit]).toEqual([100, 0, 1, true]);
    expect(s.answers).toEqual({ fee: false, doc: 'c' });
  });

  it('{na: reason} leaves scores and completeness, and keeps the reason', () => {
    const s = report(
      rubric,
      city([opd('o', [service('x', { fee: true, pay: 'b', doc: { na: 'tidak ada dokumen' } })])]),
      ctx,
    ).opds[0]!.services[0]!;
    expect([s.score, s.completeness]).toEqual([50, 1]);
    expect(s.not_applicable).toEqual({ doc: 'tidak ada dokumen' });
  });

  it('unanswered questions lower completeness and make no-visit unknown, never true', () => {
    const s = report(rubric, city([opd('o', [service('x', { fee: true, doc: 'c' })])]), ctx).opds[0]!.services[0]!;
    expect([s.completeness, s.no_visit]).toEqual([0.6667, null]);
    const visit = report(rubric, city([opd('o', [service('x', { fee: true, doc: 'a' })])]), ctx).opds[0]!.services[0]!;
    expect(visit.no_visit).toBe(false);
  });

  it('a service question may depend on an OPD question', () => {
    const r = makeRubric({
      sections: [
        section('g', 'opd', [{ id: 'online', type: 'boolean', title: 'o' }]),
        section('s', 'service', [choice('q', { when: { question: 'online', equals: true } })]),
      ],
    });
    const off = report(r, city([opd('o', [service('x', { q: 'c' })], { online: false })]), ctx).opds[0]!.services[0]!;
    const on = report(r, city([opd('o', [service('x', { q: 'c' })], { online: true })]), ctx).opds[0]!.services[0]!;
    expect([off.score, on.score]).toEqual([null, 100]);
  });

  it('completeness is summed over the tree, not averaged', () => {
    const r = makeRubric({
      sections: [section('g', 'opd', [choice('g1')]), section('s', 'service', [choice('q1'), choice('q2')])],
    });
    const rep = report(r, city([opd('o', [service('x', { q1: 'c', q2: 'c' }), service('y', {})], { g1: 'c' })]), ctx);
    expect(rep.opds[0]!.completeness).toBe(0.6); // 3 answered of 5, not mean(1, 1, 0)
  });
});

describe('aggregation', () => {
  const rubric = (weighting: 'equal' | 'volume') =>
    makeRubric({
      aggregation: {
        opd: { services: 3, sections: 1 },
        city: { opds: 1, sections: 0 },
        service_weighting: weighting,
        opd_weighting: weighting,
      },
      sections: [section('s', 'service', [choice('q')]), section('g', 'opd', [choice('g')])],
    });
  const answers = city([opd('o', [service('x', { q: 'c' }, 100), service('y', { q: 'a' }, 300)], { g: 'b' })]);

  it('averages services equally or by volume, then mixes in the OPD own score', () => {
    expect(report(rubric('equal'), answers, ctx).opds[0]!.score).toBe(50); // (3x50 + 50) / 4
    expect(report(rubric('volume'), answers, ctx).opds[0]!.score).toBe(31.25); // (3x25 + 50) / 4
  });

  it('leaves out a null part: an OPD without services is its own score', () => {
    const rep = report(rubric('equal'), city([opd('o', [], { g: 'c' })]), ctx);
    expect(rep.opds[0]!.score).toBe(100);
    expect(rep.summary.score).toBe(100);
  });

  it('an OPD without any answer has no score, and the city mean leaves it out', () => {
    const rep = report(rubric('equal'), city([opd('o', [], { g: 'c' }), opd('p', [])]), ctx);
    expect(rep.opds.map((o) => o.score)).toEqual([100, null]);
    expect([rep.summary.score, rep.opds[1]!.rating]).toEqual([100, null]);
  });

  it('an unknown volume gives unknown annual visits, left out of the sums', () => {
    const rep = report(
      rubric('equal'),
      city([opd('o', [service('x', { q: 'a' }), service('y', { q: 'a' }, 10)], { g: 'b' })]),
      ctx,
    );
    expect(rep.opds[0]!.services.map((s) => s.annual_visits)).toEqual([null, 10]);
    expect([rep.summary.annual_visits, rep.summary.annual_volume]).toEqual([10, 10]);
    expect(rep.gap.actions.map((a) => a.visits_avoided)).toEqual([10, null]);
  });
});

describe('scoreCity keeps full precision', () => {
  it('does not round before the report', () => {
    const r = makeRubric({ sections: [section('s', 'service', [choice('a'), choice('b'), choice('c')])] });
    const scored = scoreCity(r, city([opd('o', [service('x', { a: 'c', b: 'b', c: 'a' })])]));
    expect(scored.opds[0]!.services[0]!.score).toBeCloseTo(50, 10);
    const third = scoreCity(r, city([opd('o', [service('x', { a: 'c', b: 'a', c: 'a' })])]));
    expect(third.opds[0]!.services[0]!.score).toBeCloseTo(100 / 3, 12);
  });
});
