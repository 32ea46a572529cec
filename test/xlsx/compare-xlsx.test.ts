/**
 * `opdm compare A B --format xlsx -o FILE`, read back with ExcelJS: the city, OPD, service and
 * learn-from sheets hold the comparison JSON's numbers as numbers (differences B − A), unknown
 * values as empty cells, and the CSV's seven status words in the report language.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Comparison, CompareStatus } from '../../src/core/compare.js';
import { compareJson, fixture, runCompare } from '../compare/compare-helpers.js';
import { cellAt, fontProblems, readSheets, rowsOf, type Book } from './read-sheets.js';
import { readZipEntry } from './zip-entry.js';

const MAJU = fixture('kota-maju');
const RINTIS = fixture('kota-rintis');
const OUTPUT = new URL('../../test-output/xlsx/', import.meta.url);

/** The status words of the Indonesian workbook (and CSV): one per code, whatever the sides. */
const STATUS: Record<CompareStatus, string> = {
  better: 'lebih baik',
  worse: 'lebih buruk',
  same: 'sama',
  only_a: 'hanya di A',
  only_b: 'hanya di B',
  incomplete: 'belum lengkap',
  not_comparable: 'tidak sebanding (ukuran kota berbeda)',
};

async function writeCompare(
  a: string,
  b: string,
  name: string,
  extra: string[] = [],
): Promise<Book & { bytes: Buffer }> {
  mkdirSync(OUTPUT, { recursive: true });
  const file = fileURLToPath(new URL(name, OUTPUT));
  const run = await runCompare(a, b, ['--format', 'xlsx', '-o', file, ...extra]);
  expect(run.code, run.stderr).toBe(0);
  expect(run.stdout).toBe('');
  const bytes = readFileSync(file);
  return { ...(await readSheets(bytes)), bytes };
}

/** A sheet's rows as [label, ...cells] by their first column. */
const byLabel = (book: Book, sheet: string) =>
  new Map((book.sheets.get(sheet) ?? []).slice(1).map(([label, ...rest]) => [String(label), rest]));

