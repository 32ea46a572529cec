/**
 * The Excel workbooks that `score` and `gap` write with `--format xlsx -o FILE`, read back with
 * ExcelJS: one sheet per table in the report language, every number a number equal to the JSON
 * report's, unknown values empty, header rows frozen, markup and quotes kept as text.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/report.js';
import { renderScoreXlsx } from '../../src/render/xlsx.js';
import { runCli } from '../helpers/run-cli.js';
import { buildReport, context } from '../render/fixtures.js';
import { cellAt, fontProblems, readSheets, rowsOf, summaryOf, type Book } from './read-sheets.js';
import { readZipEntry } from './zip-entry.js';

const BANDUNG = 'test/fixtures/examples-1.0.0/kota-bandung.answers.yaml';
const PALANGKA = 'test/fixtures/examples-1.0.0/kota-palangka-raya.answers.yaml';
const SCRIPT_CITY = 'test/fixtures/html/kota-script.answers.yaml';
const OUTPUT = fileURLToPath(new URL('../../test-output/xlsx/', import.meta.url));

/** Runs the CLI with `-o test-output/xlsx/NAME`, then reads every sheet back. */
async function writeAndRead(args: string[], name: string): Promise<Book & { bytes: Buffer }> {
  mkdirSync(OUTPUT, { recursive: true });
  const file = join(OUTPUT, name);
  const run = await runCli([...args, '--format', 'xlsx', '-o', file]);
  expect(run.code, run.stderr).toBe(0);
  expect(run.stdout).toBe('');
  const bytes = readFileSync(file);
  return { ...(await readSheets(bytes)), bytes };
}

async function jsonReport(answers: string): Promise<Report> {
  const run = await runCli(['score', answers, '--format', 'json']);
  return JSON.parse(run.stdout) as Report;
}

describe('score --format xlsx', () => {
  let report: Report;
  let book: Awaited<ReturnType<typeof writeAndRead>>;
  beforeAll(async () => {
    report = await jsonReport(BANDUNG);
    book = await writeAndRead(['score', BANDUNG, '--lang', 'id'], 'bandung.score.xlsx');
  });

  it('has one sheet per table, named in Indonesian', () => {
    expect(book.names).toEqual([
      'Ringkasan',
      'OPD',
      'Layanan',
      'Tindakan',
      'Kunjungan melekat',
      'Di bawah target',
      'Katalog belum dinilai',
    ]);
  });

  it('freezes the header row of every sheet', () => {
    book.names.forEach((_, i) => {
      const xml = readZipEntry(book.bytes, `xl/worksheets/sheet${i + 1}.xml`) ?? '';
      expect(xml).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    });
  });

  it('summary: the headline figures are the report summary, as numbers', () => {
    const summary = summaryOf(book, 'Ringkasan');
    const s = report.summary;
    expect(summary.get('Nama kota')).toBe(report.city.name);
    expect(summary.get('Skor')).toBe(s.score);
    expect(summary.get('Kelengkapan')).toBe(s.completeness);
    expect(summary.get('Layanan')).toBe(s.services);
    expect(summary.get('Layanan tanpa kunjungan')).toBe(s.services_no_visit);
    expect(summary.get('Layanan tanpa kunjungan (%)')).toBe(s.share_services_no_visit);
    expect(summary.get('Transaksi per tahun')).toBe(s.annual_volume);
    expect(summary.get('Transaksi tanpa kunjungan per tahun')).toBe(s.annual_volume_no_visit);
    expect(summary.get('Kunjungan per tahun')).toBe(s.annual_visits);
    expect(summary.get('Kunjungan melekat per tahun')).toBe(s.annual_visits_inherent);
    expect(summary.get('Layanan di level 3 Transaksi')).toBe(s.levels['3']);
  });

  it('OPD and service sheets: a row each, with the report numbers', () => {
    const opds = rowsOf(book, 'OPD');
    expect(opds.map((o) => [o['ID OPD'], o['Skor'], o['Kelengkapan'], o['Layanan']])).toEqual(
      report.opds.map((o) => [o.id, o.score, o.completeness, o.services.length]),
    );
    const services = rowsOf(book, 'Layanan');
    const expected = report.opds.flatMap((o) =>
      o.services.map((s) => [
        o.id,
        s.id,
        s.score,
        s.level,
        s.visits_per_transaction,
        s.annual_volume,
        s.annual_visits,
        s.no_visit,
        s.completeness,
      ]),
    );
    expect(
      services.map((s) => [
        s['ID OPD'],
        s['ID layanan'],
        s['Skor'],
        s['Level'],
        s['Kunjungan per transaksi'],
        s['Transaksi per tahun'],
        s['Kunjungan per tahun'],
        s['Tanpa kunjungan'],
        s['Kelengkapan'],
      ]),
    ).toEqual(expected);
  });

  it('actions, inherent visits and services below target: every one, in the report order', () => {
    const actions = rowsOf(book, 'Tindakan');
    expect(
      actions.map((a) => [
        a['Peringkat'],
        a['ID OPD'],
        a['ID layanan'],
        a['ID pertanyaan'],
        a['Kunjungan terhindar per tahun'],
      ]),
    ).toEqual(
      report.gap.actions.flatMap((a, i) =>
        a.steps.map((step) => [i + 1, a.opd, a.service, step.question, a.visits_avoided]),
      ),
    );
    const inherent = rowsOf(book, 'Kunjungan melekat');
    expect(inherent.map((v) => [v['ID layanan'], v['ID pertanyaan'], v['Kunjungan per tahun']])).toEqual(
      report.gap.inherent.flatMap((v) => v.steps.map((step) => [v.service, step.question, v.annual_visits])),
    );
    const below = rowsOf(book, 'Di bawah target');
    expect(below.map((b) => [b['ID layanan'], b['Level'], b['ID pertanyaan yang menahan level']])).toEqual(
      report.gap.below_target.map((b) => [b.service, b.level, b.questions.join(', ')]),
    );
  });

  it('in English: English sheet names and headers, the same numbers', async () => {
    const english = await writeAndRead(['score', BANDUNG, '--lang', 'en'], 'bandung.score.en.xlsx');
    expect(english.names).toEqual([
      'Summary',
      'OPD',
      'Services',
      'Actions',
      'Inherent',
      'Below target',
      'Catalog not assessed',
    ]);
    expect(summaryOf(english, 'Summary').get('Score')).toBe(report.summary.score);
    expect(rowsOf(english, 'Services')[0]?.['Service id']).toBe(report.opds[0]?.services[0]?.id);
  });
});

