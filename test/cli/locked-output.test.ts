/**
 * A file an interview holds is not written by another command: `merge`, `migrate`, `import` or
 * any `-o` into an answers file that `opdm assess` has open stops (exit 2) with who holds it, and
 * the file stays as the session left it. A lock whose process is gone (on this host) is no lock.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const V1 = 'test/fixtures/examples-1.0.0/kota-palangka-raya.answers.yaml';
const PALANGKA = 'examples/kota-palangka-raya.answers.yaml';
const SINCE = '2026-12-04T08:00:00.000Z';
/** Two files for merge: the example and a copy of it (identical answers merge). */
const PAIR = (() => {
  const copy = join(mkdtempSync(join(tmpdir(), 'opdm-locked-pair-')), 'copy.answers.yaml');
  copyFileSync(PALANGKA, copy);
  return [PALANGKA, copy];
})();

/** A folder with `kota.yaml` (as a session left it) and its lock, held by `pid`. */
function heldFile(lock: string | { pid: number }) {
  const dir = mkdtempSync(join(tmpdir(), 'opdm-locked-'));
  const file = join(dir, 'kota.yaml');
  writeFileSync(file, '# mid-interview\n');
  const text =
    typeof lock === 'string' ? lock : JSON.stringify({ pid: lock.pid, host: hostname(), user: 'ani', since: SINCE });
  writeFileSync(join(dir, '.kota.yaml.opdm-lock'), text);
  return { dir, file, lock: join(dir, '.kota.yaml.opdm-lock') };
}

describe('writing a file that opdm assess holds', () => {
  it.each([
    ['merge', (out: string) => ['merge', ...PAIR, '-o', out]],
    ['migrate', (out: string) => ['migrate', V1, '-o', out]],
    ['score -o', (out: string) => ['score', PALANGKA, '--format', 'json', '-o', out]],
  ])('%s: exit 2, who holds it, the file untouched', async (_, argv) => {
    // This test's own process: running, on this host.
    const held = heldFile({ pid: process.pid });
    const run = await runCli([...argv(held.file), '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `${held.file}: this file is open in opdm assess: pid ${process.pid} on ${hostname()}, user ani, ` +
        `since ${SINCE}. Finish that session first, then run this again; ` +
        `if it is no longer running, delete ${held.lock}\n`,
    );
    expect(readFileSync(held.file, 'utf8')).toBe('# mid-interview\n');
  });

  it('a lock that cannot be read: exit 2, says which file to delete', async () => {
    const held = heldFile('not json');
    const run = await runCli(['merge', ...PAIR, '-o', held.file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `${held.file}: berkas ini dikunci oleh sesi opdm assess, tetapi ${held.lock} tidak terbaca: ` +
        `bila tidak ada sesi yang berjalan, hapus ${held.lock}\n`,
    );
    expect(readFileSync(held.file, 'utf8')).toBe('# mid-interview\n');
  });

  it('a lock left by a process that is gone (this host) does not stop the write', async () => {
    // Above the largest pid Linux hands out (4,194,304): no process has it.
    const held = heldFile({ pid: 4_194_999 });
    const run = await runCli(['merge', ...PAIR, '-o', held.file]);
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(held.file, 'utf8')).toContain('kota-palangka-raya');
  });
});
