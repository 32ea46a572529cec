import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportCity, type Report } from '../../src/core/report.js';
import type { CityAnswers, Rubric } from '../../src/core/types.js';
import { fixture, kotaUji, readYamlFixture, ujiMini } from '../helpers/fixtures.js';

const expectedOf = (name: string): Record<string, unknown> => JSON.parse(readFileSync(fixture(name), 'utf8'));

/** The report restricted to the fields the expected file holds (SPEC's, less a few). */
function pick(actual: unknown, shape: unknown): unknown {
  if (Array.isArray(shape)) return (actual as unknown[]).map((item, i) => pick(item, shape[i]));
  if (shape !== null && typeof shape === 'object') {
    return Object.fromEntries(
      Object.keys(shape).map((k) => [
        k,
        pick((actual as Record<string, unknown>)[k], (shape as Record<string, unknown>)[k]),
      ]),
    );
  }
  return actual;
}

/** SPEC: the expected files hold every report field but these. */
const LEFT_OUT = new Set(['generator', 'sha256', 'answers', 'not_applicable', 'trips']);

/** The SPEC fields of a report (its own additions left out), to check nothing SPEC asks for is missing. */
function specFields(actual: unknown, shape: unknown): unknown {
  if (Array.isArray(actual)) return actual.map((item, i) => specFields(item, (shape as unknown[] | undefined)?.[i]));
  if (actual !== null && typeof actual === 'object') {
    const known = (shape ?? {}) as Record<string, unknown>;
    return Object.fromEntries(
      Object.entries(actual)
        .filter(([k]) => !LEFT_OUT.has(k) && k in known)
        .map(([k, v]) => [k, specFields(v, known[k])]),
    );
  }
  return actual;
}

describe('Kota Uji scored with uji-mini (worked example 1: contract 1 keys)', () => {
  const expected = expectedOf('kota-uji.expected.json');
  const { report } = reportCity(ujiMini(), kotaUji(), { generator: 'test', sha256: 'x' });

  it('reproduces every number of the expected report, in the report 2 shape', () => {
    expect(report.report_version).toBe(2);
    expect(pick(report, expected)).toEqual(expected);
    expect(specFields(report, expected)).toEqual(expected);
  });

  it('scores each service as worked out by hand', () => {
    const services = report.opds.flatMap((o) =>
      o.services.map((s) => [
        `${o.id}/${s.id}`,
        s.score,
        s.level,
        s.visits_per_transaction,
        s.annual_visits,
        s.no_visit,
      ]),
    );
    expect(services).toEqual([
      ['dukcapil/akta-lahir', 84.44, 4, 0, 0, true],
      ['dukcapil/kk', 0, 1, 3, 9000, false],
      ['bapenda/pbb', 51.67, 2, 1, 5000, false],
      ['kecamatan/ktp-el', 11.11, 1, 1, 2000, false],
    ]);
  });

  it('scores OPDs and the city, with their ratings', () => {
    expect(report.opds.map((o) => [o.id, o.score, o.rating])).toEqual([
      ['dukcapil', 34.58, 'Kurang'],
      ['bapenda', 51.25, 'Kurang'],
      ['kecamatan', 20.83, 'Kurang'],
    ]);
    expect([report.summary.score, report.summary.rating, report.summary.completeness]).toEqual([48.44, 'Kurang', 1]);
  });

  it('gives the gap headline: 1 of 4 services, 16000 visits of which 2000 inherent', () => {
    const s = report.summary;
    expect([s.services, s.services_no_visit, s.services_unknown, s.annual_volume, s.annual_volume_no_visit]).toEqual([
      4, 1, 0, 11000, 1000,
    ]);
    expect([s.share_services_no_visit, s.share_volume_no_visit, s.annual_visits, s.annual_visits_inherent]).toEqual([
      0.25, 0.0909, 16000, 2000,
    ]);
    expect([s.annual_visits_avoidable, s.annual_visits_rule, s.annual_field_visits]).toEqual([14000, 0, 0]);
  });

  it('has one action per question without a trip, ranked by visits avoided, then OPD, service and rubric order', () => {
    const lines = report.gap.actions.map((a) => {
      const steps = a.steps.map((s) => `${s.question}: ${JSON.stringify(s.current)} -> ${s.suggested}`);
      return `${a.opd}/${a.service}/${a.trip ?? '-'} ${steps.join(' + ')} (${a.visits_avoided})`;
    });
    expect(lines).toEqual([
      'bapenda/pbb/- pengajuan: "unduh" -> daring (5000)',
      'dukcapil/kk/- pengajuan: "loket" -> daring (3000)',
      'dukcapil/kk/- pembayaran: "tunai" -> transfer (3000)',
      'dukcapil/kk/- hasil: ["ambil"] -> pos (3000)',
    ]);
    expect(report.gap.actions[1]?.steps[0]?.advice).toBe('Sediakan formulir daring');
  });

  it('lists the inherent visit apart: contract 1 `inherent: true` is a physical trip, with its basis', () => {
    expect(report.gap.inherent).toEqual([
      {
        opd: 'kecamatan',
        service: 'ktp-el',
        trip: null,
        kind: 'physical',
        steps: [
          {
            question: 'pengajuan',
            current: 'rekam',
            kind: 'physical',
            basis: 'Perekaman sidik jari dan iris wajib hadir',
          },
        ],
        annual_visits: 2000,
      },
    ]);
  });

  it('keeps the applicable answers as given and drops the inapplicable one', () => {
    const akta = report.opds[0]?.services[0];
    expect(akta?.answers).toEqual({
      pengajuan: 'daring',
      berbayar: false,
      hasil: ['ambil', 'unduh'],
      'persen-daring': 80,
    });
    expect(akta?.not_applicable).toEqual({});
  });

  it('reports English texts from the rubric when asked', () => {
    const en = reportCity(ujiMini(), kotaUji(), { generator: 'test', sha256: 'x', lang: 'en' }).report;
    expect(en.gap.actions[1]?.steps[0]?.advice).toBe('Offer an online form');
  });
});

