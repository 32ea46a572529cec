/**
 * The contract 2 reference against SPEC's worked examples (every field, both ways) and plain
 * tables for the rules that are easiest to get wrong.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { firstDifference, showDifference } from './compare.js';
import {
  completenessOf,
  outcomeOf,
  referenceReport,
  suggestionFor,
  type RefAnswerMap,
  type RefCityAnswers,
  type RefOption,
  type RefQuestion,
  type RefReport,
  type RefRubric,
} from './spec-reference.js';

const fixture = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)), 'utf8');

/** SPEC: the expected files hold every report field but these. */
function withoutOmittedFields(report: RefReport): unknown {
  const { generator: _g, rubric, opds, ...rest } = report;
  const { sha256: _s, ...rubricRest } = rubric;
  return {
    ...rest,
    rubric: rubricRest,
    opds: opds.map((o) => ({
      ...o,
      services: o.services.map(({ answers: _a, not_applicable: _n, trips: _t, ...s }) => s),
    })),
  };
}

function workedExample(rubricFile: string, answersFile: string, expectedFile: string) {
  const rubricText = fixture(rubricFile);
  const rubric = parse(rubricText) as RefRubric;
  const answers = parse(fixture(answersFile)) as RefCityAnswers;
  const expected: unknown = JSON.parse(fixture(expectedFile));
  const sha256 = createHash('sha256').update(rubricText).digest('hex');
  const report = referenceReport(rubric, answers, { generator: 'opd-maturity 0.0.0', sha256 });
  return { expected, report };
}

const noDifference = (name: string, expected: unknown, actual: unknown, names: string[]): string | null => {
  const d = firstDifference(expected, actual);
  return d === null ? null : showDifference(name, d, names);
};

