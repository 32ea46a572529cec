import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { localize } from '../../src/core/localize.js';
import type { LocalizedText, Rubric } from '../../src/core/types.js';
import { bundledRubricPath } from '../../src/io/bundled.js';
import { escapeMd } from '../../src/render/markdown.js';
import { runCli } from '../helpers/run-cli.js';

const MINI = 'test/fixtures/init/uji-mini.rubric.yaml';
const BUNDLED = bundledRubricPath('opd-digital-maturity')!;
const dir = mkdtempSync(join(tmpdir(), 'opdm-show-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const read = (file: string) => parse(readFileSync(file, 'utf8')) as Rubric;

/**
 * Every text a reviewer needs, in `lang`: section and question titles, option, band and branch
 * labels, catalog names.
 */
function textsOf(rubric: Rubric, lang: string): string[] {
  const text = (value: LocalizedText | undefined) =>
    value === undefined ? [] : [localize(value, lang, rubric.languages[0]!)!];
  return [
    ...text(rubric.title),
    ...rubric.scale.flatMap((s) => text(s.label)),
    ...rubric.sections.flatMap((s) => [
      ...text(s.title),
      ...s.questions.flatMap((q) => [
        ...text(q.title),
        ...(q.type === 'choice' || q.type === 'multi' ? q.options.flatMap((o) => text(o.label)) : []),
        ...(q.type === 'number' ? q.bands.flatMap((b) => text(b.label)) : []),
        ...(q.type === 'boolean' ? [q.options?.true?.label, q.options?.false?.label].flatMap(text) : []),
      ]),
    ]),
    ...(rubric.catalog ?? []).flatMap((o) => [...text(o.name), ...o.services.flatMap((s) => text(s.name))]),
  ];
}

describe.each([
  ['the mini rubric', MINI],
  ['the bundled rubric', BUNDLED],
])('opdm rubric show, %s', (_name, file) => {
  const rubric = read(file);

  it.each(['id', 'en'] as const)('--format md holds every title and label in %s', async (lang) => {
    const run = await runCli(['rubric', 'show', file, '--format', 'md', '--lang', lang]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const missing = textsOf(rubric, lang).filter((text) => !run.stdout.includes(escapeMd(text)));
    expect(missing).toEqual([]);
    for (const question of rubric.sections.flatMap((s) => s.questions))
      expect(run.stdout).toContain(`(\`${question.id}\`)`);
  });

  it('--format table lists every section and question id', async () => {
    const run = await runCli(['rubric', 'show', file, '--lang', 'en']);
    expect(run.code).toBe(0);
    for (const section of rubric.sections)
      expect(run.stdout).toMatch(new RegExp(`│ ${section.id} +│.*│ +${section.questions.length} │`));
    for (const question of rubric.sections.flatMap((s) => s.questions))
      expect(run.stdout).toContain(` ${question.id} `);
    expect(run.stdout).toContain(`${rubric.rubric}@${rubric.version}`);
  });

  it('--format json is the rubric itself', async () => {
    const run = await runCli(['rubric', 'show', file, '--format', 'json']);
    expect(JSON.parse(run.stdout)).toEqual(rubric);
  });
});

describe('opdm rubric show', () => {
  it('shows the bundled default rubric without an argument, and a bundled one by id', async () => {
    const byDefault = await runCli(['rubric', 'show', '--format', 'json']);
    const byId = await runCli(['rubric', 'show', 'opd-digital-maturity', '--format', 'json']);
    expect(byDefault.code).toBe(0);
    expect(byDefault.stdout).toBe(byId.stdout);
    expect((JSON.parse(byId.stdout) as Rubric).rubric).toBe('opd-digital-maturity');
  });

  it('writes -o FILE and says so', async () => {
    const out = join(dir, 'rubrik.md');
    const run = await runCli(['rubric', 'show', MINI, '--format', 'md', '-o', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toMatch(/^# Rubrik uji mini\n/);
  });

  it('shows when, na, help and inherent visits in words', async () => {
    const run = await runCli(['rubric', 'show', MINI, '--format', 'md', '--lang', 'en']);
    expect(run.stdout).toContain('**Asked only when:** `berbayar` = Yes');
    expect(run.stdout).toContain(
      '| rekam | Perekaman biometrik di kantor | 0 | 1 Information | physical | ' +
        'Perekaman sidik jari dan iris wajib hadir | – |',
    );
    expect(run.stdout).toContain('Type: pick several; weight 1; required; "not applicable" not allowed');
    expect(run.stdout).toContain('| ≥ 25 | – | 0.5 |');
  });

  it('refuses an unknown rubric id with a "did you mean", a missing file and a bad format with exit 2', async () => {
    const typo = await runCli(['rubric', 'show', 'opd-digital-maturty']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('(opd-digital-maturity?)');
    const missing = await runCli(['rubric', 'show', join(dir, 'nope.yaml')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.yaml');
    expect((await runCli(['rubric', 'show', MINI, '--format', 'html'])).code).toBe(2);
  });
});
