/** City, OPD and service rows of `opdm compare`, one scenario per fixture, through the CLI's JSON. */
import { describe, expect, it } from 'vitest';
import { compareJson, fixture } from './compare-helpers.js';
import type { Comparison, Pair } from '../../src/core/compare.js';

const MAJU = fixture('kota-maju');
const RINTIS = fixture('kota-rintis');

/** Every status in the comparison, from city rows to service figures. */
function allStatuses(c: Comparison): string[] {
  const pairs = (row: object) =>
    Object.values(row).filter((v): v is Pair<number> => typeof v === 'object' && v !== null && 'status' in v);
  const { levels, ...city } = c.city;
  return [
    ...pairs(city).map((p) => p.status),
    ...Object.values(levels).map((p) => p.status),
    ...c.opds.flatMap((o) => [o.status, ...pairs(o).map((p) => p.status)]),
    ...c.services.flatMap((s) => [s.status, ...pairs(s).map((p) => p.status)]),
  ];
}

describe('identical inputs', () => {
  it('are the same everywhere, with zero differences and nothing to learn', async () => {
    const c = await compareJson(MAJU, MAJU);
    expect(new Set(allStatuses(c))).toEqual(new Set(['same']));
    expect(c.city.score).toEqual({ a: 77.22, b: 77.22, difference: 0, status: 'same' });
    expect(c.services.map((s) => s.score.difference)).toEqual([0, 0, 0, 0, 0]);
    expect(c.learn_from).toEqual([]);
    expect(c.summary.services).toEqual({
      shared: 5,
      better: 0,
      worse: 0,
      same: 5,
      incomplete: 0,
      only_a: 0,
      only_b: 0,
    });
  });
});

describe('the hand-made pair, city rows (B minus A)', () => {
  // A: services 100, 13.33 | 100 | 87.5, 62.5 -> OPDs 56.67, 100, 75 -> city 77.22.
  // B: services 0, 83.33 | 62.5 | 50, 47.5 -> OPDs 41.67, 62.5, 48.75 -> city 50.97.
  it.each([
    ['score', 77.22, 50.97, -26.25, 'worse'],
    ['rating', 'Baik', 'Baik', null, 'same'],
    ['completeness', 1, 1, 0, 'same'],
    ['services_no_visit', 3, 1, -2, 'worse'],
    ['share_services_no_visit', 0.6, 0.2, -0.4, 'worse'],
    // A: 25 400 of 33 700 transactions; B: 6 000 of 50 500 (pbg has no volume).
    ['share_volume_no_visit', 0.7537, 0.1188, -0.6349, 'worse'],
    // A: 3 x 8 000 + 300; B: 3 x 20 000 + 24 000 + 2 x 500 (pbg unknown). Two cities: not judged.
    ['annual_visits', 24300, 85000, 60700, 'not_comparable'],
    // A: 24 300 / 33 700 = 0.72107; B: 85 000 / 50 500 = 1.68317. Fewer is better.
    ['visits_per_transaction', 0.7211, 1.6832, 0.9621, 'worse'],
    ['services_at_target', 3, 1, -2, 'worse'],
  ] as const)('%s: %s vs %s, difference %s, %s', async (key, a, b, difference, status) => {
    const c = await compareJson(MAJU, RINTIS);
    expect(c.city[key]).toEqual({ a, b, difference, status });
  });

  it('counts services per level; below the target level fewer is better', async () => {
    const { levels } = (await compareJson(MAJU, RINTIS)).city;
    expect(levels).toEqual({
      0: { a: 0, b: 0, difference: 0, status: 'same' },
      1: { a: 2, b: 3, difference: 1, status: 'worse' },
      2: { a: 0, b: 1, difference: 1, status: 'worse' },
      3: { a: 3, b: 1, difference: -2, status: 'worse' },
    });
  });

  it('compares OPDs and services by id, status following the score', async () => {
    const c = await compareJson(MAJU, RINTIS);
    expect(c.opds.map((o) => [o.opd, o.score.a, o.score.b, o.score.difference, o.status])).toEqual([
      ['dukcapil', 56.67, 41.67, -15, 'worse'],
      ['bapenda', 100, 62.5, -37.5, 'worse'],
      ['perizinan', 75, 48.75, -26.25, 'worse'],
    ]);
    expect(
      c.services.map((s) => [
        s.service,
        s.score.difference,
        s.level.difference,
        s.visits_per_transaction.difference,
        s.status,
      ]),
    ).toEqual([
      ['akta-lahir', -100, -2, 3, 'worse'],
      ['kk', 70, 2, -3, 'better'],
      ['pbb', -37.5, -2, 1, 'worse'],
      ['pbg', -37.5, -2, 2, 'worse'],
      ['reklame', -15, 1, 1, 'worse'],
    ]);
    // Kota Rintis' pbg has no volume: its annual visits are unknown, not 0.
    expect(c.services.find((s) => s.service === 'pbg')?.annual_visits).toEqual({
      a: 0,
      b: null,
      difference: null,
      status: 'incomplete',
    });
  });
});