describe('the contract 2 reference reproduces the worked examples, every field both ways', () => {
  it('kota-uji (contract 1 keys, report 2 shape)', () => {
    const { expected, report } = workedExample(
      'uji-mini.rubric.yaml',
      'kota-uji.answers.yaml',
      'kota-uji.expected.json',
    );
    const names = ['kota-uji.expected.json', 'reference'];
    expect(noDifference('kota-uji', expected, report, names)).toBeNull();
    expect(noDifference('kota-uji', withoutOmittedFields(report), expected, names.slice().reverse())).toBeNull();
    expect(report.opds[0]?.services[1]?.answers).toEqual({
      pengajuan: 'loket',
      berbayar: true,
      pembayaran: 'tunai',
      hasil: ['ambil'],
      'persen-daring': 10,
    });
    expect(report.opds[0]?.services[0]?.answers).not.toHaveProperty('pembayaran');
    // No trips declared: every visit is a trip of its own.
    expect(report.opds[0]?.services[1]?.trips).toEqual([
      { trip: null, kind: 'office', questions: ['pengajuan'] },
      { trip: null, kind: 'office', questions: ['pembayaran'] },
      { trip: null, kind: 'office', questions: ['hasil'] },
    ]);
    expect(report.opds[2]?.services[0]?.trips).toEqual([{ trip: null, kind: 'physical', questions: ['pengajuan'] }]);
  });

  it('kota-trip (every contract 2 key)', () => {
    const { expected, report } = workedExample(
      'uji-trip.rubric.yaml',
      'kota-trip.answers.yaml',
      'kota-trip.expected.json',
    );
    const names = ['kota-trip.expected.json', 'reference'];
    expect(noDifference('kota-trip', expected, report, names)).toBeNull();
    expect(noDifference('kota-trip', withoutOmittedFields(report), expected, names.slice().reverse())).toBeNull();
    const [ktp, ikd, kk] = report.opds[0]?.services ?? [];
    const [izin, bangunan, reklame] = report.opds[1]?.services ?? [];
    expect(ktp?.trips).toEqual([
      { trip: 'ajukan', kind: 'physical', questions: ['pengajuan', 'identitas'] },
      { trip: 'ambil', kind: 'office', questions: ['hasil'] },
      { trip: null, kind: 'office', questions: ['status'] },
    ]);
    expect(ikd?.trips).toEqual([{ trip: 'ajukan', kind: 'rule', questions: ['identitas'] }]);
    expect(kk?.trips).toEqual([]);
    expect(izin?.trips).toEqual([]);
    expect(bangunan?.trips).toEqual([
      { trip: 'ajukan', kind: 'office', questions: ['pengajuan', 'identitas'] },
      { trip: 'ambil', kind: 'office', questions: ['hasil'] },
    ]);
    expect(reklame?.trips).toEqual([]);
    expect(reklame?.answers).toEqual({ pengajuan: 'daring', identitas: 'nik-daring' });
    expect(report.generator).toBe('opd-maturity 0.0.0');
    expect(report.rubric.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

// ---------------------------------------------------------------- tables

const opt = (value: string, rest: Omit<RefOption, 'value' | 'label'>): RefOption => ({ value, label: value, ...rest });

/** A rubric of one service section holding `questions`. */
function miniRubric(questions: RefQuestion[], extra: Partial<RefRubric> = {}): RefRubric {
  return {
    rubric: 'tabel',
    version: '1.0.0',
    title: 'Tabel',
    languages: ['id'],
    target_level: 1,
    scale: [
      { level: 0, label: 'nol' },
      { level: 1, label: 'satu' },
    ],
    ratings: [{ min: 0, label: 'semua' }],
    aggregation: {
      opd: { services: 1, sections: 0 },
      city: { opds: 1, sections: 0 },
      service_weighting: 'equal',
      opd_weighting: 'equal',
    },
    sections: [{ id: 'alur', scope: 'service', title: 'Alur', questions }],
    ...extra,
  };
}

function oneService(rubric: RefRubric, answers: RefAnswerMap, annual_volume = 100): RefReport {
  return referenceReport(rubric, {
    rubric: `${rubric.rubric}@${rubric.version}`,
    city: { id: 'kota', name: 'Kota' },
    period: '2026',
    answers: {},
    opds: [{ id: 'opd', name: 'OPD', answers: {}, services: [{ id: 'svc', name: 'Layanan', annual_volume, answers }] }],
  });
}

describe('visit kinds of a multi answer', () => {
  const hasil: RefQuestion = {
    id: 'hasil',
    type: 'multi',
    title: 'Hasil',
    options: [
      opt('kantor', { score: 0, visit: 'office' }),
      opt('rekam', { score: 0, visit: 'physical', basis: 'tubuh' }),
      opt('ikd', { score: 0, visit: 'rule', basis: 'aturan' }),
      opt('lama', { score: 0, visit: true, inherent: true }),
      opt('survei', { score: 0.5, visit: 'field' }),
      opt('unduh', { score: 1, visit: 'none' }),
    ],
  };
  it.each([
    [['rekam', 'kantor'], 'office'],
    [['kantor', 'ikd'], 'office'],
    [['ikd', 'rekam'], 'physical'],
    [['ikd', 'lama'], 'physical'], // contract 1's inherent: true is physical
    [['ikd'], 'rule'],
    [['kantor', 'survei'], 'none'], // field counts as none in a multi
    [['survei'], 'none'],
    [['kantor', 'unduh'], 'none'],
    [[], 'none'],
  ])('%j -> %s', (chosen, kind) => {
    expect(outcomeOf(hasil, chosen).kind).toBe(kind);
  });

  it('field in a multi is not a field visit; in a choice it is', () => {
    const survei: RefQuestion = {
      id: 'survei',
      type: 'choice',
      title: 'Survei',
      options: [opt('lapangan', { score: 0.5, visit: 'field' }), opt('tidak', { score: 1 })],
    };
    const rubric = miniRubric([hasil, survei]);
    const service = oneService(rubric, { hasil: ['survei'], survei: 'lapangan' }).opds[0]?.services[0];
    expect(service?.field_visits_per_transaction).toBe(1);
    expect(service?.visits_per_transaction).toBe(0);
    expect(service?.no_visit).toBe(true);
  });
});

describe('neutral answers', () => {
  const q: RefQuestion = {
    id: 'q',
    type: 'multi',
    title: 'Q',
    options: [opt('a', { score: null }), opt('b', { score: null }), opt('c', { score: 0.4 }), opt('d', { score: 0.8 })],
  };
  it.each([
    [['a', 'b'], 'sum', null], // every chosen option neutral: the answer is neutral
    [['a', 'c'], 'sum', 0.4], // a neutral option leaves the sum
    [['c', 'd'], 'sum', 1], // min(1, 1.2)
    [['a', 'c', 'd'], 'max', 0.8],
    [['a'], 'max', null],
    [[], 'max', 0], // empty list: 0
  ] as const)('multi %j with combine %s scores %s', (chosen, combine, score) => {
    expect(outcomeOf({ ...q, combine }, [...chosen]).score).toBe(score);
  });

  it('a neutral answer counts as answered but leaves the mean', () => {
    const rubric = miniRubric([
      { ...q, id: 'm' },
      { id: 'b', type: 'boolean', title: 'B', options: { true: { score: null } } },
      { id: 'n', type: 'choice', title: 'N', options: [opt('x', { score: 0.25 })] },
    ]);
    const service = oneService(rubric, { m: ['a', 'b'], b: true, n: 'x' }).opds[0]?.services[0];
    expect(service?.score).toBe(25);
    expect(service?.completeness).toBe(1);
    const onlyNeutral = oneService(rubric, { m: ['a'], b: true }).opds[0]?.services[0];
    expect(onlyNeutral?.score).toBeNull();
    expect(onlyNeutral?.completeness).toBe(0.6667);
  });
});

describe('an inherent trip', () => {
  it('takes its office answers along: no action, they are steps of the inherent entry', () => {
    const rubric = miniRubric(
      [
        {
          id: 'loket',
          type: 'choice',
          title: 'Loket',
          trip: 'datang',
          options: [opt('ya', { score: 0, visit: 'office', advice: 'daring' }), opt('tidak', { score: 1 })],
        },
        {
          id: 'rekam',
          type: 'choice',
          title: 'Rekam',
          trip: 'datang',
          options: [
            opt('biometrik', { score: null, visit: 'physical', basis: 'sidik jari' }),
            opt('tidak', { score: 1 }),
          ],
        },
      ],
      { trips: [{ id: 'datang', label: 'Datang' }] },
    );
    const report = oneService(rubric, { loket: 'ya', rekam: 'biometrik' }, 700);
    expect(report.gap.actions).toEqual([]);
    expect(report.gap.inherent).toEqual([
      {
        opd: 'opd',
        service: 'svc',
        trip: 'datang',
        kind: 'physical',
        steps: [
          { question: 'loket', current: 'ya', kind: 'office', basis: null },
          { question: 'rekam', current: 'biometrik', kind: 'physical', basis: 'sidik jari' },
        ],
        annual_visits: 700,
      },
    ]);
    expect(report.summary).toMatchObject({
      annual_visits: 700,
      annual_visits_inherent: 700,
      annual_visits_rule: 0,
      annual_visits_avoidable: 0,
    });
  });
});

describe('the suggested answer', () => {
  it.each([
    [
      'lowest-scoring visit-free option; a field option is visit-free',
      [
        opt('loket', { score: 0, visit: 'office' }),
        opt('daring', { score: 0.8 }),
        opt('survei', { score: 0.5, visit: 'field' }),
        opt('otomatis', { score: 1 }),
      ],
      'survei',
    ],
    [
      'first in rubric order on a tie',
      [opt('loket', { score: 0 }), opt('b', { score: 0.5 }), opt('a', { score: 0.5 })].map((o, i) =>
        i === 0 ? { ...o, visit: 'office' as const } : o,
      ),
      'b',
    ],
    [
      'neutral options after every scored one',
      [opt('loket', { score: 0, visit: 'office' }), opt('netral', { score: null }), opt('daring', { score: 1 })],
      'daring',
    ],
    [
      'only neutral options: the first of them',
      [opt('loket', { score: 0, visit: 'office' }), opt('n1', { score: null }), opt('n2', { score: null })],
      'n1',
    ],
    [
      'rule, physical and office options are never suggested',
      [
        opt('loket', { score: 0, visit: 'office' }),
        opt('ikd', { score: 0.1, visit: 'rule', basis: 'aturan' }),
        opt('rekam', { score: 0.1, visit: 'physical', basis: 'tubuh' }),
        opt('lama', { score: 0.1, visit: true, inherent: true }),
      ],
      null,
    ],
  ])('%s', (_name, options, suggested) => {
    for (const type of ['choice', 'multi'] as const)
      expect(suggestionFor({ id: 'q', type, title: 'Q', options })).toBe(suggested);
  });

  it('boolean: the branch value, true before false on a tie; number: the band min', () => {
    const tie = { true: { score: 0.5 }, false: { score: 0.5 } };
    expect(suggestionFor({ id: 'b', type: 'boolean', title: 'B', options: tie })).toBe(true);
    const falseCheaper = { true: { score: 1 }, false: { score: 0.2, visit: 'field' as const } };
    expect(suggestionFor({ id: 'b', type: 'boolean', title: 'B', options: falseCheaper })).toBe(false);
    const onlyTrue = { false: { visit: true } };
    expect(suggestionFor({ id: 'b', type: 'boolean', title: 'B', options: onlyTrue })).toBe(true);
    const bands = [
      { min: 0, score: 0, visit: 'office' as const },
      { min: 10, score: null },
      { min: 20, score: 0.7 },
      { min: 30, score: 0.9 },
    ];
    expect(suggestionFor({ id: 'n', type: 'number', title: 'N', min: 0, bands })).toBe(20);
  });
});

describe('ranking of actions', () => {
  it('ties (same visits avoided, OPD and service) go by the rubric order of the trip first step', () => {
    const office = (id: string, trip?: string): RefQuestion => ({
      id,
      type: 'choice',
      title: id,
      ...(trip === undefined ? {} : { trip }),
      options: [opt('loket', { score: 0, visit: 'office' }), opt('daring', { score: 1 })],
    });
    // Declared trips b before a; questions: q1 (trip a), q2 (no trip), q3 (trip b), q4 (trip a).
    const rubric = miniRubric([office('q1', 'a'), office('q2'), office('q3', 'b'), office('q4', 'a')], {
      trips: [
        { id: 'b', label: 'B' },
        { id: 'a', label: 'A' },
      ],
    });
    const report = oneService(rubric, { q1: 'loket', q2: 'loket', q3: 'loket', q4: 'loket' });
    expect(report.gap.actions.map((a) => [a.trip, a.steps.map((s) => s.question)])).toEqual([
      ['a', ['q1', 'q4']],
      [null, ['q2']],
      ['b', ['q3']],
    ]);
    expect(report.opds[0]?.services[0]?.visits_per_transaction).toBe(3);
  });

  it('by visits avoided (unknown last), then OPD id and service id by code point', () => {
    const q: RefQuestion = {
      id: 'q',
      type: 'boolean',
      title: 'Q',
      options: { false: { score: 0, visit: 'office' } },
    };
    const rubric = miniRubric([q]);
    const svc = (id: string, annual_volume?: number) => ({
      id,
      name: id,
      answers: { q: false },
      ...(annual_volume === undefined ? {} : { annual_volume }),
    });
    const report = referenceReport(rubric, {
      rubric: 'tabel@1.0.0',
      city: { id: 'kota', name: 'Kota' },
      period: '2026',
      answers: {},
      opds: [
        { id: 'b', name: 'B', services: [svc('x', 10), svc('y')] },
        { id: 'a-b', name: 'A-B', services: [svc('z', 10)] },
        { id: 'a', name: 'A', services: [svc('p-2', 10), svc('p10', 10), svc('p', 10), svc('big', 50)] },
      ],
    });
    expect(report.gap.actions.map((a) => `${a.opd}/${a.service}`)).toEqual([
      'a/big',
      'a/p',
      'a/p-2',
      'a/p10',
      'a-b/z',
      'b/x',
      'b/y',
    ]);
  });
});

describe('exact completeness', () => {
  it.each([
    [20000, 20001, 0.9999], // 0.99995 would round to 1
    [19999, 20000, 0.9999],
    [20001, 20001, 1],
    [0, 0, 1], // nothing required
    [1, 3, 0.3333],
    [2, 3, 0.6667],
    [0, 5, 0],
  ])('%i / %i -> %f', (answered, applicable, expected) => {
    expect(completenessOf(answered, applicable)).toBe(expected);
  });
});
