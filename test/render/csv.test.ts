import { describe, expect, it } from 'vitest';
import { csvField, renderCsvRows } from '../../src/render/csv.js';
import { renderGapCsv } from '../../src/render/gap-csv.js';
import { renderRankingCsv, renderScoreCsv } from '../../src/render/score-csv.js';
import { buildReport, context } from './fixtures.js';
import type { CityAnswers } from '../../src/core/types.js';

const comma = context({ csvDelimiter: ',', lang: 'en' });
const semicolon = context({ csvDelimiter: ';', lang: 'id' });

/** The CSV's lines without the BOM and the final CRLF. */
const linesOf = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .replace(/\r\n$/, '')
    .split('\r\n');

/** Kota Uji with awkward names: a delimiter and quotes, and one that Excel would run as a formula. */
const awkward = (a: CityAnswers): CityAnswers => ({
  ...a,
  opds: a.opds.map((o, i) =>
    i === 0
      ? {
          ...o,
          name: 'Dinas "Dukcapil"; Kota Uji',
          services: o.services.map((s, j) => (j === 0 ? { ...s, name: '=HYPERLINK("http://x")' } : s)),
        }
      : o,
  ),
});

describe('CSV for Excel', () => {
  it('starts with a UTF-8 BOM and ends every line with CRLF', () => {
    const csv = renderScoreCsv(buildReport(), semicolon);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(linesOf(csv)).toHaveLength(5);
  });

  it('with ";" writes numbers with a decimal comma, and plain numbers with ","', () => {
    expect(renderRankingCsv([buildReport()], semicolon)).toContain(';48,44;Kurang;');
    expect(renderRankingCsv([buildReport()], comma)).toContain(',48.44,Kurang,');
    expect(linesOf(renderScoreCsv(buildReport(), semicolon))[1]).toBe(
      'kota-uji;Kota Uji;2026;dukcapil;Dinas Kependudukan dan Pencatatan Sipil;' +
        'akta-lahir;Akta Kelahiran;1000;84,44;Memuaskan;4;0;0;Ya;100',
    );
  });

  it('never groups thousands, and leaves unknown numbers empty', () => {
    const noVolume = buildReport((a) => ({
      ...a,
      opds: a.opds.map((o) => ({ ...o, services: o.services.map(({ annual_volume: _, ...s }) => s) })),
    }));
    const row = linesOf(renderScoreCsv(noVolume, comma))[2];
    expect(row).toBe(
      'kota-uji,Kota Uji,2026,dukcapil,Dinas Kependudukan dan Pencatatan Sipil,kk,Kartu Keluarga,,0,Kurang,1,3,,No,100',
    );
    expect(renderRankingCsv([buildReport()], comma)).toContain(',11000,1000,16000,2000\r\n');
  });

  it('writes the header and booleans in the language', () => {
    expect(linesOf(renderScoreCsv(buildReport(), comma))[0]).toBe(
      'City id,City name,Period,OPD id,OPD name,Service id,Service name,Transactions a year,' +
        'Score,Rating,Level,Visits per transaction,Visits a year,No visit needed,Completeness (%)',
    );
    expect(linesOf(renderScoreCsv(buildReport(), semicolon))[0]).toMatch(/^ID kota;Nama kota;Periode;/);
    expect(linesOf(renderScoreCsv(buildReport(), comma))[2]).toMatch(/,No,100$/);
  });

  it('quotes a name containing the delimiter or quotes, doubling the quotes (RFC 4180)', () => {
    const csv = renderScoreCsv(buildReport(awkward), semicolon);
    expect(csv).toContain(';"Dinas ""Dukcapil""; Kota Uji";');
    expect(csvField('a,b', comma)).toBe('"a,b"');
    expect(csvField('a;b', comma)).toBe('a;b');
    expect(csvField('two\nlines', comma)).toBe('"two\nlines"');
  });

  it('guards against formula injection with a leading quote', () => {
    expect(renderScoreCsv(buildReport(awkward), comma)).toContain(',"\'=HYPERLINK(""http://x"")",');
    expect(['=1+2', '+1', '-1', '@SUM(A1)'].map((v) => csvField(v, comma))).toEqual([
      "'=1+2",
      "'+1",
      "'-1",
      "'@SUM(A1)",
    ]);
    expect(csvField(-1, comma)).toBe('-1');
  });

  it('renders any rows the same way', () => {
    expect(
      renderCsvRows(
        ['a', 'b'],
        [
          [1.5, null],
          [true, 'x'],
        ],
        semicolon,
      ),
    ).toBe('\uFEFFa;b\r\n1,5;\r\nYa;x\r\n');
  });
});

describe('gap CSV', () => {
  it('lists ranked actions, then inherent visits, then what holds services below target', () => {
    const lines = linesOf(renderGapCsv(buildReport(), semicolon));
    expect(lines[0]).toBe(
      'Jenis;Peringkat;ID OPD;Nama OPD;ID layanan;Nama layanan;Level;Kesempatan datang;' +
        'ID pertanyaan;Pertanyaan;Jawaban sekarang;Jawaban yang disarankan;Jenis kunjungan;' +
        'Saran atau dasar;Kunjungan per tahun;Porsi daring (%);Transaksi luring per tahun',
    );
    expect(lines[1]).toBe(
      'tindakan;1;bapenda;Badan Pendapatan Daerah;pbb;Pajak Bumi dan Bangunan;2;;pengajuan;' +
        'Bagaimana permohonan diajukan?;Formulir diunduh;Formulir daring;kantor;;5000;;',
    );
    expect(lines[5]).toBe(
      'melekat;;kecamatan;Kecamatan Uji;ktp-el;Perekaman KTP-el;1;;pengajuan;Bagaimana permohonan diajukan?;' +
        'Perekaman biometrik di kantor;;fisik;Perekaman sidik jari dan iris wajib hadir;2000;;',
    );
    expect(lines.filter((l) => l.startsWith('di bawah target;'))).toHaveLength(5);
  });

  it('filters to one OPD and cuts the actions to top', () => {
    const lines = linesOf(renderGapCsv(buildReport(), comma, { opd: 'dukcapil', top: 2 }));
    const actions = lines.filter((l) => l.startsWith('action,'));
    expect(actions.map((l) => l.split(',').slice(1, 3))).toEqual([
      ['1', 'dukcapil'],
      ['2', 'dukcapil'],
    ]);
    expect(actions[0]).toContain(',office,Offer an online form,3000,,');
    expect(lines.some((l) => l.includes('kecamatan') || l.includes('bapenda'))).toBe(false);
  });
});
