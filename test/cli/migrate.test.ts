/**
 * `opdm migrate`: a 1.0.0 answers file rewritten for 2.0.0 from the shipped migration data. The
 * result validates against 2.0.0, keeps the file's comments, and never replaces the original.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'opdm-migrate-'));
const V1 = ['kota-bandung', 'kota-palangka-raya'].map((city) => `test/fixtures/examples-1.0.0/${city}.answers.yaml`);

describe('opdm migrate', () => {
  it.each(V1)(
    '%s: writes a 2.0.0 file that validates, keeps the comments, and leaves the original alone',
    async (file) => {
      const before = readFileSync(file, 'utf8');
      const out = join(dir, file.split('/').at(-1)!.replace('.answers', '.v2.answers'));
      const run = await runCli(['migrate', file, '-o', out, '--lang', 'en']);
      expect(run.code, run.stderr).toBe(0);
      expect(readFileSync(file, 'utf8')).toBe(before);
      const after = readFileSync(out, 'utf8');
      expect(after).toMatch(/^rubric: opd-digital-maturity@2\.0\.0$/m);
      expect(after).toContain('# CONTOH ILUSTRATIF, BUKAN PENILAIAN RESMI.');
      expect(run.stderr).toContain(`${file}: migrated from opd-digital-maturity@1.0.0 to opd-digital-maturity@2.0.0.`);
      expect(run.stderr).toMatch(/New questions to answer \(3\):\n {2}reviu-perbaikan \(\d+ services\): New: /);
      expect(run.stderr).toContain(`Then: opdm validate ${out}`);
      const validate = await runCli(['validate', out]);
      expect(validate.code, validate.stderr).toBe(0);
      // The new required questions are not answered yet: completeness says so.
      expect(validate.stdout).not.toContain('100,0%');
    },
  );

  it('drops an answer whose value 2.0.0 splits in two, and says why, once for every service', async () => {
    const file = V1[0]!;
    const run = await runCli(['migrate', file, '-o', join(dir, 'split.yaml')]);
    const old = parse(readFileSync(file, 'utf8')) as { opds: { services: { answers: Record<string, unknown> }[] }[] };
    const split = old.opds
      .flatMap((o) => o.services)
      .filter((s) => s.answers['surat-pengantar'] === 'tidak-diperlukan');
    expect(split.length).toBeGreaterThan(0);
    expect(run.stderr).toContain(`Jawab lagi (${split.length}):\n  surat-pengantar (`);
    const migrated = parse(readFileSync(join(dir, 'split.yaml'), 'utf8')) as typeof old;
    const left = migrated.opds.flatMap((o) => o.services).filter((s) => 'surat-pengantar' in s.answers);
    expect(left.every((s) => s.answers['surat-pengantar'] !== 'tidak-diperlukan')).toBe(true);
  });

  it('moves a catalog service to its new OPD (creating the OPD with its catalog name) with its answers', async () => {
    const file = join(dir, 'sppl.answers.yaml');
    writeFileSync(
      file,
      [
        'rubric: opd-digital-maturity@1.0.0',
        'city: {id: kota-x, name: Kota X}',
        'period: "2026"',
        'answers: {}',
        'opds:',
        '  - id: dlh',
        '    name: Dinas Lingkungan Hidup',
        '    answers: {}',
        '    services:',
        '      # SPPL diurus di DLH',
        '      - id: sppl',
        '        name: Surat Pernyataan Pengelolaan Lingkungan',
        '        annual_volume: 800',
        '        answers: {permohonan: daring}',
        '',
      ].join('\n'),
    );
    const out = join(dir, 'sppl.v2.yaml');
    const run = await runCli(['migrate', file, '-o', out, '--lang', 'en']);
    expect(run.code, run.stderr).toBe(0);
    const migrated = parse(readFileSync(out, 'utf8')) as {
      opds: { id: string; name: string; services: { id: string; answers: Record<string, unknown> }[] }[];
    };
    expect(migrated.opds.map((o) => [o.id, o.services.map((s) => s.id)])).toEqual([
      ['dlh', []],
      ['dpmptsp', ['sppl']],
    ]);
    expect(migrated.opds[1]?.name).toMatch(/Penanaman Modal/);
    expect(migrated.opds[1]?.services[0]?.answers).toEqual({ permohonan: 'daring' });
    expect(readFileSync(out, 'utf8')).toContain('# SPPL diurus di DLH');
    expect(run.stderr).toMatch(/Catalog changes \(1\):\n {2}dlh\/sppl: The SPPL is filled in within OSS-RBA/);
  });

  it('prints the migrated file when there is no -o, and says how to save it', async () => {
    const run = await runCli(['migrate', V1[1]!, '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^# =+\n/);
    expect(run.stdout).toMatch(/^rubric: opd-digital-maturity@2\.0\.0$/m);
    expect(run.stderr).toContain('save it with -o NEW-FILE.yaml (the original is not changed)');
  });

  it('never writes over the file it migrates', async () => {
    const copy = join(dir, 'copy.answers.yaml');
    writeFileSync(copy, readFileSync(V1[0]!, 'utf8'));
    const run = await runCli(['migrate', copy, '-o', copy]);
    expect(run.code).toBe(2);
    expect(readFileSync(copy, 'utf8')).toBe(readFileSync(V1[0]!, 'utf8'));
  });

  it('has nothing to do for a file already on the newest version, and writes nothing', async () => {
    const out = join(dir, 'nothing.yaml');
    const run = await runCli(['migrate', 'examples/kota-bandung.answers.yaml', '-o', out, '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      'examples/kota-bandung.answers.yaml is already for opd-digital-maturity@2.0.0, ' +
        'the newest bundled version: nothing to migrate.',
    );
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a file whose rubric is not bundled, in one line', async () => {
    const run = await runCli(['migrate', 'test/fixtures/kota-uji.answers.yaml', '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^opdm: /);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
