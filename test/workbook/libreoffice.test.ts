import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { editWorkbook, opdm, rowOf, saveWithLibreOffice, scoreReport, tempDir } from './helpers.js';

const example = (name: string) => fileURLToPath(new URL(`../../examples/${name}`, import.meta.url));

// LibreOffice Calc (Debian's libreoffice-calc; .ci/run installs it) opens and saves each workbook
// headless, as an OPD's staff would with the desktop program: it rewrites every part of the file.
describe('a workbook opened and saved by LibreOffice', () => {
  it.each(['kota-bandung.answers.yaml', 'kota-palangka-raya.answers.yaml'])(
    'imports the same as the one opdm wrote (%s)',
    async (name) => {
      const dir = tempDir();
      expect((await opdm(dir, 'init', '--format', 'xlsx', '-o', 'kota.xlsx', '--from', example(name))).code).toBe(0);
      copyFileSync(saveWithLibreOffice(join(dir, 'kota.xlsx')), join(dir, 'lo.xlsx'));
      const run = await opdm(dir, 'import', 'lo.xlsx', '-o', 'lo.yaml');
      expect(run.code, run.stderr).toBe(0);
      expect(await scoreReport(dir, join(dir, 'lo.yaml'))).toEqual(await scoreReport(dir, example(name)));
    },
    120_000,
  );

  it('filled in (a new service, volumes, a multiple choice answered) and saved: imports what was entered', async () => {
    const dir = tempDir();
    const init = await opdm(dir, 'init', '--format', 'xlsx', '-o', 'dlh.xlsx', '--opd', 'dlh', '--lang', 'en');
    expect(init.code, init.stderr).toBe(0);
    await editWorkbook(join(dir, 'dlh.xlsx'), (wb) => {
      const sheet = wb.getWorksheet('dlh')!;
      sheet.eachRow((row) => {
        const key = String(row.getCell(1).value ?? '');
        if (/^\[[a-z0-9-]+\]$/.test(key)) row.getCell(5).value = 1250000;
      });
      sheet.getCell(`B${rowOf(sheet, '[+1]')}`).value = 'Izin Pembuangan Limbah Cair';
      sheet.getCell(`E${rowOf(sheet, '[+1]')}`).value = 300;
      sheet.getCell(`E${rowOf(sheet, '[+1] permohonan')}`).value = "Online form in the service's app or website";
      sheet.getCell(`E${rowOf(sheet, '[+1] hasil-layanan=unduh-tte')}`).value = 'Yes';
      sheet.getCell(`E${rowOf(sheet, '[+1] hasil-layanan=ambil-kantor')}`).value = 'No';
      sheet.getCell(`E${rowOf(sheet, '[+1] ada-retribusi')}`).value = 'No';
    });
    const saved = saveWithLibreOffice(join(dir, 'dlh.xlsx'));
    const run = await opdm(dir, 'import', saved, '-o', 'dlh.yaml', '--lang', 'en');
    expect(run.code, run.stderr).toBe(0);
    const score = await scoreReport(dir, join(dir, 'dlh.yaml'));
    const opd = (
      score.opds as {
        id: string;
        services: { id: string; annual_volume: number; answers: Record<string, unknown> }[];
      }[]
    )[0]!;
    const added = opd.services.find((s) => s.id === 'izin-pembuangan-limbah-cair')!;
    expect(added.annual_volume).toBe(300);
    expect(added.answers).toEqual({ 'ada-retribusi': false, 'hasil-layanan': ['unduh-tte'], permohonan: 'daring' });
    expect(opd.services.filter((s) => s.id !== added.id).every((s) => s.annual_volume === 1250000)).toBe(true);
  }, 120_000);

  it('a wrong value saved by LibreOffice is named on its cell', async () => {
    const dir = tempDir();
    expect(
      (
        await opdm(
          dir,
          'init',
          '--format',
          'xlsx',
          '-o',
          'kota.xlsx',
          '--from',
          example('kota-palangka-raya.answers.yaml'),
          '--opd',
          'dlh',
          '--lang',
          'en',
        )
      ).code,
    ).toBe(0);
    let row = 0;
    await editWorkbook(join(dir, 'kota.xlsx'), (wb) => {
      const sheet = wb.getWorksheet('dlh')!;
      const key = [...Array(sheet.rowCount).keys()]
        .map((i) => String(sheet.getCell(`A${i + 1}`).value ?? ''))
        .find((k) => k.endsWith('] persen-daring'))!;
      row = rowOf(sheet, key);
      sheet.getCell(`E${row}`).value = '45,5';
    });
    const saved = saveWithLibreOffice(join(dir, 'kota.xlsx'));
    copyFileSync(saved, join(dir, 'lo.xlsx'));
    const run = await opdm(dir, 'import', 'lo.xlsx', '-o', 'out.yaml', '--lang', 'en');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `lo.xlsx:dlh!E${row}: 45,5 is text with a decimal comma: write 45.5, or type it again as a number\n`,
    );
    expect(existsSync(join(dir, 'out.yaml'))).toBe(false);
  }, 120_000);
});
