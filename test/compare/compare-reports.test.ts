/** compareReports as pure arithmetic on hand-built reports: factories with overrides, rules as tables. */
import { beforeAll, describe, expect, it } from 'vitest';
import { compareNumbers, decide } from '../../src/core/compare-pairs.js';
import { compareReports, isSameRubricLine } from '../../src/core/compare.js';
import type { Report, ReportOpd, ReportService } from '../../src/core/report.js';
import type { Rubric } from '../../src/core/types.js';
import { loadRubric } from '../../src/io/load.js';
import { RUBRIC } from './compare-helpers.js';

let rubric: Rubric;
beforeAll(async () => {
  rubric = (await loadRubric(RUBRIC)).rubric;
});

function service(overrides: Partial<ReportService> = {}): ReportService {
  return {
    id: 'akta-lahir',
    name: 'Akta Kelahiran',
    annual_volume: 1000,
    score: 50,
    rating: 'Baik',
    level: 2,
    visits_per_transaction: 1,
    inherent_visits_per_transaction: 0,
    field_visits_per_transaction: 0,
    annual_visits: 1000,
    annual_visits_inherent: 0,
    annual_visits_rule: 0,
    annual_field_visits: 0,
    no_visit: false,
    online_share: null,
    completeness: 1,
    sections: [],
    trips: [],
    answers: {},
    not_applicable: {},
    ...overrides,
  };
}

function opd(id: string, services: ReportService[]): ReportOpd {
  return {
    id,
    name: id.toUpperCase(),
    score: 50,
    rating: 'Baik',
    completeness: 1,
    annual_volume: 0,
    sections: [],
    answers: {},
    not_applicable: {},
    services,
  };
}

function report(city: string, opds: ReportOpd[], period = '2026'): Report {
  return {
    report_version: 2,
    generator: 'test',
    rubric: { id: 'uji-banding', version: '1.0.0', sha256: '0'.repeat(64) },
    city: { id: city, name: city, period },
    summary: {
      score: 50,
      rating: 'Baik',
      completeness: 1,
      questions_applicable: 0,
      questions_answered: 0,
      opds: opds.length,
      services: 0,
      services_no_visit: 0,
      services_unknown: 0,
      share_services_no_visit: null,
      annual_volume: 0,
      annual_volume_no_visit: 0,
      share_volume_no_visit: null,
      annual_visits: 0,
      annual_visits_inherent: 0,
      annual_visits_rule: 0,
      annual_visits_avoidable: 0,
      annual_field_visits: 0,
      annual_volume_online: null,
      share_volume_online: null,
      catalog: null,
      levels: { 0: 0, 1: 0, 2: 0, 3: 0 },
    },
    sections: [],
    answers: {},
    not_applicable: {},
    opds,
    gap: { target_level: 3, actions: [], inherent: [], underused: [], below_target: [], catalog_missing: [] },
  };
}

describe('learn_from rules', () => {
  it('enters a service twice when each side leads in its own way, ordered by `from` on a tie', () => {
    // X (kota-b) is a level ahead but needs a visit; Y (kota-a) is a level behind but needs none.
    const a = report('kota-a', [
      opd('dukcapil', [service({ level: 1, no_visit: true, visits_per_transaction: 0, annual_volume: null })]),
    ]);
    const b = report('kota-b', [
      opd('dukcapil', [service({ level: 2, no_visit: false, visits_per_transaction: 1, annual_volume: null })]),
    ]);
    expect(compareReports(a, b, rubric).learn_from.map((e) => [e.from, e.to, e.visits_saved])).toEqual([
      ['kota-a', 'kota-b', null],
      ['kota-b', 'kota-a', null],
    ]);
  });

  it.each([
    ['a higher level', { level: 3 }, { level: 2 }, 1],
    ['no visit at the same level', { level: 2, no_visit: true, visits_per_transaction: 0 }, { level: 2 }, 1],
    ['the same level and visits', {}, {}, 0],
    ['an unknown level on one side', { level: 3 }, { level: null }, 0],
    [
      'an unknown no-visit on one side',
      { level: null, no_visit: true, visits_per_transaction: 0 },
      { level: null, no_visit: null },
      0,
    ],
    ['incomplete answers on the leading side', { level: 3, completeness: 0.75 }, { level: 2 }, 0],
    ['incomplete answers on the other side', { level: 3 }, { level: 2, completeness: 0.5 }, 0],
  ] as const)('%s: %o over %o gives %i entries', (_, leader, other, entries) => {
    const a = report('kota-a', [opd('dukcapil', [service(leader)])]);
    const b = report('kota-b', [opd('dukcapil', [service(other)])]);
    expect(compareReports(a, b, rubric).learn_from).toHaveLength(entries);
  });

  it('names the periods when one city is compared with itself', () => {
    const earlier = report('kota-a', [opd('dukcapil', [service({ level: 1, visits_per_transaction: 2 })])], '2025');
    const later = report(
      'kota-a',
      [opd('dukcapil', [service({ level: 3, visits_per_transaction: 0, no_visit: true })])],
      '2026',
    );
    const [entry] = compareReports(earlier, later, rubric).learn_from;
    expect(entry).toMatchObject({
      from: 'kota-a',
      to: 'kota-a',
      from_period: '2026',
      to_period: '2025',
      visits_saved: 2000,
    });
  });

  it('judges steps by the answer score, whatever the question weight, and skips answers one side lacks', () => {
    const a = report('kota-a', [
      opd('dukcapil', [service({ level: 3, answers: { pengajuan: 'daring', dokumen: 'unggah', hasil: 'kirim' } })]),
    ]);
    const b = report('kota-b', [
      opd('dukcapil', [
        service({
          level: 1,
          answers: { pengajuan: 'unduh', hasil: 'kirim' },
          not_applicable: { dokumen: 'tidak perlu' },
        }),
      ]),
    ]);
    expect(compareReports(a, b, rubric).learn_from[0]?.steps).toEqual([
      { question: 'pengajuan', from_answer: 'daring', to_answer: 'unduh', removes_visit: true },
    ]);
  });
});

