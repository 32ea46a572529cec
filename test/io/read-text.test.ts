import { mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTextFile } from '../../src/io/read-text.js';
import { brief, rejectedIssues } from './expect-issues.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/bad-yaml');
const PNG_HEADER = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52];

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'opdm-read-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A file generated for one test: binary and huge files are not checked in. */
async function generated(name: string, bytes: Uint8Array | string): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, bytes);
  return file;
}

describe('readTextFile', () => {
  it('reads UTF-8 text and drops a byte order mark', async () => {
    const text = await readTextFile(join(FIXTURES, 'bom.yaml'));
    expect(text).toBe('rubric: uji-mini\nperiod: "2026"\n');
  });

  it('reports a missing file, with the path as given and no position', async () => {
    const file = join(dir, 'no-such-answers.yaml');
    const issues = await rejectedIssues(readTextFile(file));
    expect(issues).toEqual([{ severity: 'error', code: 'file.missing', params: {}, path: [], file }]);
    expect(issues[0]?.line).toBeUndefined();
    expect(issues[0]?.col).toBeUndefined();
  });

  it('reports a missing file under a path whose parent is a file', async () => {
    const parent = await generated('plain.txt', 'x');
    const issues = await rejectedIssues(readTextFile(join(parent, 'answers.yaml')));
    expect(issues.map(brief)).toEqual(['file.missing']);
  });

  it('reports a folder where a file is expected', async () => {
    const folder = join(dir, 'answers-folder.yaml');
    await mkdir(folder);
    const issues = await rejectedIssues(readTextFile(folder));
    expect(issues.map(brief)).toEqual(['file.is-directory']);
  });

  it.skipIf(process.getuid?.() === 0)('reports a file without read permission', async () => {
    const file = await generated('locked.yaml', 'a: 1\n');
    const { chmod } = await import('node:fs/promises');
    await chmod(file, 0o000);
    const issues = await rejectedIssues(readTextFile(file));
    expect(issues.map((i) => [i.code, i.params])).toEqual([['file.unreadable', { reason: 'EACCES' }]]);
  });

  it('reports other read failures with the system reason', async () => {
    const issues = await rejectedIssues(readTextFile(join(dir, `${'x'.repeat(5000)}.yaml`)));
    expect(issues.map((i) => [brief(i), i.params])).toEqual([['file.unreadable', { reason: 'ENAMETOOLONG' }]]);
  });

  it('refuses a 50 MB file by its size, without reading it', async () => {
    const file = join(dir, 'huge.yaml');
    await writeFile(file, '');
    await truncate(file, 50 * 1024 * 1024); // sparse: instant to create, all NUL bytes if read
    const started = performance.now();
    const issues = await rejectedIssues(readTextFile(file));
    expect(performance.now() - started).toBeLessThan(500);
    // file.too-large, not file.binary: the NUL content was never looked at.
    expect(issues.map((i) => [brief(i), i.params])).toEqual([['file.too-large', { size: 50, limit: 10 }]]);
  });

  it('takes the size limit as a parameter', async () => {
    const file = await generated('two-kib.yaml', '#'.repeat(2048));
    const issues = await rejectedIssues(readTextFile(file, { maxBytes: 1024 }));
    expect(issues.map((i) => [i.code, i.params])).toEqual([['file.too-large', { size: 0.00195, limit: 0.000977 }]]);
    await expect(readTextFile(file, { maxBytes: 4096 })).resolves.toHaveLength(2048);
  });

  it('refuses a binary file (PNG header bytes)', async () => {
    const file = await generated('photo.png.yaml', new Uint8Array([...PNG_HEADER, 1, 2, 3]));
    const issues = await rejectedIssues(readTextFile(file));
    expect(issues.map(brief)).toEqual(['file.binary']);
  });

  it('refuses invalid UTF-8 (a Windows-1252 "é")', async () => {
    const file = await generated('latin1.yaml', new Uint8Array([...Buffer.from('name: Caf'), 0xe9, 0x0a]));
    const issues = await rejectedIssues(readTextFile(file));
    expect(issues.map(brief)).toEqual(['file.binary']);
  });

  it('refuses UTF-16 text (its NUL bytes show it is not UTF-8)', async () => {
    const file = await generated('utf16.yaml', Buffer.from('\uFEFFrubric: uji\n', 'utf16le'));
    const issues = await rejectedIssues(readTextFile(file));
    expect(issues.map(brief)).toEqual(['file.binary']);
  });

  it('refuses a zero-byte file', async () => {
    const issues = await rejectedIssues(readTextFile(join(FIXTURES, 'empty.yaml')));
    expect(issues.map(brief)).toEqual(['file.empty']);
  });

  it('leaves whitespace-only files to the YAML layer', async () => {
    await expect(readTextFile(join(FIXTURES, 'whitespace-only.yaml'))).resolves.toBe('   \n\n  \n');
  });
});
