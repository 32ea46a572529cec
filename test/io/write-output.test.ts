import { spawn, spawnSync } from 'node:child_process';
import { link, lstat, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic, writeOutputAtomic } from '../../src/io/write-output.js';
import { brief, rejectedIssues } from './expect-issues.js';
import { ROOT, ensureBuilt } from '../helpers/built.js';

// Lets one test make the final rename fail, after the temp file is written and synced.
const failure = vi.hoisted(() => ({ renameErrno: undefined as string | undefined }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...real,
    rename: async (from: string, to: string) => {
      if (failure.renameErrno === undefined) return real.rename(from, to);
      throw Object.assign(new Error(`${failure.renameErrno}: rename failed`), { code: failure.renameErrno });
    },
  };
});

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'opdm-write-'));
});
afterEach(async () => {
  failure.renameErrno = undefined;
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('writes a new file and leaves no temp file behind', async () => {
    const target = join(dir, 'report.json');
    await writeFileAtomic(target, '{"report_version": 1}\n');
    expect(await readFile(target, 'utf8')).toBe('{"report_version": 1}\n');
    expect(await readdir(dir)).toEqual(['report.json']);
  });

  it('replaces an existing file, keeping its permissions', async () => {
    const target = join(dir, 'answers.yaml');
    await writeFile(target, 'old\n', { mode: 0o600 });
    await writeFileAtomic(target, new TextEncoder().encode('new\n'));
    expect(await readFile(target, 'utf8')).toBe('new\n');
    expect((await stat(target)).mode & 0o777).toBe(0o600);
    expect(await readdir(dir)).toEqual(['answers.yaml']);
  });

  it('on a failure leaves the old target intact and removes the temp file', async () => {
    const target = join(dir, 'report.json');
    await writeFile(target, 'old report\n');
    failure.renameErrno = 'EACCES';
    const issues = await rejectedIssues(writeFileAtomic(target, 'new report\n'));
    expect(issues.map((i) => [brief(i), i.params, i.file])).toEqual([
      ['output.unwritable', { reason: 'EACCES' }, target],
    ]);
    expect(await readFile(target, 'utf8')).toBe('old report\n');
    expect(await readdir(dir)).toEqual(['report.json']);
  });

  it('passes on failures that are not the user’s, still cleaning up', async () => {
    const target = join(dir, 'report.json');
    failure.renameErrno = 'EIO';
    await expect(writeFileAtomic(target, 'x')).rejects.toThrow('EIO');
    expect(await readdir(dir)).toEqual([]);
  });

  it('reports a missing parent folder', async () => {
    const issues = await rejectedIssues(writeFileAtomic(join(dir, 'no-such-dir', 'report.json'), 'x'));
    expect(issues.map((i) => [brief(i), i.params])).toEqual([['output.no-dir', { dir: join(dir, 'no-such-dir') }]]);
  });

  it('reports a target that is a folder', async () => {
    await mkdir(join(dir, 'out'));
    const issues = await rejectedIssues(writeFileAtomic(join(dir, 'out'), 'x'));
    expect(issues.map(brief)).toEqual(['output.is-directory']);
  });

  it('writes through a symlink, keeping the link', async () => {
    await writeFile(join(dir, 'real.json'), 'old');
    await symlink(join(dir, 'real.json'), join(dir, 'link.json'));
    await writeFileAtomic(join(dir, 'link.json'), 'new');
    expect(await readFile(join(dir, 'real.json'), 'utf8')).toBe('new');
    expect((await readdir(dir)).sort()).toEqual(['link.json', 'real.json']);
  });
});

/**
 * A process that is killed while it writes (Ctrl-C during an interview's save): it starts a large
 * write with the built writer, and sends itself `signal` as soon as the temp file exists.
 */
function killedWhileWriting(target: string, ownListener: boolean) {
  const script = `
    const { readdirSync } = require('node:fs');
    const { dirname } = require('node:path');
    ${ownListener ? "process.on('SIGTERM', () => process.exit(7));" : ''}
    import(${JSON.stringify(join(ROOT, 'dist/io/write-output.js'))}).then(({ writeFileAtomic }) => {
      writeFileAtomic(${JSON.stringify(target)}, 'x'.repeat(100e6));
      const poll = () =>
        readdirSync(dirname(${JSON.stringify(target)})).some((name) => name.endsWith('.tmp'))
          ? process.kill(process.pid, 'SIGTERM')
          : setImmediate(poll);
      poll();
    });`;
  return spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
}

describe('writeFileAtomic killed mid-write', () => {
  beforeEach(() => ensureBuilt(), 300_000);

  it('removes its temp file and dies of the signal, leaving no file at all', async () => {
    const run = killedWhileWriting(join(dir, 'kota-x.answers.yaml'), false);
    expect(run.stderr).toBe('');
    expect(run.signal).toBe('SIGTERM');
    expect(await readdir(dir)).toEqual([]);
  });

  it('leaves the decision to a listener of its own (a prompt), still removing the temp file', async () => {
    await writeFile(join(dir, 'kota-x.answers.yaml'), 'before');
    const run = killedWhileWriting(join(dir, 'kota-x.answers.yaml'), true);
    expect(run.status).toBe(7);
    expect(await readdir(dir)).toEqual(['kota-x.answers.yaml']);
    expect(await readFile(join(dir, 'kota-x.answers.yaml'), 'utf8')).toBe('before');
  });
});

