import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { generate } from '../reference/generate.js';
import { editWorkbook, opdm, rowOf, tempDir } from './helpers.js';

const PALANGKA = fileURLToPath(new URL('../../examples/kota-palangka-raya.answers.yaml', import.meta.url));

let dir: string;
/** Disdukcapil of Palangka Raya, prefilled, in English: a small workbook with every answer in it. */
beforeEach(async () => {
  dir = tempDir();
  const init = await opdm(
    dir,
    'init',
    '--format',
    'xlsx',
    '-o',
    'kota.xlsx',
    '--from',
    PALANGKA,
    '--opd',
    'disdukcapil',
    '--lang',
    'en',
  );
  expect(init.code, init.stderr).toBe(0);
});

const importIt = (...extra: string[]) => opdm(dir, 'import', 'kota.xlsx', '-o', 'out.yaml', '--lang', 'en', ...extra);
const lines = (stderr: string) => stderr.trimEnd().split('\n');

describe('opdm import: every problem at once, on its cell, exit 2, nothing written', () => {
  it('values that do not fit their question', async () => {
    const rows: Record<string, number> = {};
    await editWorkbook(join(dir, 'kota.xlsx'), (wb) => {
      const sheet = wb.getWorksheet('disdukcapil')!;
      for (const key of [
        '[ktp-el]',
        '[ktp-el] permohonan',
        '[ktp-el] ada-inspeksi',
        '[ktp-el] persen-daring',
        '[ktp-el] surat-pengantar',
        '[kartu-keluarga] hasil-layanan=unduh-tte',
      ])
        rows[key] = rowOf(sheet, key);
      sheet.getCell(`E${rows['[ktp-el]']}`).value = '95.000';
      sheet.getCell(`E${rows['[ktp-el] permohonan']}`).value = 'Lainnya';
      sheet.getCell(`E${rows['[ktp-el] ada-inspeksi']}`).value = 'maybe';
      sheet.getCell(`E${rows['[ktp-el] persen-daring']}`).value = 150;
      sheet.getCell(`F${rows['[ktp-el] surat-pengantar']}`).value = 'not relevant';
      sheet.getCell(`E${rows['[kartu-keluarga] hasil-layanan=unduh-tte']}`).value = 'perhaps';
    });
    const run = await importIt();
    expect(run.code).toBe(2);
    expect(existsSync(join(dir, 'out.yaml'))).toBe(false);
    const at = (key: string, col: string) => `kota.xlsx:disdukcapil!${col}${rows[key]}: `;
    const got = lines(run.stderr);
    expect(got, run.stderr).toHaveLength(6);
    expect(got[0]).toBe(
      `${at('[ktp-el]', 'E')}95.000 is text with thousands separators and does not read as a number: ` +
        `write 95000 (Excel shows the separators itself)`,
    );
    expect(got[1]).toMatch(
      new RegExp(
        `^${escape(at('[ktp-el] permohonan', 'E'))}"Lainnya" is not in the list: ` +
          `pick one from the list \\(Filling in a form at the counter; `,
      ),
    );
    expect(got[3]).toBe(`${at('[ktp-el] ada-inspeksi', 'E')}"maybe" is not a yes/no answer: pick Yes or No`);
    expect(got[2]).toBe(
      `${at('[ktp-el] surat-pengantar', 'F')}this question cannot be answered "not applicable": ` +
        `clear this cell and give the answer in the Answer column`,
    );
    expect(got[4]).toBe(`${at('[ktp-el] persen-daring', 'E')}150 is above the highest allowed, 100`);
    expect(got[5]).toBe(
      `${at('[kartu-keluarga] hasil-layanan=unduh-tte', 'E')}"perhaps" is not a yes/no answer: pick Yes or No`,
    );
  });

  it('a wrong value and an empty volume elsewhere: both in one run', async () => {
    const rows: Record<string, number> = {};
    await editWorkbook(join(dir, 'kota.xlsx'), (wb) => {
      const sheet = wb.getWorksheet('disdukcapil')!;
      rows.ktp = rowOf(sheet, '[ktp-el] ada-inspeksi');
      rows.kk = rowOf(sheet, '[kartu-keluarga]');
      sheet.getCell(`E${rows.ktp}`).value = 'maybe';
      sheet.getCell(`E${rows.kk}`).value = null;
    });
    const run = await importIt();
    expect(run.code).toBe(2);
    expect(existsSync(join(dir, 'out.yaml'))).toBe(false);
    const got = lines(run.stderr);
    expect(got, run.stderr).toHaveLength(2);
    expect(got).toContain(`kota.xlsx:disdukcapil!E${rows.ktp}: "maybe" is not a yes/no answer: pick Yes or No`);
    expect(got.find((l) => l.startsWith(`kota.xlsx:disdukcapil!E${rows.kk}: `))).toMatch(/volume/i);
  });

  it('a moved row is named at both places', async () => {
    let first = 0;
    let second = 0;
    await editWorkbook(join(dir, 'kota.xlsx'), (wb) => {
      const sheet = wb.getWorksheet('disdukcapil')!;
      first = rowOf(sheet, '[ktp-el] permohonan');
      second = rowOf(sheet, '[ktp-el] pengaduan');
      // Cut and paste a whole row over another, and back: what sorting a column does.
      const a = sheet.getRow(first).values;
      const b = sheet.getRow(second).values;
      sheet.getRow(first).values = b;
      sheet.getRow(second).values = a;
    });
    const run = await importIt();
    expect(run.code).toBe(2);
    expect(lines(run.stderr)).toEqual([
      `kota.xlsx:disdukcapil!A${first}: this row holds [ktp-el] pengaduan, which belongs in row ${second}; ` +
        `[ktp-el] permohonan belongs here: rows were moved or sorted, put them back (Ctrl+Z) ` +
        `or copy the answers into a new workbook`,
      `kota.xlsx:disdukcapil!A${second}: this row holds [ktp-el] permohonan, which belongs in row ${first}; ` +
        `[ktp-el] pengaduan belongs here: rows were moved or sorted, put them back (Ctrl+Z) ` +
        `or copy the answers into a new workbook`,
    ]);
    expect(existsSync(join(dir, 'out.yaml'))).toBe(false);
  });

  it('a deleted row: the rows below it are named from where it was', async () => {
    let at = 0;
    await editWorkbook(join(dir, 'kota.xlsx'), (wb) => {
      const sheet = wb.getWorksheet('disdukcapil')!;
      at = rowOf(sheet, '[kartu-keluarga] pengaduan');
      sheet.spliceRows(at, 1);
    });
    const run = await importIt();
    expect(run.code).toBe(2);
    expect(lines(run.stderr)[0]).toBe(
      `kota.xlsx:disdukcapil!A${at}: this row holds [kartu-keluarga] persen-daring, ` +
        `which belongs in row ${at + 1}; [kartu-keluarga] pengaduan belongs here: rows were moved or sorted, ` +
        `put them back (Ctrl+Z) or copy the answers into a new workbook`,
    );
  });

  it('a deleted sheet', async () => {
    await editWorkbook(join(dir, 'kota.xlsx'), (wb) => wb.removeWorksheet(wb.getWorksheet('disdukcapil')!.id));
    const run = await importIt();
    expect(run.code).toBe(2);
    expect(lines(run.stderr)).toEqual([
      'kota.xlsx:disdukcapil!A1: sheet "disdukcapil" is missing (deleted or renamed?): ' +
        'bring it back under that name, or copy its answers into a new workbook',
    ]);
  });

  it('a workbook made for another rubric names the rubric cell of its instructions', async () => {
    const { rubric } = generate(3, { contract: 2 });
    writeFileSync(join(dir, 'acak.yaml'), stringify(rubric));
    const run = await importIt('--rubric', join(dir, 'acak.yaml'));
    expect(run.code).toBe(2);
    // A random rubric may warn about itself (an inherent visit without a basis); the error is the workbook's.
    expect(lines(run.stderr).filter((line) => !line.includes(': warning: '))).toEqual([
      `kota.xlsx:Instructions!B5: this workbook was made for rubric opd-digital-maturity@2.0.0, ` +
        `not acak@${rubric.version}: import it with --rubric naming rubric opd-digital-maturity@2.0.0, ` +
        `or make a new workbook from rubric acak@${rubric.version}`,
    ]);
  });

  it('a workbook made for another layout of the same rubric (a question removed)', async () => {
    const bundled = readFileSync(
      fileURLToPath(new URL('../../rubrics/opd-digital-maturity@2.0.0.yaml', import.meta.url)),
      'utf8',
    );
    writeFileSync(join(dir, 'changed.yaml'), bundled.replace(/\n {6}- id: catatan-layanan\n(?: {8}.*\n)+/, '\n'));
    const run = await importIt('--rubric', join(dir, 'changed.yaml'));
    expect(run.code).toBe(2);
    expect(lines(run.stderr)).toEqual([
      'kota.xlsx:Instructions!B5: this workbook was made for opd-digital-maturity@2.0.0, ' +
        'whose questions are laid out differently from opd-digital-maturity@2.0.0 (questions, ' +
        'options or number limits changed): import it with --rubric naming the rubric it was made from, ' +
        'or make a new workbook with opdm init --format xlsx --from',
    ]);
  });

  it('an empty required answer: a warning with its count; with --require-complete an error on its cell', async () => {
    let row = 0;
    await editWorkbook(join(dir, 'kota.xlsx'), (wb) => {
      const sheet = wb.getWorksheet('disdukcapil')!;
      row = rowOf(sheet, '[ktp-el] pengaduan');
      sheet.getCell(`E${row}`).value = null;
    });
    const lenient = await importIt();
    expect(lenient.code).toBe(0);
    expect(lenient.stderr).toContain(
      `kota.xlsx: warning: 1 required answers are still empty (the first in disdukcapil!E${row}); ` +
        `completeness is lower.`,
    );
    const strict = await opdm(dir, 'import', 'kota.xlsx', '-o', 'strict.yaml', '--lang', 'en', '--require-complete');
    expect(strict.code).toBe(2);
    expect(lines(strict.stderr)).toEqual([`kota.xlsx:disdukcapil!E${row}: a required answer is still empty`]);
    expect(existsSync(join(dir, 'strict.yaml'))).toBe(false);
  });
});