describe('disjoint OPDs', () => {
  it('are only in A or only in B, services too, and nothing is learnt', async () => {
    const c = await compareJson(fixture('disjoint-only-dukcapil'), fixture('disjoint-only-perizinan'));
    expect(c.opds.map((o) => [o.opd, o.status, o.score])).toEqual([
      ['dukcapil', 'only_a', { a: 100, b: null, difference: null, status: 'only_a' }],
      ['perizinan', 'only_b', { a: null, b: 50, difference: null, status: 'only_b' }],
    ]);
    expect(c.services.map((s) => [s.opd, s.service, s.status])).toEqual([
      ['dukcapil', 'akta-lahir', 'only_a'],
      ['perizinan', 'pbg', 'only_b'],
    ]);
    expect(c.summary.opds).toEqual({ shared: 0, only_a: 1, only_b: 1 });
    expect(c.learn_from).toEqual([]);
    // The cities are still compared as wholes.
    expect(c.city.score).toEqual({ a: 100, b: 50, difference: -50, status: 'worse' });
  });
});

describe('a service only one city has', () => {
  it('is only_b with its figures on B side, while the shared service is compared', async () => {
    const c = await compareJson(MAJU, fixture('ktp-only-in-b'));
    const ktp = c.services.find((s) => s.service === 'ktp-el');
    expect(ktp).toMatchObject({
      opd: 'dukcapil',
      status: 'only_b',
      name: { a: null, b: 'KTP Elektronik' },
      annual_volume: { a: null, b: 7000 },
    });
    expect(ktp?.level).toEqual({ a: null, b: 1, difference: null, status: 'only_b' });
    expect(c.services.map((s) => [s.service, s.status])).toEqual([
      ['akta-lahir', 'same'],
      ['kk', 'only_a'],
      ['ktp-el', 'only_b'],
      ['pbb', 'only_a'],
      ['pbg', 'only_a'],
      ['reklame', 'only_a'],
    ]);
    expect(c.summary.services).toMatchObject({ shared: 1, same: 1, only_a: 4, only_b: 1 });
  });
});

describe('a service with incomplete answers', () => {
  it('is marked incomplete, showing its figures without a difference', async () => {
    const c = await compareJson(MAJU, fixture('akta-lahir-incomplete'));
    const akta = c.services.find((s) => s.service === 'akta-lahir');
    expect(akta?.status).toBe('incomplete');
    expect(akta?.incomplete_in).toEqual(['b']);
    expect(akta?.score).toEqual({ a: 100, b: 0, difference: null, status: 'incomplete' });
    // B's answers given already need visits (loket, fotokopi): no_visit false; level 1 from them.
    expect(akta?.no_visit).toEqual({ a: true, b: false, difference: null, status: 'incomplete' });
    expect(akta?.level).toEqual({ a: 3, b: 1, difference: null, status: 'incomplete' });
    // What is known is how complete it is: 2 of 3 required questions.
    expect(akta?.completeness).toEqual({ a: 1, b: 0.6667, difference: -0.3333, status: 'worse' });
    expect(c.summary.services.incomplete).toBe(1);
  });
});

describe('one city, two periods', () => {
  it('marks the comparison as the same city and names the periods in learn_from', async () => {
    const c = await compareJson(fixture('kota-maju-2025'), MAJU);
    expect(c.same_city).toBe(true);
    expect([c.a.city.period, c.b.city.period]).toEqual(['2025', '2026']);
    // 2025: loket + fotokopi, 2 visits a transaction, 10 000 a year -> 20 000 visits saved.
    expect(c.learn_from).toEqual([
      {
        opd: 'dukcapil',
        service: 'akta-lahir',
        from: 'kota-maju',
        to: 'kota-maju',
        from_period: '2026',
        to_period: '2025',
        to_side: 'a',
        from_level: 3,
        to_level: 1,
        steps: [
          { question: 'pengajuan', from_answer: 'daring', to_answer: 'loket', removes_visit: true },
          { question: 'dokumen', from_answer: 'unggah', to_answer: 'fotokopi', removes_visit: true },
        ],
        visits_saved: 20000,
      },
    ]);
    expect(c.services.map((s) => s.status)).toEqual(['better', 'same', 'same', 'same', 'same']);
    // One city: its total is judged. 2025: 24 300 + 2 x 10 000 = 44 300 visits of 33 700 transactions.
    expect(c.city.annual_visits).toEqual({ a: 44300, b: 24300, difference: -20000, status: 'better' });
    expect(c.city.visits_per_transaction).toEqual({ a: 1.3145, b: 0.7211, difference: -0.5934, status: 'better' });
  });
});

describe('two files of one city and one period (a draft and its revision)', () => {
  it('says which input can learn from which, by side, not by city', async () => {
    const c = await compareJson(MAJU, fixture('kota-maju-draft'));
    expect(c.same_city).toBe(true);
    expect(c.learn_from.map((e: { to_side: string }) => e.to_side)).toEqual(['b']);
    expect(c.summary.learn_from.b.services).toBe(1);
    expect(c.summary.learn_from.a.services).toBe(0);
  });
});
