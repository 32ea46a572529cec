/**
 * A clone in a folder whose path has a space builds, tests and runs: paths come from
 * fileURLToPath, never from a URL's pathname (which keeps the space as %20). The checkout is
 * copied without its build, its dependencies linked, then built and run there.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/built.js';

/** What a clone does not have: built, installed, generated or git's own. */
const NOT_IN_A_CLONE = new Set(['.git', 'node_modules', 'dist', 'coverage', 'bench-out', 'test-output']);
const BANDUNG = 'test/fixtures/examples-1.0.0/kota-bandung.answers.yaml';

const tmp = mkdtempSync(join(tmpdir(), 'opdm with space-'));
const clone = join(tmp, 'opd maturity');

/** Without what the runner sets for itself (its NODE_OPTIONS, VITEST_*): as a shell runs it. */
function run(command: string, args: string[]) {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => name !== 'NODE_OPTIONS' && !name.startsWith('VITEST')),
  );
  return spawnSync(command, args, { cwd: clone, encoding: 'utf8', env: { ...env, LANG: 'C', NO_COLOR: '1' } });
}

beforeAll(() => {
  cpSync(ROOT, clone, {
    recursive: true,
    filter: (file) => !NOT_IN_A_CLONE.has(relative(ROOT, file).split(sep)[0]!),
  });
  symlinkSync(join(ROOT, 'node_modules'), join(clone, 'node_modules'), 'junction');
}, 60_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('a clone in a folder whose path has a space', () => {
  it('builds', () => {
    const build = run('npm', ['run', 'build']);
    expect(build.status, `${build.stdout}${build.stderr}`).toBe(0);
    expect(existsSync(join(clone, 'dist', 'opdm.cjs'))).toBe(true);
  }, 300_000);

  it('runs: a scorecard as from any other folder, a workbook written into it', () => {
    const score = run(process.execPath, ['bin/opdm.cjs', 'score', BANDUNG, '--lang', 'en']);
    const elsewhere = spawnSync(process.execPath, [BIN, 'score', BANDUNG, '--lang', 'en'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, LANG: 'C', NO_COLOR: '1' },
    });
    expect(score.status, score.stderr).toBe(0);
    expect(score.stdout).toBe(elsewhere.stdout);
    const workbook = join(clone, 'gap report.xlsx');
    const gap = run(process.execPath, ['bin/opdm.cjs', 'gap', BANDUNG, '--format', 'xlsx', '-o', workbook]);
    expect(gap.status, gap.stderr).toBe(0);
    expect(readFileSync(workbook).subarray(0, 2).toString()).toBe('PK');
  });

  it('tests: the workbook tests, which write their files by path', () => {
    const tests = run('npx', ['vitest', 'run', 'test/xlsx/xlsx.test.ts']);
    expect(tests.status, `${tests.stdout}${tests.stderr}`).toBe(0);
  }, 120_000);
});
