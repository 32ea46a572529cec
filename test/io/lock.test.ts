/**
 * The lock of `opdm assess` (issue #13, item 2): one session per answers file, a stale lock of
 * a process that is gone taken over, a lock from another host or unreadable respected.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { acquireLock, lockFileOf, LockedError } from '../../src/io/lock.js';

const dir = mkdtempSync(join(tmpdir(), 'opdm-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A pid that ran on this host and is gone now. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('acquireLock', () => {
  it('takes the lock beside the file, refuses a second taker with who holds it, and releases', () => {
    const file = join(dir, 'kota.yaml');
    const release = acquireLock(file);
    expect(lockFileOf(file)).toBe(join(dir, '.kota.yaml.opdm-lock'));
    const holder = JSON.parse(readFileSync(lockFileOf(file), 'utf8'));
    expect(holder).toMatchObject({ pid: process.pid, host: hostname() });
    let refused: unknown;
    try {
      acquireLock(file);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(LockedError);
    expect((refused as LockedError).holder).toMatchObject({ pid: process.pid, host: hostname() });
    release();
    expect(existsSync(lockFileOf(file))).toBe(false);
    acquireLock(file)();
  });

  it('takes over the lock of a process of this host that is gone (kill -9)', () => {
    const file = join(dir, 'stale.yaml');
    const pid = deadPid();
    writeFileSync(lockFileOf(file), JSON.stringify({ pid, host: hostname(), user: 'x', since: '2026-01-01' }));
    const release = acquireLock(file);
    expect(JSON.parse(readFileSync(lockFileOf(file), 'utf8')).pid).toBe(process.pid);
    release();
  });

  it('respects a lock of another host (it cannot be checked) and an unreadable one', () => {
    const file = join(dir, 'shared.yaml');
    writeFileSync(lockFileOf(file), JSON.stringify({ pid: deadPid(), host: 'other-host', user: 'sari', since: 'x' }));
    expect(() => acquireLock(file)).toThrow(LockedError);
    writeFileSync(lockFileOf(file), '');
    expect(() => acquireLock(file)).toThrow(LockedError);
    expect(readFileSync(lockFileOf(file), 'utf8')).toBe('');
  });
});
