import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliEnv } from '../../src/cli/env.js';
import { assess, type AssessRequest } from '../../src/cli/commands/assess.js';
import { CancelledError, InvalidInputError } from '../../src/errors.js';
import { runCli } from '../helpers/run-cli.js';
import { promptKeys, scriptedAsker, type Step } from '../fixtures/assess/scripted-asker.js';

const RUBRIC = resolve('test/fixtures/assess/mini.rubric.yaml');

/** One `opdm assess` session in a fresh (or given) folder, answered from a script. */
async function assessIn(
  dir: string,
  request: Partial<AssessRequest>,
  steps: readonly Step[],
  hooks: { afterInput?: (key: string, value: string) => void } = {},
) {
  const out = { stdout: '', stderr: '' };
  const env: CliEnv = {
    stdout: (text) => void (out.stdout += text),
    stderr: (text) => void (out.stderr += text),
    env: {},
    cwd: dir,
    isStdoutTTY: false,
    isStdinTTY: true,
    columns: 160,
  };
  const asker = scriptedAsker(steps);
  const { afterInput } = hooks;
  if (afterInput) {
    const input = asker.input.bind(asker);
    asker.input = async (prompt) => {
      const value = await input(prompt);
      afterInput(prompt.key, value);
      return value;
    };
  }
  const result = assess(
    { isReview: false, ...request },
    { asker, env, lang: 'en', isColor: false, today: '2026-11-20' },
  ).then(
    (code) => ({ code, error: undefined }),
    (error: unknown) => ({ code: undefined, error }),
  );
  return { ...(await result), ...out, asker };
}

const made: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'opdm-assess-'));
  made.push(dir);
  return dir;
};
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const HEADER: Step[] = [
  ['city.name', 'Kota Uji'],
  ['city.id', ''],
  ['city.province', 'Jawa Barat'],
  ['city.period', ''],
  ['city.assessors', 'Budi, Sari'],
];
const S = 'dukcapil/akta-lahir';

describe('opdm assess: a new answers file', () => {
  it('asks city, period and assessors, proposes a file name, and creates the file before any question', async () => {
    const dir = tempDir();
    const run = await assessIn(dir, {}, [...HEADER, ['file', '']]);
    expect(run.error).toBeInstanceOf(CancelledError);
    expect(run.asker.events.find((e) => e.kind === 'prompt' && e.key === 'file')).toMatchObject({
      default: 'kota-uji-2026.yaml',
    });
    expect(promptKeys(run.asker).at(-1)).toBe('opds');
    expect(readFileSync(join(dir, 'kota-uji-2026.yaml'), 'utf8')).toBe(
      [
        'rubric: opd-digital-maturity@2.0.0',
        'city:',
        '  id: kota-uji',
        '  name: Kota Uji',
        '  province: Jawa Barat',
        'period: "2026"',
        'assessed_at: 2026-11-20',
        'assessors:',
        '  - Budi',
        '  - Sari',
        'answers: {}',
        'opds: []',
        '',
      ].join('\n'),
    );
    expect(run.stderr).toContain('Answers file created: kota-uji-2026.yaml');
    expect(run.stderr).toContain(
      'Every answer given so far is saved in kota-uji-2026.yaml. Continue any time: opdm assess kota-uji-2026.yaml',
    );
  });

  it('never takes over an existing file when asking for a name', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'taken.yaml'), 'x: 1\n');
    const run = await assessIn(dir, { rubricFile: RUBRIC }, [...HEADER, ['file', 'taken.yaml']]);
    expect(String(run.error)).toContain(
      'refused "taken.yaml": taken.yaml already exists; to continue it, run `opdm assess taken.yaml`.',
    );
  });

  it('asks again, the header kept, for a file name whose folder does not exist', async () => {
    const dir = tempDir();
    const run = await assessIn(dir, { rubricFile: RUBRIC }, [...HEADER, ['file', ['data/kota.yaml', 'kota.yaml']]]);
    expect(run.error).toBeInstanceOf(CancelledError);
    expect(run.asker.events).toContainEqual({
      kind: 'refused',
      key: 'file',
      text: 'data/kota.yaml',
      message: 'The folder data does not exist: create it first, or choose another folder.',
    });
    const text = readFileSync(join(dir, 'kota.yaml'), 'utf8');
    expect(text).toContain('province: Jawa Barat');
    expect(text).toContain('  - Sari');
  });

  it('asks again, offering the name typed, when the file appears before it is written', async () => {
    const dir = tempDir();
    // Someone saves a kota.yaml of their own just after the name was accepted.
    const run = await assessIn(
      dir,
      { rubricFile: RUBRIC },
      [...HEADER, ['file', 'kota.yaml'], ['file', 'kota-2.yaml']],
      {
        afterInput: (key) =>
          key === 'file' && !existsSync(join(dir, 'kota.yaml')) && writeFileSync(join(dir, 'kota.yaml'), 'x: 1\n'),
      },
    );
    expect(run.error).toBeInstanceOf(CancelledError);
    expect(run.asker.events).toContainEqual({
      kind: 'say',
      text: 'kota.yaml already exists; to continue it, run `opdm assess kota.yaml`.',
    });
    expect(run.asker.events.filter((e) => e.kind === 'prompt' && e.key === 'file').at(-1)).toMatchObject({
      default: 'kota.yaml',
    });
    expect(readFileSync(join(dir, 'kota.yaml'), 'utf8')).toBe('x: 1\n');
    expect(readFileSync(join(dir, 'kota-2.yaml'), 'utf8')).toContain('province: Jawa Barat');
    expect(run.stderr).toContain('Answers file created: kota-2.yaml');
    // The lock of the name given up is gone with it.
    expect(readdirSync(dir).sort()).toEqual(['kota-2.yaml', 'kota.yaml']);
  });

  it('refuses at once, before asking anything, a new file named in a folder that does not exist', async () => {
    const dir = tempDir();
    const run = await runCli(['assess', 'data/kota.yaml', '--lang', 'en'], { cwd: dir, isStdinTTY: true });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('opdm: The folder data does not exist: create it first, or choose another folder.\n');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('says that nothing was saved when stopped before the file exists', async () => {
    const run = await assessIn(tempDir(), { file: 'baru.yaml', rubricFile: RUBRIC }, HEADER.slice(0, 2));
    expect(run.error).toBeInstanceOf(CancelledError);
    expect(run.stderr).toContain('Nothing was saved yet.');
  });
});

