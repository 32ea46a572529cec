/**
 * Issue #13, items 1, 8 and 12: paths that are not regular files. `-o` never replaces a device,
 * a FIFO or a symlink with a file; an input that is not a regular file is refused at once (a
 * FIFO would hang the read) unless it is stdin; and each refusal names what is really wrong.
 * Run as root (a CI container): `mknod` and `mkfifo` work, and a rename over a device succeeds.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, ensureBuilt } from '../helpers/built.js';
import { fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const RUBRIC = fixture('uji-mini.rubric.yaml');
const ANSWERS = fixture('kota-uji.answers.yaml');
const made: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'opdm-special-'));
  made.push(dir);
  return dir;
};
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const mknod = (path: string, ...args: string[]) => expect(spawnSync('mknod', [path, ...args]).status).toBe(0);
const mkfifo = (path: string) => expect(spawnSync('mkfifo', [path]).status).toBe(0);

/** The real binary with a deadline: a read that blocks on a FIFO fails the test instead of hanging it. */
function opdm(args: string[], options: { input?: string | Buffer; cwd?: string } = {}) {
  const started = performance.now();
  const run = spawnSync(process.execPath, [BIN, ...args, '--lang', 'en'], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    timeout: 15_000,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, LANG: 'C', NO_COLOR: '1', NODE_OPTIONS: undefined } as NodeJS.ProcessEnv,
    ...(options.input === undefined ? {} : { input: options.input }),
  });
  return { ...run, ms: performance.now() - started };
}

