/** What a person reads from `opdm compare`: the advice, the vocabulary, and files spreadsheets open. */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCompare } from './compare-helpers.js';

/** Wide enough that no line wraps: these tests read the words; test/render/widths.test.ts the wrapping. */
const WIDE = { COLUMNS: '240' };

const MAJU = fixture('kota-maju');
const RINTIS = fixture('kota-rintis');

describe('table (the default)', () => {
  it('reads the learn-from entries as advice, with rubric titles and labels, in Bahasa Indonesia', async () => {
    const run = await runCompare(MAJU, RINTIS, [], WIDE);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const learn = run.stdout.slice(run.stdout.indexOf('Belajar dari satu sama lain'));
    expect(learn).toBe(
      [
        'Belajar dari satu sama lain',
        '───────────────────────────',
        '',
        '1. Disdukcapil / Akta Kelahiran: Kota Rintis dapat belajar dari Kota Maju ' +
          '(level 1 Informasi → 3 Transaksi); menghemat 60.000 kunjungan per tahun',
        "   - Pengajuan: 'Formulir di loket' → 'Formulir daring' (menghapus kunjungan ke kantor)",
        "   - Dokumen persyaratan: 'Fotokopi dibawa ke kantor' → 'Diunggah' (menghapus kunjungan ke kantor)",
        "   - Penyerahan hasil: 'Diambil di kantor' → 'Dokumen elektronik' (menghapus kunjungan ke kantor)",
        '2. Bapenda / Pajak Bumi dan Bangunan: Kota Rintis dapat belajar dari Kota Maju ' +
          '(level 1 Informasi → 3 Transaksi); menghemat 24.000 kunjungan per tahun',
        "   - Dokumen persyaratan: 'Fotokopi dibawa ke kantor' → 'Diunggah' (menghapus kunjungan ke kantor)",
        "   - Penyerahan hasil: 'Dikirim lewat pos' → 'Dokumen elektronik'",
        '3. Disdukcapil / Kartu Keluarga: Kota Maju dapat belajar dari Kota Rintis ' +
          '(level 1 Informasi → 3 Transaksi); menghemat 24.000 kunjungan per tahun',
        "   - Pengajuan: 'Formulir diunduh' → 'Formulir daring' (menghapus kunjungan ke kantor)",
        "   - Dokumen persyaratan: 'Fotokopi dibawa ke kantor' → 'Diunggah' (menghapus kunjungan ke kantor)",
        "   - Penyerahan hasil: 'Diambil di kantor' → 'Dikirim lewat pos' (menghapus kunjungan ke kantor)",
        '4. DPMPTSP / Izin Reklame: Kota Maju dapat belajar dari Kota Rintis (level 1 Informasi → 2 Interaksi); ' +
          'tidak mengurangi kunjungan',
        "   - Dokumen persyaratan: 'Fotokopi dibawa ke kantor' → 'Diunggah' (menghapus kunjungan ke kantor)",
        '5. DPMPTSP / Persetujuan Bangunan Gedung: Kota Rintis dapat belajar dari Kota Maju ' +
          '(level 1 Informasi → 3 Transaksi); ' +
          'kunjungan yang dihemat belum diketahui (volume tahunan Kota Rintis belum diisi)',
        "   - Pengajuan: 'Formulir di loket' → 'Formulir daring' (menghapus kunjungan ke kantor)",
        "   - Pembayaran: 'Tunai di kantor' → 'QRIS' (menghapus kunjungan ke kantor)",
        '',
      ].join('\n'),
    );
  });

  it('opens with who is A and B, the rubric, and the headline', async () => {
    const run = await runCompare(MAJU, RINTIS, ['--lang', 'en'], WIDE);
    expect(run.stdout.split('\n').slice(0, 9)).toEqual([
      'Comparison: Kota Maju (2026) vs Kota Rintis (2026)',
      '─'.repeat(50),
      '',
      'Rubric uji-banding 1.0.0',
      'A = Kota Maju, B = Kota Rintis. Difference = B − A; the status reads B compared with A.',
      '',
      'Services on both sides: 5. Kota Rintis: better at 1, worse at 4, same at 0, incomplete at 0. ' +
        'Only in Kota Maju: 0; only in Kota Rintis: 0.',
      'Kota Maju could save 24,000 office visits a year by matching Kota Rintis at 2 services.',
      'Kota Rintis could save 84,000 office visits a year by matching Kota Maju at 2 services.',
    ]);
    expect(run.stdout).toContain(
      '1 service where Kota Rintis can learn, but the visits saved are unknown (no annual volume in Kota Rintis).',
    );
  });

  it('reads two periods of one city naturally: "2025 vs 2026", improved / unchanged', async () => {
    const run = await runCompare(fixture('kota-maju-2025'), MAJU, ['--lang', 'en'], WIDE);
    expect(run.stdout).toMatch(/^Comparison of Kota Maju: 2025 vs 2026\n/);
    expect(run.stdout).toContain('A = 2025, B = 2026.');
    expect(run.stdout).toContain(
      '2026 does better than 2025 at 1 service: a difference of 20,000 office visits a year.',
    );
    expect(run.stdout).toMatch(/│ Score +│ +66\.11 │ +77\.22 │ +\+11\.11 │ improved +│/);
    expect(run.stdout).toMatch(
      new RegExp(
        /│ Disdukcapil \/ Kartu Keluarga +│ +13\.33 │ +13\.33 │ +0\.00 │ 1 → 1 +│ No → /.source +
          /No +│ unchanged │/.source,
      ),
    );
    expect(run.stdout).toContain(
      '1. Disdukcapil / Akta Kelahiran: 2026 does better than 2025 (level 1 Information → 3 Transaction); ' +
        'saves 20,000 visits a year',
    );
  });

  it('says which side is incomplete, and which city alone has a service', async () => {
    const run = await runCompare(MAJU, fixture('akta-lahir-incomplete'));
    expect(run.stdout).toMatch(
      new RegExp(
        /│ Disdukcapil \/ Akta Kelahiran +│ +100,00 │ +0,00 │ +– │ 3 → 1 +│ Ya → /.source +
          /Tidak +│ belum lengkap di Kota Rintis │/.source,
      ),
    );
    expect(run.stdout).toMatch(
      new RegExp(
        /│ Disdukcapil \/ Kartu Keluarga +│ +13,33 │ +– │ +– │ 1 → – +│ Tidak → /.source +
          /– +│ hanya di Kota Maju +│/.source,
      ),
    );
    expect(run.stdout).toContain(
      'Tidak ada layanan (sama di kedua sisi, jawaban lengkap) di mana satu sisi lebih maju dari yang lain.',
    );
  });

  it('names an OPD or a service both ways when the two cities name it differently', async () => {
    const renamed = join(await mkdtemp(join(tmpdir(), 'opdm-names-')), 'kota-rintis.answers.yaml');
    const text = await readFile(fixture('kota-rintis'), 'utf8');
    await writeFile(
      renamed,
      text
        .replace('    name: Bapenda\n', '    name: Badan Pendapatan Daerah\n')
        .replace('name: Akta Kelahiran', 'name: Akta Lahir'),
    );
    const run = await runCompare(MAJU, renamed, ['--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/│ Bapenda \(B: Badan Pendapatan Daerah\) +│/);
    expect(run.stdout).toMatch(/│ Disdukcapil \/ Akta Kelahiran \(B: Akta Lahir\) +│/);
    expect(run.stdout).toMatch(/│ Disdukcapil \/ Kartu Keluarga +│/);
  });

  it('has no colour codes under NO_COLOR, and colours with FORCE_COLOR', async () => {
    const ESC = '\u001b[';
    expect((await runCompare(MAJU, RINTIS, [], { NO_COLOR: '1' })).stdout).not.toContain(ESC);
    expect((await runCompare(MAJU, RINTIS, [], { FORCE_COLOR: '1' })).stdout).toContain(`${ESC}31mlebih buruk`);
  });
});

describe('markdown', () => {
  it('has the tables and the advice as a nested list, escaped', async () => {
    const run = await runCompare(MAJU, RINTIS, ['--format', 'md', '--lang', 'en']);
    expect(run.stdout).toMatch(/^## Comparison: Kota Maju \(2026\) vs Kota Rintis \(2026\)\n/);
    expect(run.stdout).toContain('| Score | 77.22 | 50.97 | -26.25 | worse |');
    expect(run.stdout).toContain('| Share of transactions needing no visit | 75.4% | 11.9% | -63.49 pp | worse |');
    expect(run.stdout).toContain(
      '| Disdukcapil / Kartu Keluarga | 13.33 | 83.33 | +70.00 | 1 → 3 | No → Yes | better |',
    );
    expect(run.stdout).toContain(
      '1. **Disdukcapil / Akta Kelahiran**: Kota Rintis can learn from Kota Maju ' +
        '(level 1 Information → 3 Transaction); **saves 60,000 visits a year**\n' +
        "   - Application: 'Form at the counter' → 'Online form' (removes an office visit)\n",
    );
  });
});

describe('csv', () => {
  it('has a BOM, CRLF, the same number of fields on every line, and the fixed vocabulary', async () => {
    const run = await runCompare(MAJU, RINTIS, ['--format', 'csv', '--lang', 'en']);
    expect(
      run.stdout.startsWith(
        '\uFEFFKind,Rank,OPD id,OPD name,Service id,Service name,Measure,A: Kota Maju,B: Kota Rintis,',
      ),
    ).toBe(true);
    const lines = run.stdout.slice(1).split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(new Set(lines.slice(0, -1).map((line) => line.split(',').length))).toEqual(new Set([18]));
    expect(lines).toContain('city,,,,,,Score,77.22,50.97,-26.25,worse,,,,,,,');
    expect(lines).toContain(
      'service,,perizinan,DPMPTSP,pbg,Persetujuan Bangunan Gedung,Office visits a year,0,,,incomplete,,,,,,,',
    );
    expect(lines).toContain(
      'learn,1,dukcapil,Disdukcapil,akta-lahir,Akta Kelahiran,,,,,,' +
        'Kota Maju,Kota Rintis,pengajuan,Application,Online form,Form at the counter,60000',
    );
    const statuses = new Set(lines.slice(1, -1).map((line) => line.split(',')[10]));
    expect(statuses).toEqual(
      new Set(['better', 'worse', 'same', 'incomplete', 'not comparable (different city sizes)', '']),
    );
  });

  it("writes a decimal comma with ';' for Excel in Indonesian settings", async () => {
    const run = await runCompare(MAJU, RINTIS, ['--format', 'csv', '--delimiter', ';']);
    expect(run.stdout).toContain(
      '\r\nkota;;;;;;Porsi transaksi tanpa kunjungan (%);75,37;11,88;-63,49;lebih buruk;;;;;;;\r\n',
    );
  });
});
