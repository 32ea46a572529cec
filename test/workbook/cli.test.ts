import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, ensureBuilt } from '../helpers/built.js';
import { opdm, tempDir } from './helpers.js';

const PALANGKA = fileURLToPath(new URL('../../examples/kota-palangka-raya.answers.yaml', import.meta.url));

describe('usage of init --format xlsx, import and merge', () => {
  const cases: [string, string[], string][] = [
    [
      'a workbook only to a file',
      ['init', '--format', 'xlsx'],
      'opdm: an .xlsx workbook can only be written to a file: add -o kota.xlsx\n',
    ],
    [
      'an unknown format',
      ['init', '--format', 'csv', '-o', 'x.csv'],
      'opdm: --format "csv" is not known to opdm init: use yaml or xlsx\n',
    ],
    [
      '--from without xlsx',
      ['init', 'x.yaml', '--from', PALANGKA],
      'opdm: --from makes a workbook from an answers file: add --format xlsx -o kota.xlsx\n',
    ],
    [
      'import of a YAML file',
      ['import', PALANGKA],
      `opdm: ${PALANGKA} is not an .xlsx fill-in workbook: opdm import reads workbooks from opdm init --format xlsx ` +
        `(for YAML files use opdm validate or opdm merge)\n`,
    ],
    ['merge of one file', ['merge', PALANGKA], 'opdm: opdm merge needs at least two answers files to merge\n'],
  ];
  it.each(cases)('%s: exit 2, one line', async (_name, argv, stderr) => {
    const run = await opdm(tempDir(), ...argv, '--lang', 'en');
    expect(run).toEqual({ code: 2, stdout: '', stderr });
  });

  it('an .xlsx that opdm did not make for filling in (a score report) is named as such', async () => {
    const dir = tempDir();
    expect((await opdm(dir, 'score', PALANGKA, '--format', 'xlsx', '-o', join(dir, 'report.xlsx'))).code).toBe(0);
    const run = await opdm(dir, 'import', 'report.xlsx', '--lang', 'en');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'report.xlsx: not a fill-in workbook from opdm init --format xlsx ' +
        '(its hidden sheet "opdm" is missing or damaged): make a new one with opdm init --format xlsx\n',
    );
  });

  it('a file that is not a workbook at all', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'broken.xlsx'), 'PK not really a zip');
    const run = await opdm(dir, 'import', 'broken.xlsx', '--lang', 'en');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^broken\.xlsx: not a readable \.xlsx workbook \(.+\): save it again as an Excel Workbook \(\.xlsx\)\n$/,
    );
  });

  it('init refuses to overwrite a workbook without --force', async () => {
    const dir = tempDir();
    expect((await opdm(dir, 'init', '-o', 'kota.xlsx', '--opd', 'dlh')).code).toBe(0);
    const again = await opdm(dir, 'init', '-o', 'kota.xlsx', '--opd', 'dlh', '--lang', 'en');
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('kota.xlsx already exists');
  });

  it('import without -o prints the answers file', async () => {
    const dir = tempDir();
    expect((await opdm(dir, 'init', '-o', 'kota.xlsx', '--from', PALANGKA, '--opd', 'dlh')).code).toBe(0);
    const run = await opdm(dir, 'import', 'kota.xlsx');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^rubric: opd-digital-maturity@2\.0\.0\ncity:\n {2}id: kota-palangka-raya\n/);
    expect(run.stdout).toContain('  - id: dlh\n');
  });
});

describe('the installed binary (dist/opdm.cjs) loads ExcelJS from node_modules, outside its bundle', () => {
  beforeAll(() => ensureBuilt(), 300_000);
  it('init --format xlsx, then import', () => {
    const dir = tempDir();
    const run = (...argv: string[]) =>
      spawnSync(process.execPath, [BIN, ...argv], { cwd: dir, encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
    const init = run('init', '--format', 'xlsx', '-o', 'kota.xlsx', '--from', PALANGKA);
    expect(init.status, init.stderr).toBe(0);
    const imported = run('import', 'kota.xlsx', '-o', 'kota.yaml');
    expect(imported.status, imported.stderr).toBe(0);
    expect(existsSync(join(dir, 'kota.yaml'))).toBe(true);
    expect(run('validate', 'kota.yaml').stdout).toContain('100,0%');
  });
});
