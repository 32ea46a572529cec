/**
 * Two cities of different sizes (the bundled examples): the total of office visits is shown but
 * not judged, and the visits per transaction judge instead. One city in two periods keeps its
 * total judged.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../src/core/compare.js';
import type { Report } from '../../src/core/report.js';
import { runCli } from '../helpers/run-cli.js';

const BANDUNG = 'test/fixtures/examples-1.0.0/kota-bandung.answers.yaml';
const PALANGKA_RAYA = 'test/fixtures/examples-1.0.0/kota-palangka-raya.answers.yaml';

async function cliJson<T>(args: string[]): Promise<T> {
  const run = await runCli([...args, '--format', 'json']);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as T;
}

async function compareText(a: string, b: string, format: string, lang: string): Promise<string> {
  // Wide enough that no row wraps: these tests read the rows; test/render/widths.test.ts the wrapping.
  const run = await runCli(['compare', a, b, '--format', format, '--lang', lang], { env: { COLUMNS: '240' } });
  expect(run.code).toBe(0);
  return run.stdout;
}

/**
 * Palangka Raya in 2027: the waste levy (42 000 payments a year) paid by virtual account instead
 * of at a bank teller, one office visit less each. Everything else as in 2026.
 */
async function writePalangkaRaya2027(): Promise<string> {
  const text = await readFile(PALANGKA_RAYA, 'utf8');
  const dated = text.replace('period: "2026"', 'period: "2027"');
  const edited = dated.replace(/(id: retribusi-sampah[\s\S]*?pembayaran: )teller-bank/, '$1va-transfer');
  expect(dated).not.toBe(text);
  expect(edited).not.toBe(dated);
  const file = join(await mkdtemp(join(tmpdir(), 'opdm-city-size-')), 'kota-palangka-raya-2027.answers.yaml');
  await writeFile(file, edited);
  return file;
}