describe('gap --format xlsx', () => {
  it('with --opd and --top: that OPD only, the first actions, its own figures', async () => {
    const report = await jsonReport(PALANGKA);
    const book = await writeAndRead(
      ['gap', PALANGKA, '--opd', 'disdukcapil', '--top', '2', '--lang', 'en'],
      'palangka-raya.gap.xlsx',
    );
    expect(book.names).toEqual(['Summary', 'Actions', 'Inherent', 'Below target', 'Catalog not assessed']);
    const mine = <T extends { opd: string }>(items: T[]) => items.filter((i) => i.opd === 'disdukcapil');
    const actions = rowsOf(book, 'Actions');
    expect(actions.map((a) => [a['Rank'], a['OPD id'], a['Question id'], a['Visits avoided a year']])).toEqual(
      mine(report.gap.actions)
        .slice(0, 2)
        .flatMap((a, i) => a.steps.map((step) => [i + 1, a.opd, step.question, a.visits_avoided])),
    );
    expect(rowsOf(book, 'Inherent')).toHaveLength(mine(report.gap.inherent).length);
    const services = report.opds.find((o) => o.id === 'disdukcapil')!.services;
    const summary = summaryOf(book, 'Summary');
    expect(summary.get('Services')).toBe(services.length);
    expect(summary.get('Visits a year')).toBe(services.reduce((sum, s) => sum + (s.annual_visits ?? 0), 0));
  });
});

describe('score of several cities --format xlsx', () => {
  it('is the ranking: one row per city, highest score first', async () => {
    const [a, b] = [await jsonReport(BANDUNG), await jsonReport(PALANGKA)];
    const book = await writeAndRead(['score', PALANGKA, BANDUNG, '--lang', 'id'], 'ranking.xlsx');
    expect(book.names).toEqual(['Peringkat']);
    const rows = rowsOf(book, 'Peringkat');
    const ranked = [a, b].sort((x, y) => (y.summary.score ?? -1) - (x.summary.score ?? -1));
    expect(rows.map((r) => [r['Peringkat'], r['ID kota'], r['Skor'], r['Kunjungan per tahun']])).toEqual(
      ranked.map((r, i) => [i + 1, r.city.id, r.summary.score, r.summary.annual_visits]),
    );
  });
});

