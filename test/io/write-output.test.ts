import { spawnSync } from 'node:child_process';
import { link, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
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
      const poll = () => readdirSync(dirname(${JSON.stringify(target)})).some((name) => name.endsWith('.tmp')) ? process.kill(process.pid, 'SIGTERM') : setImmediate(poll);
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