describe('compare --format xlsx', () => {
  it('has a sheet for the city, OPDs, services and learn-from, named in the report language', async () => {
    const id = await writeCompare(MAJU, RINTIS, 'compare.xlsx');
    expect(id.names).toEqual(['Ringkasan', 'OPD', 'Layanan', 'Belajar dari']);
    const en = await writeCompare(MAJU, RINTIS, 'compare.en.xlsx', ['--lang', 'en']);
    expect(en.names).toEqual(['Summary', 'OPDs', 'Services', 'Learn from']);
    expect(en.sheets.get('Summary')?.[0]).toEqual([
      'Measure',
      'A: Kota Maju',
      'B: Kota Rintis',
      'Difference (B − A)',
      'Status',
    ]);
  });

  it('summary: who A and B are, then every city figure as in the JSON, with its status in words', async () => {
    const c = await compareJson(MAJU, RINTIS);
    const book = await writeCompare(MAJU, RINTIS, 'compare.xlsx');
    const rows = byLabel(book, 'Ringkasan');
    expect(rows.get('ID kota')).toEqual(['kota-maju', 'kota-rintis', null, null]);
    expect(rows.get('Periode')).toEqual(['2026', '2026', null, null]);
    expect(rows.get('Layanan')).toEqual([c.a.services, c.b.services, null, null]);
    const pair = (p: Comparison['city']['score']) => [p.a, p.b, p.difference, STATUS[p.status]];
    expect(rows.get('Skor')).toEqual(pair(c.city.score));
    expect(rows.get('Kelengkapan jawaban')).toEqual(pair(c.city.completeness));
    expect(rows.get('Porsi layanan tanpa kunjungan')).toEqual(pair(c.city.share_services_no_visit));
    expect(rows.get('Kunjungan ke kantor per tahun')).toEqual(pair(c.city.annual_visits));
    expect(rows.get('Kunjungan ke kantor per tahun')?.[3]).toBe('tidak sebanding (ukuran kota berbeda)');
    expect(rows.get('Kunjungan ke kantor per transaksi')).toEqual(pair(c.city.visits_per_transaction));
    expect(rows.get('Layanan di level 3 Transaksi')).toEqual(pair(c.city.levels['3']!));
    expect(rows.get('Predikat')?.[2]).toBeNull();
    expect(rows.get('Predikat')?.[3]).toBe(STATUS[c.city.rating.status]);
  });

  it('OPD and service sheets: a row each, the JSON numbers, empty where a side has none', async () => {
    const c = await compareJson(MAJU, RINTIS);
    const book = await writeCompare(MAJU, RINTIS, 'compare.xlsx');
    expect(
      rowsOf(book, 'OPD').map((o) => [
        o['ID OPD'],
        o['Skor A'],
        o['Skor B'],
        o['Selisih skor (B − A)'],
        o['Kelengkapan A'],
        o['Layanan B'],
        o['Status'],
      ]),
    ).toEqual(
      c.opds.map((o) => [
        o.opd,
        o.score.a,
        o.score.b,
        o.score.difference,
        o.completeness.a,
        o.services.b,
        STATUS[o.status],
      ]),
    );
    expect(
      rowsOf(book, 'Layanan').map((s) => [
        s['ID OPD'],
        s['ID layanan'],
        s['Skor A'],
        s['Skor B'],
        s['Level A'],
        s['Level B'],
        s['Tanpa kunjungan A'],
        s['Tanpa kunjungan B'],
        s['Kunjungan per transaksi B'],
        s['Selisih kunjungan per transaksi (B − A)'],
        s['Transaksi per tahun B'],
        s['Kunjungan per tahun B'],
        s['Status'],
      ]),
    ).toEqual(
      c.services.map((s) => [
        s.opd,
        s.service,
        s.score.a,
        s.score.b,
        s.level.a,
        s.level.b,
        s.no_visit.a,
        s.no_visit.b,
        s.visits_per_transaction.b,
        s.visits_per_transaction.difference,
        s.annual_volume.b,
        s.annual_visits.b,
        STATUS[s.status],
      ]),
    );
    // Kota Rintis has no volume for its PBG: its transactions and visits a year are empty, never 0.
    const pbg = rowsOf(book, 'Layanan').find((s) => s['ID layanan'] === 'pbg')!;
    expect([pbg['Transaksi per tahun B'], pbg['Kunjungan per tahun B']]).toEqual([null, null]);
  });

  it('learn from: a row per step, ranked, with both answers as the rubric words them', async () => {
    const c = await compareJson(MAJU, RINTIS);
    const book = await writeCompare(MAJU, RINTIS, 'compare.xlsx');
    const rows = rowsOf(book, 'Belajar dari');
    const side = (id: string) => (id === 'kota-maju' ? 'Kota Maju' : 'Kota Rintis');
    expect(
      rows.map((r) => [
        r['Peringkat'],
        r['ID OPD'],
        r['ID layanan'],
        r['Belajar dari'],
        r['Yang belajar'],
        r['ID pertanyaan'],
        r['Menghapus kunjungan ke kantor'],
        r['Kunjungan dihemat per tahun'],
      ]),
    ).toEqual(
      c.learn_from.flatMap((e, i) =>
        e.steps.map((step) => [
          i + 1,
          e.opd,
          e.service,
          side(e.from),
          side(e.to),
          step.question,
          step.removes_visit,
          e.visits_saved,
        ]),
      ),
    );
    expect(rows[0]).toMatchObject({
      'Nama layanan': 'Akta Kelahiran',
      'Level yang ditiru': 3,
      'Level yang belajar': 1,
      Pertanyaan: 'Pengajuan',
      'Jawaban yang ditiru': 'Formulir daring',
      'Jawaban sekarang': 'Formulir di loket',
      'Kunjungan dihemat per tahun': 60000,
    });
    // Kota Rintis's PBG has no volume: the visits it would save are unknown, an empty cell.
    expect(rows.filter((r) => r['ID layanan'] === 'pbg').map((r) => r['Kunjungan dihemat per tahun'])).toEqual([
      null,
      null,
    ]);
  });

  it('two periods of one city: sides named by period, the same seven status words', async () => {
    const c = await compareJson(fixture('kota-maju-2025'), MAJU);
    const book = await writeCompare(fixture('kota-maju-2025'), MAJU, 'compare-periods.xlsx');
    expect(book.sheets.get('Ringkasan')?.[0]?.slice(1, 3)).toEqual(['A: 2025', 'B: 2026']);
    expect(byLabel(book, 'Ringkasan').get('Kunjungan ke kantor per tahun')?.[3]).toBe(
      STATUS[c.city.annual_visits.status],
    );
    expect(c.city.annual_visits.status).toBe('better');
  });

  it('an incomplete service: its figures shown, no difference, status "belum lengkap"', async () => {
    const book = await writeCompare(MAJU, fixture('akta-lahir-incomplete'), 'compare-incomplete.xlsx');
    const akta = rowsOf(book, 'Layanan').find((s) => s['ID layanan'] === 'akta-lahir')!;
    expect(akta['Status']).toBe('belum lengkap');
    expect(akta['Skor A']).toEqual(expect.any(Number));
    expect(akta['Selisih skor (B − A)']).toBeNull();
  });

  it('numbers carry their formats, differences signed; every cell Arial 10', async () => {
    const book = await writeCompare(MAJU, RINTIS, 'compare.xlsx');
    const row = (label: string) => book.sheets.get('Ringkasan')!.findIndex(([l]) => l === label) + 1;
    const format = (label: string, header: string) => cellAt(book, 'Ringkasan', header, row(label)).numFmt;
    expect(format('Skor', 'B: Kota Rintis')).toBe('0.00');
    expect(format('Skor', 'Selisih (B − A)')).toBe('+0.00;-0.00;0.00');
    expect(format('Kelengkapan jawaban', 'A: Kota Maju')).toBe('0.0%');
    expect(format('Kunjungan ke kantor per tahun', 'Selisih (B − A)')).toBe('+#,##0;-#,##0;0');
    expect(format('Kunjungan ke kantor per transaksi', 'A: Kota Maju')).toBe('0.00##');
    expect(cellAt(book, 'Layanan', 'Transaksi per tahun A', 2).numFmt).toBe('#,##0');
    const styles = readZipEntry(book.bytes, 'xl/styles.xml') ?? '';
    expect(fontProblems(book, styles, { name: 'Arial', size: 10 })).toEqual([]);
    book.names.forEach((_, i) => {
      expect(readZipEntry(book.bytes, `xl/worksheets/sheet${i + 1}.xml`)).toMatch(
        /<pane [^>]*ySplit="1"[^>]*state="frozen"/,
      );
    });
  });

  it('is never written to stdout: exit 2 with a hint to use -o', async () => {
    const run = await runCompare(MAJU, RINTIS, ['--format', 'xlsx'], { LANG: 'en_US.UTF-8' });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('-o report.xlsx');
  });
});