describe('city totals and city size', () => {
  /** A report of `city` whose summary has these office visits and transactions a year. */
  const sized = (city: string, annual_visits: number | null, annual_volume: number | null, period = '2026'): Report => {
    const r = report(city, [], period);
    return { ...r, summary: { ...r.summary, annual_visits, annual_volume } };
  };

  it.each([
    ['two cities', 'kota-b', '2026', 'not_comparable'],
    ['one city, two periods', 'kota-a', '2027', 'better'],
    ['one city, one period (a draft and its revision)', 'kota-a', '2026', 'better'],
  ] as const)('%s: office visits a year are %s', (_, cityB, periodB, status) => {
    const c = compareReports(sized('kota-a', 3000, 1000), sized(cityB, 1000, 1000, periodB), rubric);
    expect(c.city.annual_visits).toEqual({ a: 3000, b: 1000, difference: -2000, status });
  });

  it('keeps an unknown total incomplete, whichever cities', () => {
    const c = compareReports(sized('kota-a', null, null), sized('kota-b', 1000, 1000), rubric);
    expect(c.city.annual_visits).toEqual({ a: null, b: 1000, difference: null, status: 'incomplete' });
  });

  it.each([
    // visits, volume of A; visits, volume of B; visits per transaction of A and B, difference, status (fewer is better)
    [3000, 1000, 500, 1000, 3, 0.5, -2.5, 'better'],
    [1, 3, 2, 3, 0.3333, 0.6667, 0.3334, 'worse'],
    // 0.00005 and 0.12345 round half away from zero, as every ratio does.
    [1, 20000, 2469, 20000, 0.0001, 0.1235, 0.1234, 'worse'],
    [0, 1000, 0, 5, 0, 0, 0, 'same'],
    [0, 0, 10, 100, null, 0.1, null, 'incomplete'],
    [null, null, 10, 100, null, 0.1, null, 'incomplete'],
  ] as const)(
    '%s visits / %s transactions vs %s / %s: %s vs %s, difference %s, %s',
    (visitsA, volumeA, visitsB, volumeB, a, b, difference, status) => {
      const c = compareReports(sized('kota-a', visitsA, volumeA), sized('kota-b', visitsB, volumeB), rubric);
      expect(c.city.visits_per_transaction).toEqual({ a, b, difference, status });
    },
  );
});

describe('pairs', () => {
  it.each([
    [50, 60, 'higher', 'better', 10],
    [60, 50, 'higher', 'worse', -10],
    [60, 50, 'lower', 'better', -10],
    [0.1 + 0.2, 0.3, 'higher', 'same', 0],
    [null, 50, 'higher', 'incomplete', null],
  ] as const)('%s -> %s, %s is better: %s (%s)', (a, b, direction, status, difference) => {
    expect(compareNumbers(a, b, direction, 2)).toEqual({ a, b, difference, status });
  });

  it('decides a row by the first pair that differs, passing over unknown ones', () => {
    const pair = (status: 'same' | 'better' | 'worse' | 'incomplete') => ({ a: 1, b: 1, difference: 0, status });
    expect(decide([pair('same'), pair('incomplete'), pair('worse'), pair('better')])).toBe('worse');
    expect(decide([pair('same'), pair('incomplete')])).toBe('same');
  });

  it.each([
    [{ id: 'uji', version: '1.0.0' }, { id: 'uji', version: '1.4.2' }, true],
    [{ id: 'uji', version: '1.0.0' }, { id: 'uji', version: '2.0.0' }, false],
    [{ id: 'uji', version: '1.0.0' }, { id: 'lain', version: '1.0.0' }, false],
  ])('%o and %o are the same rubric line: %s', (a, b, isSame) => {
    expect(isSameRubricLine(a, b)).toBe(isSame);
  });
});

describe('matching by id', () => {
  it("keeps A's order, then appends what only B has", () => {
    const a = report('kota-a', [opd('dukcapil', [service({ id: 'kk' }), service({ id: 'akta' })]), opd('bapenda', [])]);
    const b = report('kota-b', [opd('dinsos', []), opd('dukcapil', [service({ id: 'ktp' }), service({ id: 'akta' })])]);
    const c = compareReports(a, b, rubric);
    expect(c.opds.map((o) => [o.opd, o.status])).toEqual([
      ['dukcapil', 'same'],
      ['bapenda', 'only_a'],
      ['dinsos', 'only_b'],
    ]);
    expect(c.services.map((s) => [s.service, s.status])).toEqual([
      ['kk', 'only_a'],
      ['akta', 'same'],
      ['ktp', 'only_b'],
    ]);
  });
});
