import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { CityAnswers } from '../../src/core/types.js';
import { editWorkbook, opdm, rowOf, tempDir } from './helpers.js';

const PALANGKA = fileURLToPath(new URL('../../examples/kota-palangka-raya.answers.yaml', import.meta.url));

describe('opdm import into an existing answers file', () => {
  it('updates the answers changed in the workbook, keeps every other line, comments and order included', async () => {
    const dir = tempDir();
    copyFileSync(PALANGKA, join(dir, 'kota.answers.yaml'));
    const before = readFileSync(join(dir, 'kota.answers.yaml'), 'utf8').split('\n');
    expect(
      (await opdm(dir, 'init', '--format', 'xlsx', '-o', 'kota.xlsx', '--from', 'kota.answers.yaml', '--lang', 'en'))
        .code,
    ).toBe(0);
    await editWorkbook(join(dir, 'kota.xlsx'), (wb) => {
      const sheet = wb.getWorksheet('disdukcapil')!;
      sheet.getCell(`E${rowOf(sheet, '[ktp-el] persen-daring')}`).value = 55;
      sheet.getCell(`G${rowOf(sheet, '[ktp-el] persen-daring')}`).value =
        'https://disdukcapil.palangkaraya.go.id/statistik';
    });
    const run = await opdm(dir, 'import', 'kota.xlsx', '-o', 'kota.answers.yaml', '--lang', 'en');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('Answers updated in kota.answers.yaml (14 OPDs');
    const after = readFileSync(join(dir, 'kota.answers.yaml'), 'utf8').split('\n');
    // Comments stay, each where it was among the keys: the same comment lines in the same order.
    const comments = (lines: string[]) => lines.filter((l) => l.trimStart().startsWith('#'));
    expect(comments(after)).toEqual(comments(before));
    // The data is the old data with the two cells changed, keys in their old order.
    const expected = parse(before.join('\n')) as CityAnswers;
    const ktp = expected.opds[0]!.services[0]! as {
      answers: Record<string, unknown>;
      evidence?: Record<string, string>;
    };
    ktp.answers['persen-daring'] = 55;
    ktp.evidence = { ...ktp.evidence, 'persen-daring': 'https://disdukcapil.palangkaraya.go.id/statistik' };
    const got = parse(after.join('\n')) as CityAnswers;
    expect(got).toEqual(expected);
    expect(JSON.stringify(got)).toBe(JSON.stringify(expected));
  });
});