describe('Kota Trip scored with uji-trip (worked example 2: every contract 2 key)', () => {
  const expected = expectedOf('kota-trip.expected.json');
  const rubric = readYamlFixture<Rubric>('uji-trip.rubric.yaml');
  const { report } = reportCity(rubric, readYamlFixture<CityAnswers>('kota-trip.answers.yaml'), {
    generator: 'test',
    sha256: 'x',
  });
  const service = (opd: string, id: string) =>
    report.opds
      .find((o) => o.id === opd)
      ?.services.find((s) => s.id === id) as Report['opds'][number]['services'][number];

  it('reproduces every number of the expected report, and holds every field SPEC asks for', () => {
    expect(pick(report, expected)).toEqual(expected);
    expect(specFields(report, expected)).toEqual(expected);
  });

  it('counts the steps of one occasion as one visit: bangunan applies and shows ID on one trip', () => {
    expect(service('dpmptsp', 'bangunan').trips).toEqual([
      { trip: 'ajukan', kind: 'office', questions: ['pengajuan', 'identitas'] },
      { trip: 'ambil', kind: 'office', questions: ['hasil'] },
    ]);
    expect(service('dpmptsp', 'bangunan').visits_per_transaction).toBe(2);
  });

  it('makes a trip inherent when one of its steps is physical or a national rule', () => {
    expect(service('dukcapil', 'ktp').trips).toEqual([
      { trip: 'ajukan', kind: 'physical', questions: ['pengajuan', 'identitas'] },
      { trip: 'ambil', kind: 'office', questions: ['hasil'] },
      { trip: null, kind: 'office', questions: ['status'] },
    ]);
    expect(service('dukcapil', 'ikd').trips).toEqual([{ trip: 'ajukan', kind: 'rule', questions: ['identitas'] }]);
  });

  it('leaves neutral answers out of the mean but counts them as answered', () => {
    const ktp = service('dukcapil', 'ktp');
    expect([ktp.sections[0]?.score, ktp.score, ktp.completeness]).toEqual([30, 15, 1]);
  });

  it('keeps an unfinished service without a trip unknown, not 0', () => {
    const reklame = service('dpmptsp', 'reklame');
    expect([reklame.no_visit, reklame.visits_per_transaction, reklame.annual_visits]).toEqual([null, null, null]);
  });

  it('counts an officer going to the site as a field visit, not an office visit', () => {
    const izin = service('dpmptsp', 'izin');
    expect([izin.visits_per_transaction, izin.field_visits_per_transaction, izin.no_visit]).toEqual([0, 1, true]);
    expect(report.summary.annual_field_visits).toBe(2500);
  });

  it('splits the headline into avoidable, inherent and national-rule visits', () => {
    const s = report.summary;
    expect([s.annual_visits, s.annual_visits_inherent, s.annual_visits_rule, s.annual_visits_avoidable]).toEqual([
      35000, 14000, 4000, 21000,
    ]);
  });

  it('bundles every step of an avoidable trip into one action; an inherent trip gives none', () => {
    const bangunan = report.gap.actions.find((a) => a.service === 'bangunan' && a.trip === 'ajukan');
    expect(bangunan?.steps.map((s) => `${s.question} -> ${s.suggested}`)).toEqual([
      'pengajuan -> daring',
      'identitas -> nik-daring',
    ]);
    expect(report.gap.actions.some((a) => a.service === 'ktp' && a.trip === 'ajukan')).toBe(false);
  });

  it('lists services that need no visit but few use online, by offline transactions', () => {
    expect(report.gap.underused).toEqual([
      { opd: 'dukcapil', service: 'kk', online_share: 0.3, offline_transactions: 4200 },
    ]);
    expect(report.summary.annual_volume_online).toBe(8000);
  });

  it('covers 5 of 6 catalog services and names the missing one', () => {
    expect(report.summary.catalog).toEqual({ services: 6, services_assessed: 5 });
    expect(report.gap.catalog_missing).toEqual([{ opd: 'dukcapil', service: 'akta' }]);
  });
});