describe('opdm assess: continuing a file over several sessions', () => {
  const firstSession: Step[] = [
    ...HEADER,
    ['opds', ['dukcapil']],
    ['services:dukcapil', ['akta-lahir']],
    [`volume:${S}`, '1000'],
    ['answer:dukcapil/sop', true],
    ['evidence:dukcapil/sop', ''],
    [`answer:${S}/pengajuan`, 'loket'],
    [`evidence:${S}/pengajuan`, ''],
  ];
  const secondSession: Step[] = [
    ['start', 'continue'],
    [`answer:${S}/berbayar`, false],
    [`evidence:${S}/berbayar`, ''],
    [`answer:${S}/tanda-tangan`, 'tte'],
    [`evidence:${S}/tanda-tangan`, ''],
    [`answer:${S}/hasil`, ['ambil']],
    [`evidence:${S}/hasil`, ''],
    [`answer:${S}/persen-daring`, '10'],
    [`evidence:${S}/persen-daring`, ''],
    [`answer:${S}/catatan`, ''],
    ['answer:kebijakan-spbe', true],
    ['evidence:kebijakan-spbe', ''],
  ];

  it('keeps a hand edit (a comment, a changed answer); its scorecard agrees with validate and score', async () => {
    const dir = tempDir();
    const file = join(dir, 'kota.yaml');
    const first = await assessIn(dir, { file: 'kota.yaml', rubricFile: RUBRIC }, firstSession);
    expect(first.error).toBeInstanceOf(CancelledError);
    const corrected = readFileSync(file, 'utf8').replace(
      'pengajuan: loket',
      'pengajuan: unduh # dikoreksi kepala dinas',
    );
    const edited = `# Diperiksa Bappeda, 21 November\n${corrected}`;
    writeFileSync(file, edited);

    const second = await assessIn(dir, { file: 'kota.yaml', rubricFile: RUBRIC }, secondSession);
    expect(second.error).toBeUndefined();
    expect(second.code).toBe(0);
    expect(second.asker.left()).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('# Diperiksa Bappeda, 21 November\n')).toBe(true);
    expect(text).toContain('pengajuan: unduh # dikoreksi kepala dinas');
    expect(text).toContain('persen-daring: 10');

    expect(second.stdout).toContain('Result so far: Kota Uji, period 2026');
    expect(second.stdout).toContain('Top 2 actions towards "no office visit needed"');
    expect(second.stdout).toContain('Saved in kota.yaml. Continue: opdm assess kota.yaml');
    expect((await runCli(['validate', file, '--rubric', RUBRIC])).code).toBe(0);
    const score = await runCli(['score', file, '--rubric', RUBRIC, '--format', 'json']);
    expect(score.code).toBe(0);
    const report = JSON.parse(score.stdout) as {
      summary: { completeness: number };
      gap: { actions: { steps: { question: string }[] }[] };
    };
    expect(report.summary.completeness).toBe(1);
    expect(report.gap.actions.map((a) => a.steps[0]?.question)).toEqual(['pengajuan', 'hasil']);
  });

  it('"finish" shows the result without asking anything', async () => {
    const dir = tempDir();
    await assessIn(dir, { file: 'kota.yaml', rubricFile: RUBRIC }, firstSession);
    const run = await assessIn(dir, { file: 'kota.yaml', rubricFile: RUBRIC }, [['start', 'finish']]);
    expect(run.code).toBe(0);
    expect(promptKeys(run.asker)).toEqual(['start']);
    expect(run.stdout).toContain('Result so far: Kota Uji, period 2026');
  });

  it('refuses an --opd in neither the file nor the catalog: each known id once, and the one meant', async () => {
    const dir = tempDir();
    // Every OPD of this file is in the catalog too: each is still listed once.
    copyFileSync('examples/kota-bandung.answers.yaml', join(dir, 'kota.yaml'));
    const tty = { cwd: dir, isStdinTTY: true };
    const run = await runCli(['assess', 'kota.yaml', '--opd', 'dukcapil', '--lang', 'en'], tty);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const line = run.stderr.trimEnd();
    expect(line.startsWith('opdm: OPD "dukcapil" is neither in the file nor in the rubric\'s catalog; ')).toBe(true);
    expect(line).toContain('; did you mean "disdukcapil"? Known: disdukcapil, dpmptsp, ');
    const known = line.slice(line.indexOf('Known: ') + 7).split(', ');
    expect(known).toEqual([...new Set(known)]);
    expect(known).toContain('dispora');
    const typo = await runCli(['assess', 'kota.yaml', '--opd', 'dinkess'], tty);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('; maksud Anda "dinkes"? Yang dikenal: disdukcapil,');
    const unknown = await runCli(['assess', 'kota.yaml', '--opd', 'xyz'], tty);
    expect(unknown.stderr).toMatch(
      /^opdm: OPD "xyz" tidak ada di berkas maupun di katalog rubrik\. Yang dikenal: disdukcapil,/,
    );
  });

  it('continues a template of init, whose volumes are still to be given, which validate refuses', async () => {
    const dir = tempDir();
    const init = await runCli(['init', 'kota.yaml', '--rubric', RUBRIC, '--city-name', 'Kota Uji'], { cwd: dir });
    expect(init.code, init.stderr).toBe(0);
    expect((await runCli(['validate', 'kota.yaml', '--rubric', RUBRIC], { cwd: dir })).code).toBe(2);
    const run = await assessIn(dir, { file: 'kota.yaml', rubricFile: RUBRIC }, [['start', 'finish']]);
    expect(run.error).toBeUndefined();
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Result so far: Kota Uji');
  });

  it('refuses to continue an invalid file, listing its issues', async () => {
    const dir = tempDir();
    await assessIn(dir, { file: 'kota.yaml', rubricFile: RUBRIC }, firstSession);
    writeFileSync(
      join(dir, 'kota.yaml'),
      readFileSync(join(dir, 'kota.yaml'), 'utf8').replace('pengajuan: loket', 'pengajuan: lokett'),
    );
    const run = await assessIn(dir, { file: 'kota.yaml', rubricFile: RUBRIC }, [['start', 'continue']]);
    expect(run.error).toBeInstanceOf(InvalidInputError);
    expect((run.error as InvalidInputError).issues[0]).toMatchObject({
      code: 'answers.bad-choice',
      line: expect.any(Number),
    });
  });
});

describe('opdm assess without a terminal', () => {
  it('says so in one line, points to init and score, exits 2 and writes nothing', async () => {
    const dir = tempDir();
    const result = await runCli(['assess', join(dir, 'kota.yaml'), '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^opdm: assess needs an interactive terminal .*`opdm init`.*`opdm score`/);
    expect(existsSync(join(dir, 'kota.yaml'))).toBe(false);
  });

  it('speaks Bahasa Indonesia by default', async () => {
    const result = await runCli(['assess']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('assess perlu terminal interaktif');
  });
});
