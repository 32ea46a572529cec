/**
 * Issue #13: hostile YAML reaches the CLI as one clear line per problem, exit 2, never a crash;
 * in a folder, every file's problems are said, each with its file.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const RUBRIC = fixture('uji-mini.rubric.yaml');
const ANSWERS = readFileSync(fixture('kota-uji.answers.yaml'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'opdm-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** 2,200 levels of block mappings under an `x-` key, then a line back at the top. */
const DEEP_LINES = Array.from({ length: 2_200 }, (_, i) => `${' '.repeat(i + 1)}a:`).join('\n');
const DEEP = `${ANSWERS}x-deep:\n${DEEP_LINES}\nx-after: 1\n`;

describe('deep nesting (item 4)', () => {
  it('one file: exit 2 with file:line:col, not a crash (exit 3)', async () => {
    const file = join(dir, 'deep.answers.yaml');
    writeFileSync(file, DEEP);
    const run = await runCli(['validate', file, '--rubric', RUBRIC, '--lang', 'en']);
    const line = ANSWERS.split('\n').length + 101;
    expect(run).toMatchObject({
      code: 2,
      stderr: `${file}:${line}:102: nesting too deep (more than 100 levels): flatten the structure\n`,
    });
  });

  it("a folder: the deep file is named, and every other file's problems are said too", async () => {
    const folder = mkdtempSync(join(dir, 'batch-'));
    for (const n of [1, 2, 3, 4, 5, 6, 7, 8, 9]) {
      writeFileSync(join(folder, `kota-${n}.yaml`), ANSWERS.replace('id: kota-uji', `id: kota-${n}`));
    }
    writeFileSync(join(folder, 'kota-4.yaml'), DEEP.replace('id: kota-uji', 'id: kota-4'));
    copyFileSync(fixture('bad-answers/wrong-types.answers.yaml'), join(folder, 'kota-7.yaml'));
    const run = await runCli(['score', folder, '--rubric', RUBRIC, '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^${join(folder, 'kota-4.yaml')}:\\d+:102: nesting too deep`, 'm'));
    expect(run.stderr).toMatch(new RegExp(`^${join(folder, 'kota-7.yaml')}:3:9: `, 'm'));
    expect(run.stderr).not.toContain('bug');
  });
});

describe('a rubric question id that is a reserved JavaScript name (item 10)', () => {
  it('`opdm rubric validate` exits 2 with file:line:col', async () => {
    const text = readFileSync(RUBRIC, 'utf8');
    expect(text).toContain('      - id: pengajuan\n');
    const file = join(dir, 'constructor.rubric.yaml');
    writeFileSync(file, text.replace('      - id: pengajuan\n', '      - id: constructor\n'));
    const line = text.split('\n').findIndex((l) => l === '      - id: pengajuan') + 1;
    const run = await runCli(['rubric', 'validate', file, '--lang', 'en']);
    expect(run).toMatchObject({
      code: 2,
      stderr:
        `${file}:${line}:13: id "constructor" cannot be an answer key (a reserved JavaScript name); ` +
        `use another id\n`,
    });
  });
});

describe('the YAML merge key `<<` (item 12)', () => {
  it('is named as what it is, once, instead of "missing key" and "unknown key" elsewhere', async () => {
    const file = join(dir, 'merge.answers.yaml');
    const text = ANSWERS.replace(
      '    answers: {sop: true, integrasi: sebagian}\n',
      '    x-base: &base {sop: true, integrasi: sebagian}\n    answers:\n      <<: *base\n',
    );
    expect(text).not.toBe(ANSWERS);
    writeFileSync(file, text);
    const line = text.split('\n').findIndex((l) => l.includes('<<:')) + 1;
    const run = await runCli(['validate', file, '--rubric', RUBRIC, '--lang', 'en']);
    expect(run).toMatchObject({
      code: 2,
      stderr:
        `${file}:${line}:7: the YAML merge key \`<<\` is not supported (opdm reads YAML 1.2, without merges): ` +
        `write the keys out in this mapping\n`,
    });
  });

  it('also without an alias, on the fast path', async () => {
    const file = join(dir, 'merge-plain.answers.yaml');
    writeFileSync(file, ANSWERS.replace('  - id: bapenda\n', '  - id: bapenda\n    <<: {name: Badan}\n'));
    const run = await runCli(['validate', file, '--rubric', RUBRIC, '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/:\d+:5: the YAML merge key `<<` is not supported/);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('a file with thousands of problems (item 11)', () => {
  /** kota-uji with `services` copies of a service whose three answers are all wrong. */
  function manyProblems(name: string, services: number): string {
    const bad = Array.from(
      { length: services },
      (_, i) =>
        `      - id: layanan-${i}\n        name: Layanan ${i}\n        annual_volume: 10\n` +
        `        answers: {pengajuan: lokett, berbayar: 3, hasil: [ambill]}\n`,
    ).join('');
    const file = join(dir, name);
    writeFileSync(file, ANSWERS.replace('    services:\n', `    services:\n${bad}`));
    return file;
  }

  it('lists the first 200 and counts the rest, in both languages, with thousands separators', async () => {
    const file = manyProblems('many.answers.yaml', 500);
    const en = await runCli(['validate', file, '--rubric', RUBRIC, '--lang', 'en']);
    expect(en.code).toBe(2);
    const lines = en.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(201);
    expect(lines.slice(0, 200).every((line) => line.startsWith(`${file}:`))).toBe(true);
    expect(lines[200]).toBe(
      `${file}: ... and 1,300 more problems in this file, not shown: ` +
        `fix the ones above first (often one mistake repeated), then run again`,
    );
    const id = await runCli(['validate', file, '--rubric', RUBRIC]);
    expect(id.stderr.trimEnd().split('\n').at(-1)).toBe(
      `${file}: ... dan 1.300 masalah lain di berkas ini, tidak ditampilkan: ` +
        `perbaiki yang di atas dulu (sering satu kesalahan yang berulang), lalu jalankan lagi`,
    );
  });

  it('in a folder, each file gets its own count, and a small file all its lines', async () => {
    const folder = mkdtempSync(join(dir, 'many-'));
    copyFileSync(manyProblems('a.yaml', 300), join(folder, 'a.yaml'));
    copyFileSync(fixture('bad-answers/wrong-types.answers.yaml'), join(folder, 'b.yaml'));
    copyFileSync(manyProblems('c.yaml', 100), join(folder, 'c.yaml'));
    const run = await runCli(['validate', folder, '--rubric', RUBRIC, '--lang', 'en']);
    const lines = run.stderr.trimEnd().split('\n');
    const of = (name: string) => lines.filter((line) => line.startsWith(`${join(folder, name)}:`));
    expect(of('a.yaml')).toHaveLength(201);
    expect(of('a.yaml').at(-1)).toContain('... and 700 more problems');
    expect(of('b.yaml').length).toBeGreaterThan(0);
    expect(of('c.yaml')).toHaveLength(201);
    expect(of('c.yaml').at(-1)).toContain('... and 100 more problems');
  });
});