describe('-o: a target that is not a regular file is written into or refused, never replaced', () => {
  it('writes a report into a device node (its own /dev/null); the node stays a device', async () => {
    const dir = tempDir();
    mknod(join(dir, 'null'), 'c', '1', '3');
    const run = await runCli(['score', ANSWERS, '--rubric', RUBRIC, '--format', 'json', '-o', join(dir, 'null')]);
    expect(run.code).toBe(0);
    expect(statSync(join(dir, 'null')).isCharacterDevice()).toBe(true);
    expect(readdirSync(dir)).toEqual(['null']);
  });

  it('writes through a symlink to a device (as /dev/stdout is one): both stay what they were', async () => {
    const dir = tempDir();
    mknod(join(dir, 'null'), 'c', '1', '3');
    symlinkSync(join(dir, 'null'), join(dir, 'stdout'));
    const run = await runCli(['score', ANSWERS, '--rubric', RUBRIC, '-o', join(dir, 'stdout')]);
    expect(run.code).toBe(0);
    expect(lstatSync(join(dir, 'stdout')).isSymbolicLink()).toBe(true);
    expect(statSync(join(dir, 'null')).isCharacterDevice()).toBe(true);
  });

  it('refuses a FIFO nobody reads with exit 2 at once; the FIFO stays', async () => {
    const dir = tempDir();
    mkfifo(join(dir, 'out'));
    const run = await runCli(['score', ANSWERS, '--rubric', RUBRIC, '-o', join(dir, 'out'), '--lang', 'en']);
    expect(run).toMatchObject({
      code: 2,
      stderr:
        `${join(dir, 'out')}: the output is a FIFO that nobody reads: ` +
        `start its reader first, or write to a file\n`,
    });
    expect(statSync(join(dir, 'out')).isFIFO()).toBe(true);
  });

  it('refuses `-o reports/` when the folder is missing, instead of writing a file named `reports`', async () => {
    const dir = tempDir();
    const run = await runCli(['score', ANSWERS, '--rubric', RUBRIC, '-o', `${dir}/reports/`, '--lang', 'en']);
    expect(run).toMatchObject({
      code: 2,
      stderr: `${dir}/reports/: folder ${dir}/reports/ does not exist: create it first or choose another folder\n`,
    });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a symlink loop as output says it is a loop, not a permission problem', async () => {
    const dir = tempDir();
    symlinkSync(join(dir, 'b.json'), join(dir, 'a.json'));
    symlinkSync(join(dir, 'a.json'), join(dir, 'b.json'));
    const run = await runCli(['score', ANSWERS, '--rubric', RUBRIC, '-o', join(dir, 'a.json'), '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('symbolic link that goes round in a loop');
  });
});

describe('inputs that are not regular files are refused at once (exit 2), unless stdin', () => {
  beforeAll(ensureBuilt, 300_000);

  it('score on a FIFO: exit 2 at once, naming it a FIFO (it used to wait forever)', () => {
    const dir = tempDir();
    mkfifo(join(dir, 'kota.yaml'));
    const run = opdm(['score', join(dir, 'kota.yaml'), '--rubric', RUBRIC]);
    expect(run.signal).toBeNull(); // not killed by the deadline
    expect(run.status).toBe(2);
    expect(run.ms).toBeLessThan(10_000);
    expect(run.stderr).toBe(
      `${join(dir, 'kota.yaml')}: this is a FIFO (named pipe), not a regular file; ` +
        `opdm reads files (or stdin as /dev/stdin): give the path of the file\n`,
    );
  });

  it("a folder holding a FIFO: every file's problems at once, the FIFO named among them", () => {
    const dir = tempDir();
    copyFileSync(ANSWERS, join(dir, 'a.yaml'));
    mkfifo(join(dir, 'b.yaml'));
    writeFileSync(join(dir, 'c.yaml'), 'rubric: uji-mini@1.2.0\ncity: {id: kota-c, name: C}\nperiod: 2026\n');
    const run = opdm(['score', dir, '--rubric', RUBRIC]);
    expect(run.signal).toBeNull();
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${join(dir, 'b.yaml')}: this is a FIFO (named pipe), not a regular file`);
    expect(run.stderr).toContain(`${join(dir, 'c.yaml')}:3:9:`);
  });

  it('a device as input is refused too (it would never end)', () => {
    const run = opdm(['validate', '/dev/zero', '--rubric', RUBRIC]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      '/dev/zero: this is a character device, not a regular file; opdm reads files (or stdin as /dev/stdin): ' +
        'give the path of the file\n',
    );
  });

  it('stdin through a pipe is read, as /dev/stdin', () => {
    const run = opdm(['score', '/dev/stdin', '--rubric', RUBRIC, '--format', 'json'], {
      input: readFileSync(ANSWERS),
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ city: { id: 'kota-uji' } });
  });

  it('more than 10 MB through a pipe says it came through a pipe, not "(10 MB, limit 10 MB)"', () => {
    const run = opdm(['validate', '/dev/stdin', '--rubric', RUBRIC], { input: Buffer.alloc(11 * 1024 * 1024, 'a') });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      '/dev/stdin: more than the limit of 10 MB came through the pipe: check that this is the right input, ' +
        'or save it as a file first\n',
    );
  });

  it('a symlink loop as input says it is a loop, not "check its permissions"', () => {
    const dir = tempDir();
    symlinkSync(join(dir, 'b.yaml'), join(dir, 'a.yaml'));
    symlinkSync(join(dir, 'a.yaml'), join(dir, 'b.yaml'));
    const run = opdm(['validate', join(dir, 'a.yaml'), '--rubric', RUBRIC]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `${join(dir, 'a.yaml')}: this symbolic link goes round in a loop (it leads back to itself through other ` +
        `links): point it at the real file\n`,
    );
  });

  it('an Excel workbook down a pipe is refused for being binary, not for a terminal', () => {
    const run = opdm(['score', ANSWERS, '--rubric', RUBRIC, '--format', 'xlsx']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'opdm: format xlsx is a binary file (an Excel workbook), not text, ' +
        'so it is not sent to standard output (a pipe or redirection); write it to a file with -o report.xlsx\n',
    );
  });

  it('assess on a FIFO: exit 2 at once, before any prompt (it used to hang, deaf to Ctrl-C)', async () => {
    const dir = tempDir();
    mkfifo(join(dir, 'kota.yaml'));
    // A terminal is needed to get past the TTY check: the pty helper gives the command one.
    const child = spawn('python3', [join(ROOT, 'test/helpers/pty-run.py'), '-'], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.stdin.end(
      JSON.stringify({
        argv: [process.execPath, BIN, 'assess', 'kota.yaml', '--rubric', RUBRIC, '--lang', 'en'],
        cwd: dir,
        env: { NO_COLOR: '1', LANG: 'C' },
        exit_timeout: 10,
        total_timeout: 20,
        steps: [],
      }),
    );
    await new Promise((done) => child.on('close', done));
    const result = JSON.parse(out) as { status: string; code: number | null; transcript: string };
    expect(result.status, result.transcript).toBe('exited');
    expect(result.code).toBe(2);
    expect(result.transcript).toContain('kota.yaml: this is a FIFO (named pipe), not a regular file');
    expect(statSync(join(dir, 'kota.yaml')).isFIFO()).toBe(true);
  });
});

describe('a folder argument with a trailing slash', () => {
  it('still reads a folder', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'cities'));
    copyFileSync(ANSWERS, join(dir, 'cities', 'kota-uji.yaml'));
    expect((await runCli(['score', `${dir}/cities/`, '--rubric', RUBRIC])).code).toBe(0);
  });
});
