import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, ensureBuilt } from '../helpers/built.js';
import { runCli } from '../helpers/run-cli.js';

/**
 * The command users run is not src/ but one bundle (dist/opdm.cjs, required by bin/opdm.cjs with
 * Node's compile cache where Node has one): these tests run it as a user does, and hold it to
 * what the sources do.
 */
const tmp = mkdtempSync(join(tmpdir(), 'opdm-bin-'));
const BANDUNG = 'test/fixtures/examples-1.0.0/kota-bandung.answers.yaml';
const RUBRIC = 'rubrics/opd-digital-maturity@1.0.0.yaml';

/** As a user runs it: without the runner's NODE_OPTIONS. */
function opdm(args: string[], env: Record<string, string> = {}) {
  const base: Record<string, string | undefined> = {
    ...process.env,
    LANG: 'C',
    NO_COLOR: '1',
    NODE_OPTIONS: undefined,
    ...env,
  };
  return spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: base as NodeJS.ProcessEnv,
    maxBuffer: 64 * 1024 * 1024,
  });
}

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

beforeAll(() => ensureBuilt(), 300_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the built binary', () => {
  it('prints the version of package.json', () => {
    const run = opdm(['--version']);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(
      (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version,
    );
  });

  it('scores a city byte for byte as the sources do, in both languages', async () => {
    for (const lang of ['id', 'en']) {
      for (const format of ['json', 'table']) {
        const args = ['score', BANDUNG, '--format', format, '--lang', lang];
        const bin = opdm(args);
        const src = await runCli(args, { cwd: ROOT, env: { NO_COLOR: '1' } });
        expect(bin.status).toBe(0);
        expect(bin.stdout).toBe(src.stdout);
        expect(bin.stdout.length).toBeGreaterThan(1000);
      }
    }
  });

  it("runs the same from Node's compile cache as without it", () => {
    const cache = join(tmp, 'compile-cache');
    const uncached = opdm(['gap', BANDUNG, '--format', 'json'], { NODE_DISABLE_COMPILE_CACHE: '1' });
    const first = opdm(['gap', BANDUNG, '--format', 'json'], { NODE_COMPILE_CACHE: cache });
    const second = opdm(['gap', BANDUNG, '--format', 'json'], { NODE_COMPILE_CACHE: cache });
    expect(uncached.status).toBe(0);
    expect(first.stdout).toBe(uncached.stdout);
    expect(second.stdout).toBe(uncached.stdout);
    expect(JSON.parse(uncached.stdout)).toHaveProperty('summary');
  });

  it('scores a batch in worker threads, each running the bundle, as the sources do in one thread', async () => {
    const dir = join(tmp, 'batch');
    mkdirSync(dir);
    // Enough files for two worker threads (score-batch.ts); the sources score them in this thread.
    const bandung = readFileSync(join(ROOT, BANDUNG), 'utf8');
    for (let i = 1; i <= 16; i++) {
      const city = `{id: kota-${i}, name: Kota ${i},`;
      writeFileSync(
        join(dir, `kota-${i}.answers.yaml`),
        bandung.replace('{id: kota-bandung, name: Kota Bandung,', city),
      );
    }
    const bin = opdm(['score', dir, '--format', 'json']);
    const src = await runCli(['score', dir, '--format', 'json'], { cwd: ROOT, env: { NO_COLOR: '1' } });
    expect(bin.status, bin.stderr).toBe(0);
    expect(bin.stdout).toBe(src.stdout);
    expect((JSON.parse(bin.stdout) as { ranking: unknown[] }).ranking).toHaveLength(16);
  });

  it("reports the sha256 of the bundled rubric's bytes, read precompiled", () => {
    const report = JSON.parse(opdm(['score', BANDUNG, '--format', 'json']).stdout) as { rubric: { sha256: string } };
    expect(report.rubric.sha256).toBe(sha256(readFileSync(join(ROOT, RUBRIC))));
  });

  it('reads a changed copy of the bundled rubric afresh: its own hash, its own content', () => {
    const copy = join(tmp, 'opd-digital-maturity@1.0.0.yaml');
    const bundled = readFileSync(join(ROOT, RUBRIC), 'utf8');
    writeFileSync(copy, `${bundled}# changed by a city\n`);
    const report = JSON.parse(opdm(['score', BANDUNG, '--rubric', copy, '--format', 'json']).stdout) as {
      rubric: { sha256: string };
    };
    expect(report.rubric.sha256).toBe(sha256(`${bundled}# changed by a city\n`));
    expect(report.rubric.sha256).not.toBe(sha256(bundled));
    const lines = bundled.split('\n').length;
    writeFileSync(copy, `${bundled}not_a_rubric_key: 1\n`);
    const broken = opdm(['score', BANDUNG, '--rubric', copy]);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(new RegExp(`^${copy.replaceAll('/', '\\/')}:${lines}:1: .*not_a_rubric_key`));
  });

  it('finds its own files from the bundle: rubrics, the answers template, HTML and workbooks', () => {
    expect(opdm(['rubric', 'list']).stdout).toContain('opd-digital-maturity');
    const answers = join(tmp, 'kota-contoh.answers.yaml');
    expect(
      opdm(['init', answers, '--city-id', 'kota-contoh', '--city-name', 'Kota Contoh', '--opd', 'disdukcapil']).status,
    ).toBe(0);
    // Until its volumes are filled in, the template is not valid (the rubric weights by volume).
    expect(opdm(['validate', answers]).stderr).toContain('tidak punya `annual_volume`');
    writeFileSync(
      answers,
      readFileSync(answers, 'utf8').replace(/^( *)# annual_volume: .*$/gm, '$1annual_volume: 1000'),
    );
    expect(opdm(['validate', answers]).status).toBe(0);
    const html = join(tmp, 'bandung.html');
    const xlsx = join(tmp, 'bandung.xlsx');
    expect(opdm(['score', BANDUNG, '--format', 'html', '-o', html]).status).toBe(0);
    expect(readFileSync(html, 'utf8')).toMatch(/^<!doctype html>/i);
    expect(opdm(['gap', BANDUNG, '--format', 'xlsx', '-o', xlsx]).status).toBe(0);
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
  });

  it('a bad answers file: one line with file:line:col, exit 2, no stack trace', () => {
    const bad = join(tmp, 'bad.answers.yaml');
    copyFileSync(join(ROOT, BANDUNG), bad);
    writeFileSync(bad, readFileSync(bad, 'utf8').replace(/^period: .*$/m, 'period: [2026'));
    const run = opdm(['score', bad]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^${bad.replaceAll('/', '\\/')}:\\d+:\\d+: `));
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).toBe('');
  });

  it.skipIf(!existsSync('/dev/full'))(
    'stdout that cannot be written (a full disk): one line, exit 2, no stack trace',
    () => {
      const full = openSync('/dev/full', 'w');
      try {
        const env = { ...process.env, LANG: 'C', NODE_OPTIONS: undefined } as NodeJS.ProcessEnv;
        const run = spawnSync(process.execPath, [BIN, 'score', BANDUNG, '--lang', 'en'], {
          cwd: ROOT,
          encoding: 'utf8',
          env,
          stdio: ['ignore', full, 'pipe'],
        });
        expect(run.status).toBe(2);
        expect(run.stderr).toBe('stdout: the output cannot be written (ENOSPC): check permissions and disk space\n');
      } finally {
        closeSync(full);
      }
    },
  );

  it("--debug through the bin: a bug's stack trace points into src/ through the bundle's source map", () => {
    // A stdout that throws what no stream does: a bug, as far as opdm can tell.
    const preload = join(tmp, 'stdout-bug.cjs');
    writeFileSync(
      preload,
      `const write = process.stdout.write.bind(process.stdout);
      process.stdout.write = (text, ...rest) => {
        if (text === '') return write(text, ...rest);
        throw new Error('boom');
      };`,
    );
    const env = { ...process.env, LANG: 'C', NODE_OPTIONS: undefined } as NodeJS.ProcessEnv;
    const run = spawnSync(process.execPath, ['--require', preload, BIN, 'score', BANDUNG, '--debug', '--lang', 'en'], {
      cwd: ROOT,
      encoding: 'utf8',
      env,
    });
    expect(run.status).toBe(3);
    expect(run.stderr).toContain('opdm: opdm hit a bug (not your mistake): boom.');
    expect(run.stderr).toMatch(/at writeResult \(.*src\/cli\/output\.ts:\d+:\d+\)/);
  });

  it("a bug's stack trace (--debug) points into src/ through the bundle's source map", () => {
    const bug = `process.setSourceMapsEnabled(true);
      const { main } = require(${JSON.stringify(join(ROOT, 'dist/opdm.cjs'))});
      const env = {
        stdout() { throw new Error('boom'); },
        stderr: (t) => process.stderr.write(t),
        env: {},
        cwd: process.cwd(),
        isStdoutTTY: false,
        isStdinTTY: false,
      };
      main(['score', ${JSON.stringify(BANDUNG)}, '--debug', '--lang', 'en'], env)
        .then((code) => process.stdout.write(String(code)));`;
    const run = spawnSync(process.execPath, ['-e', bug], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stdout).toBe('3');
    expect(run.stderr).toContain('opdm: opdm hit a bug (not your mistake): boom.');
    expect(run.stderr).toMatch(/at writeResult \(.*src\/cli\/output\.ts:\d+:\d+\)/);
  });
});