describe('writeOutputAtomic: never over an input', () => {
  const ANSWERS = 'rubric: uji-mini@1.0.0\n';
  let input: string;
  beforeEach(async () => {
    input = join(dir, 'kota-uji.answers.yaml');
    await writeFile(input, ANSWERS);
  });

  it.each([
    ['the same path', () => input],
    ['another spelling of the path', () => `${dir}/./../${basename(dir)}/kota-uji.answers.yaml`],
    ['a symlink to the input', async () => (await symlink(input, join(dir, 'alias.yaml')), join(dir, 'alias.yaml'))],
    ['a hard link to the input', async () => (await link(input, join(dir, 'hard.yaml')), join(dir, 'hard.yaml'))],
  ])('refuses %s and leaves the input unchanged', async (_name, targetOf) => {
    const target = await targetOf();
    const issues = await rejectedIssues(writeOutputAtomic(target, '{}', ['rubric.yaml', input]));
    expect(issues.map((i) => [brief(i), i.params, i.file])).toEqual([['output.is-input', { file: input }, target]]);
    expect(await readFile(input, 'utf8')).toBe(ANSWERS);
  });

  it('writes any other target', async () => {
    await writeOutputAtomic(join(dir, 'report.json'), '{}', [input]);
    expect(await readFile(join(dir, 'report.json'), 'utf8')).toBe('{}');
    expect(await readFile(input, 'utf8')).toBe(ANSWERS);
  });
});

/**
 * Issue #13, item 1: a target that is not a regular file is never replaced by one. As root (a CI
 * container) the rename of the temp file would succeed over a device node or a FIFO.
 */
describe('writeFileAtomic: what is not a regular file is written into or refused, never replaced', () => {
  const mknod = (path: string, ...args: string[]) => {
    const made = spawnSync('mknod', [path, ...args]);
    expect(made.status, made.stderr?.toString()).toBe(0);
  };
  const mkfifo = (path: string) => expect(spawnSync('mkfifo', [path]).status).toBe(0);

  it('writes into a character device (a /dev/null of its own), which stays a device', async () => {
    const device = join(dir, 'null');
    mknod(device, 'c', '1', '3');
    await writeFileAtomic(device, 'a report');
    const after = await stat(device);
    expect(after.isCharacterDevice()).toBe(true);
    expect(after.rdev).toBe((await stat('/dev/null')).rdev);
    expect(await readdir(dir)).toEqual(['null']);
  });

  it('writes through a symlink to a device; the link stays a link to it', async () => {
    const device = join(dir, 'null');
    mknod(device, 'c', '1', '3');
    await symlink(device, join(dir, 'stdout'));
    await writeFileAtomic(join(dir, 'stdout'), 'a report');
    expect((await lstat(join(dir, 'stdout'))).isSymbolicLink()).toBe(true);
    expect((await stat(device)).isCharacterDevice()).toBe(true);
    expect((await readdir(dir)).sort()).toEqual(['null', 'stdout']);
  });

  it('writes into a FIFO that someone reads, which stays a FIFO', async () => {
    const fifo = join(dir, 'pipe');
    mkfifo(fifo);
    const reader = spawn('cat', [fifo]);
    let read = '';
    reader.stdout.on('data', (chunk: Buffer) => (read += chunk.toString('utf8')));
    const closed = new Promise((done) => reader.on('close', done));
    // The reader opens the FIFO when it starts: try until it is there.
    for (let tries = 0; ; tries += 1) {
      try {
        await writeFileAtomic(fifo, 'a report through a pipe\n');
        break;
      } catch (error) {
        if (tries > 200) throw error;
        await new Promise((done) => setTimeout(done, 10));
      }
    }
    await closed;
    expect(read).toBe('a report through a pipe\n');
    expect((await stat(fifo)).isFIFO()).toBe(true);
  });

  it('refuses a FIFO nobody reads at once (exit 2 material), instead of waiting or replacing it', async () => {
    const fifo = join(dir, 'pipe');
    mkfifo(fifo);
    const started = performance.now();
    const issues = await rejectedIssues(writeFileAtomic(fifo, 'x'));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(issues.map(brief)).toEqual(['output.fifo-no-reader']);
    expect((await stat(fifo)).isFIFO()).toBe(true);
  });

  it('refuses a block device', async () => {
    const disk = join(dir, 'disk');
    mknod(disk, 'b', '7', '200'); // a loop device number: never opened, the refusal comes first
    const issues = await rejectedIssues(writeFileAtomic(disk, 'x'));
    expect(issues.map((i) => [brief(i), i.params])).toEqual([['output.not-regular', { found: 'block device' }]]);
    expect((await stat(disk)).isBlockDevice()).toBe(true);
  });

  it('keeps a symlink to a regular file a symlink, and creates the file a dangling link names', async () => {
    await symlink(join(dir, 'real.json'), join(dir, 'link.json'));
    await writeFileAtomic(join(dir, 'link.json'), 'new');
    expect((await lstat(join(dir, 'link.json'))).isSymbolicLink()).toBe(true);
    expect(await readFile(join(dir, 'real.json'), 'utf8')).toBe('new');
  });

  it('refuses a symlink loop with a message that says so', async () => {
    await symlink(join(dir, 'b'), join(dir, 'a'));
    await symlink(join(dir, 'a'), join(dir, 'b'));
    const issues = await rejectedIssues(writeFileAtomic(join(dir, 'a'), 'x'));
    expect(issues.map(brief)).toEqual(['output.link-loop']);
    expect((await lstat(join(dir, 'a'))).isSymbolicLink()).toBe(true);
  });

  it('refuses `dir/` when the folder is missing, instead of writing a file named `dir`', async () => {
    const issues = await rejectedIssues(writeFileAtomic(join(dir, 'reports/'), 'x'));
    expect(issues.map((i) => [brief(i), i.params])).toEqual([['output.no-dir', { dir: join(dir, 'reports/') }]]);
    expect(await readdir(dir)).toEqual([]);
  });
});