describe('opdm import: services', () => {
  it('a catalog service marked as not offered is left out, with a warning on its cell', async () => {
    let row = 0;
    await editWorkbook(join(dir, 'kota.xlsx'), (wb) => {
      const sheet = wb.getWorksheet('disdukcapil')!;
      row = rowOf(sheet, '[ktp-el]');
      sheet.getCell(`F${row}`).value = 'handled by the province';
    });
    const run = await importIt();
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(
      `kota.xlsx:disdukcapil!F${row}: warning: service "ktp-el" is marked as not offered (handled by the ` +
        `province): it is left out of a new answers file (an existing file keeps it)\n`,
    );
    expect(readFileSync(join(dir, 'out.yaml'), 'utf8')).not.toContain('id: ktp-el');
  });

  it('answers in an empty service block without a name', async () => {
    let row = 0;
    await editWorkbook(join(dir, 'kota.xlsx'), (wb) => {
      const sheet = wb.getWorksheet('disdukcapil')!;
      row = rowOf(sheet, '[+2]');
      sheet.getCell(`E${rowOf(sheet, '[+2] ada-retribusi')}`).value = 'No';
    });
    const run = await importIt();
    expect(run.code).toBe(2);
    expect(lines(run.stderr)).toEqual([
      `kota.xlsx:disdukcapil!B${row}: this new service has answers but no name: write the service's name in this cell`,
    ]);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