describe('names with markup and quotes', () => {
  it('stay text, exactly as written', async () => {
    const book = await writeAndRead(['score', SCRIPT_CITY], 'kota-script.xlsx');
    expect(summaryOf(book, 'Ringkasan').get('Nama kota')).toBe('Kota "Uji" <script>alert(1)</script>');
    expect(summaryOf(book, 'Ringkasan').get('Provinsi')).toBe('Provinsi "Kutip" & <b>Tebal</b>');
    expect(rowsOf(book, 'OPD')[0]?.['Nama OPD']).toBe('Dinas <script>alert(1)</script> "Dukcapil"');
    expect(rowsOf(book, 'Layanan').map((s) => s['Nama layanan'])).toEqual([
      'KTP-el "pertama" <script>alert(1)</script>',
      'Penerbitan Kartu Keluarga (KK)',
      'Layanan belum dinilai & "belum lengkap"',
    ]);
  });

  it('a text that looks like a formula stays text', async () => {
    const report = buildReport((a) => ({ ...a, city: { ...a.city, name: '=HYPERLINK("http://x","klik")' } }));
    const bytes = await renderScoreXlsx(report, context());
    expect(summaryOf(await readSheets(bytes), 'Ringkasan').get('Nama kota')).toBe('=HYPERLINK("http://x","klik")');
    expect(readZipEntry(Buffer.from(bytes), 'xl/worksheets/sheet1.xml')).not.toContain('<f>');
  });

  it('leave unknown numbers empty, never 0', async () => {
    const book = await writeAndRead(['score', SCRIPT_CITY], 'kota-script.xlsx');
    const unknown = rowsOf(book, 'Layanan')[2]!;
    expect(unknown['Tanpa kunjungan']).toBeNull();
  });
});

describe('fonts, dates and number formats', () => {
  it('every cell of every workbook is Arial 10, and every font of styles.xml has a name and a size', async () => {
    const books = [
      await writeAndRead(['score', BANDUNG], 'bandung.score.xlsx'),
      await writeAndRead(['gap', PALANGKA, '--lang', 'en'], 'palangka-raya.gap.xlsx'),
      await writeAndRead(['score', PALANGKA, BANDUNG], 'ranking.xlsx'),
    ];
    for (const book of books) {
      const styles = readZipEntry(book.bytes, 'xl/styles.xml') ?? '';
      expect(fontProblems(book, styles, { name: 'Arial', size: 10 })).toEqual([]);
    }
  });

  it('the assessment date is a date, shown as YYYY-MM-DD; a date in other words stays text', async () => {
    const book = await writeAndRead(['score', BANDUNG], 'bandung.score.xlsx');
    expect(summaryOf(book, 'Ringkasan').get('Tanggal penilaian')).toEqual(new Date('2026-11-20T00:00:00Z'));
    const row = book.sheets.get('Ringkasan')!.findIndex(([label]) => label === 'Tanggal penilaian') + 1;
    expect(cellAt(book, 'Ringkasan', 'Nilai', row).numFmt).toBe('yyyy-mm-dd');
    const words = buildReport((a) => ({ ...a, assessed_at: 'akhir November 2026' }));
    const read = await readSheets(await renderScoreXlsx(words, context()));
    expect(summaryOf(read, 'Ringkasan').get('Tanggal penilaian')).toBe('akhir November 2026');
  });

  it('counts #,##0, scores 0.00, ratios 0.0%, visits per transaction up to 4 decimals', async () => {
    const book = await writeAndRead(['score', BANDUNG], 'bandung.score.xlsx');
    const formats = (header: string) => cellAt(book, 'Layanan', header, 2).numFmt;
    expect(formats('Skor')).toBe('0.00');
    expect(formats('Kelengkapan')).toBe('0.0%');
    expect(formats('Transaksi per tahun')).toBe('#,##0');
    expect(formats('Kunjungan per transaksi')).toBe('0.00##');
    expect(cellAt(book, 'Layanan', 'Nama layanan', 2).numFmt).toBeFalsy();
  });

  it('keeps the column widths: 44 and 40 on the summary, by kind and header elsewhere', async () => {
    const book = await writeAndRead(['score', BANDUNG], 'bandung.score.xlsx');
    const widths = (name: string) => book.workbook.getWorksheet(name)!.columns.map((c) => c.width);
    expect(widths('Ringkasan')).toEqual([44, 40]);
    expect(widths('OPD').slice(0, 5)).toEqual([24, 24, 10, 24, 13]);
  });
});

describe('where an XLSX or HTML report may go', () => {
  it('XLSX is never written to stdout: exit 2 with a hint to use -o', async () => {
    const run = await runCli(['score', BANDUNG, '--format', 'xlsx'], { env: { LANG: 'en_US.UTF-8' } });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('-o report.xlsx');
  });

  it('HTML is refused on a terminal, with a hint, but may go down a pipe', async () => {
    const tty = await runCli(['gap', BANDUNG, '--format', 'html'], { isStdoutTTY: true, env: { LANG: 'en_US.UTF-8' } });
    expect(tty.code).toBe(2);
    expect(tty.stdout).toBe('');
    expect(tty.stderr).toContain('-o report.html');
    const pipe = await runCli(['gap', BANDUNG, '--format', 'html']);
    expect(pipe.code).toBe(0);
    expect(pipe.stdout).toMatch(/^<!doctype html>/);
  });
});