describe('Bandung vs Palangka Raya (two cities of different sizes)', () => {
  it('shows the office visits a year with their difference, but does not judge them', async () => {
    const c = await cliJson<Comparison>(['compare', BANDUNG, PALANGKA_RAYA]);
    expect(c.same_city).toBe(false);
    expect(c.city.annual_visits).toEqual({ a: 2749000, b: 476890, difference: -2272110, status: 'not_comparable' });
    expect(c.city.annual_visits.difference).toBe(476890 - 2749000);
  });

  it("judges the office visits per transaction, from each city's own report", async () => {
    const bandung = (await cliJson<Report>(['score', BANDUNG])).summary;
    const palangkaRaya = (await cliJson<Report>(['score', PALANGKA_RAYA])).summary;
    expect([bandung.annual_visits, bandung.annual_volume]).toEqual([2749000, 3360130]);
    expect([palangkaRaya.annual_visits, palangkaRaya.annual_volume]).toEqual([476890, 447830]);
    // 2 749 000 / 3 360 130 = 0.81812...; 476 890 / 447 830 = 1.06489...: fewer is better.
    const c = await cliJson<Comparison>(['compare', BANDUNG, PALANGKA_RAYA]);
    expect(c.city.visits_per_transaction).toEqual({ a: 0.8181, b: 1.0649, difference: 0.2468, status: 'worse' });
    expect(Object.keys(c.city).slice(6, 9)).toEqual(['annual_visits', 'visits_per_transaction', 'services_at_target']);
  });

  it('changes no other status: service totals are still judged', async () => {
    const c = await cliJson<Comparison>(['compare', BANDUNG, PALANGKA_RAYA]);
    const statuses = c.services.flatMap((s) => [s.status, s.annual_visits.status]);
    expect(statuses).not.toContain('not_comparable');
    expect(statuses).toContain('better');
    expect(c.summary.services).toEqual({
      shared: 24,
      better: 4,
      worse: 20,
      same: 0,
      incomplete: 0,
      only_a: 12,
      only_b: 3,
    });
  });

  it.each([
    [
      'en',
      'table',
      new RegExp(
        /│ Office visits a year +│ +2,749,000 │ +476,890 │ +-2,272,110 │ not comparable /.source +
          /\(different city sizes\) │\n│ Office visits per transaction +│ +0\.8181 │ +1\.0649 /.source +
          /│ +\+0\.2468 │ worse +│\n/.source,
      ),
    ],
    [
      'id',
      'table',
      new RegExp(
        /│ Kunjungan ke kantor per tahun +│ +2\.749\.000 │ +476\.890 │ +-2\.272\.110 │ tidak /.source +
          /sebanding \(ukuran kota berbeda\) │\n│ Kunjungan ke kantor per transaksi +│ +0,8181 /.source +
          /│ +1,0649 │ +\+0,2468 │ lebih buruk +│\n/.source,
      ),
    ],
    [
      'en',
      'md',
      new RegExp(
        /\| Office visits a year \| 2,749,000 \| 476,890 \| -2,272,110 \| not comparable \(different city /.source +
          /sizes\) \|\n\| Office visits per transaction \| 0\.8181 \| 1\.0649 \| \+0\.2468 \| worse \|\n/.source,
      ),
    ],
    [
      'id',
      'md',
      new RegExp(
        /\| Kunjungan ke kantor per tahun \| 2\.749\.000 \| 476\.890 \| -2\.272\.110 \| tidak sebanding /.source +
          /\(ukuran kota berbeda\) \|\n\| Kunjungan ke kantor per transaksi \| 0,8181 \| 1,0649 \| \+0,2468 /.source +
          /\| lebih buruk \|\n/.source,
      ),
    ],
    [
      'en',
      'csv',
      new RegExp(
        /\r\ncity,,,,,,Office visits a year,2749000,476890,-2272110,not comparable \(different city /.source +
          /sizes\),,,,,,,\r\ncity,,,,,,Office visits per transaction,0\.8181,1\.0649,0\.2468,worse,,,,,,,\r\n/.source,
      ),
    ],
    [
      'id',
      'csv',
      new RegExp(
        /\r\nkota,,,,,,Kunjungan ke kantor per tahun,2749000,476890,-2272110,tidak sebanding \(ukuran kota /.source +
          /berbeda\),,,,,,,\r\nkota,,,,,,Kunjungan ke kantor per transaksi,0\.8181,1\.0649,0\.2468,lebih /.source +
          /buruk,,,,,,,\r\n/.source,
      ),
    ],
  ])('%s %s: the total "not comparable", the rate right under it, judged', async (lang, format, rows) => {
    expect(await compareText(BANDUNG, PALANGKA_RAYA, format, lang)).toMatch(rows);
  });

  it("writes the rate with a decimal comma with ';'", async () => {
    const run = await runCli(['compare', BANDUNG, PALANGKA_RAYA, '--format', 'csv', '--delimiter', ';']);
    expect(run.stdout).toContain(
      '\r\nkota;;;;;;Kunjungan ke kantor per transaksi;0,8181;1,0649;0,2468;lebih buruk;;;;;;;\r\n',
    );
  });
});

describe('Palangka Raya in two periods (one city)', () => {
  it('judges the total: 42 000 visits fewer is better, and the rate agrees', async () => {
    const later = await writePalangkaRaya2027();
    const c = await cliJson<Comparison>(['compare', PALANGKA_RAYA, later]);
    expect(c.same_city).toBe(true);
    expect(c.city.annual_visits).toEqual({ a: 476890, b: 434890, difference: -42000, status: 'better' });
    // 434 890 / 447 830 = 0.97110...
    expect(c.city.visits_per_transaction).toEqual({ a: 1.0649, b: 0.9711, difference: -0.0938, status: 'better' });
    const back = await cliJson<Comparison>(['compare', later, PALANGKA_RAYA]);
    expect(back.city.annual_visits).toEqual({ a: 434890, b: 476890, difference: 42000, status: 'worse' });
  });

  it('reads "improved" in the table', async () => {
    const text = await compareText(PALANGKA_RAYA, await writePalangkaRaya2027(), 'table', 'en');
    expect(text).toMatch(
      new RegExp(
        /│ Office visits a year +│ +476,890 │ +434,890 │ +-42,000 │ improved +│\n/.source +
          /│ Office visits per transaction +│ +1\.0649 │ +0\.9711 │ +-0\.0938 │ improved +│\n/.source,
      ),
    );
    expect(text).not.toContain('not comparable');
  });
});
