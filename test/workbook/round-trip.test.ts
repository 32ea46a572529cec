import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { opdm, scoreReport, tempDir } from './helpers.js';

const example = (name: string) => fileURLToPath(new URL(`../../examples/${name}`, import.meta.url));

describe('answers file -> workbook -> import: the same scores', () => {
  it.each(['kota-bandung.answers.yaml', 'kota-palangka-raya.answers.yaml'])('%s', async (name) => {
    const dir = tempDir();
    const init = await opdm(dir, 'init', '--format', 'xlsx', '-o', 'kota.xlsx', '--from', example(name));
    expect(init.stderr).toContain('kota.xlsx');
    expect(init.code).toBe(0);
    const imported = await opdm(dir, 'import', 'kota.xlsx', '-o', 'kota.answers.yaml');
    expect(imported.stderr).not.toMatch(/error|kesalahan/i);
    expect(imported.code).toBe(0);
    expect(await scoreReport(dir, join(dir, 'kota.answers.yaml'))).toEqual(await scoreReport(dir, example(name)));
  });
});
