import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportCity } from '../../src/core/report.js';
import { fixture, kotaUji, ujiMini } from '../helpers/fixtures.js';

/** The numbers of the worked example (docs/SPEC.md, test/fixtures/kota-uji.expected.md), field by field. */
const expected = JSON.parse(readFileSync(fixture('kota-uji.expected.json'), 'utf8'));
const { report } = reportCity(ujiMini(), kotaUji(), { generator: 'test', sha256: 'x' });

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

describe('Kota Uji scored with uji-mini (the worked example)', () => {
  it('reproduces every number of the expected report', () => {
    expect(pick(report, expected)).toEqual(expected);
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
  });

  it('ranks the actions by visits avoided, then OPD, service and rubric order', () => {
    expect(
      report.gap.actions.map(
        (a) =>
          `${a.opd}/${a.service}/${a.question}: ${JSON.stringify(a.current)} -> ${a.suggested} (${a.visits_avoided})`,
      ),
    ).toEqual([
      'bapenda/pbb/pengajuan: "unduh" -> daring (5000)',
      'dukcapil/kk/pengajuan: "loket" -> daring (3000)',
      'dukcapil/kk/pembayaran: "tunai" -> transfer (3000)',
      'dukcapil/kk/hasil: ["ambil"] -> pos (3000)',
    ]);
    expect(report.gap.actions[1]?.advice).toBe('Sediakan formulir daring');
  });

  it('lists the inherent visit apart with its basis', () => {
    expect(report.gap.inherent).toEqual([
      {
        opd: 'kecamatan',
        service: 'ktp-el',
        question: 'pengajuan',
        current: 'rekam',
        basis: 'Perekaman sidik jari dan iris wajib hadir',
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
    expect(en.gap.actions[1]?.advice).toBe('Offer an online form');
  });
});
