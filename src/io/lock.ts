/**
 * One `opdm assess` per answers file: a lock file beside it (`.kota.yaml.opdm-lock`), created
 * exclusively (`wx`) and holding who took it: pid, host, user, since when. A second session on
 * the same file is told who holds it instead of starting. A lock whose process is gone (killed
 * with -9, a power cut) is taken over when it was taken on this host; from another host (a
 * shared folder) it cannot be checked, and the message says how to remove it.
 */
import { closeSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { hostname, userInfo } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { errnoOf } from './issues.js';

/** Who holds a lock, as its file says. */
export interface LockHolder {
  pid: number;
  host: string;
  user: string;
  /** ISO time the lock was taken. */
  since: string;
}

/** The lock is held by a session that is still running (or may be: another host). */
export class LockedError extends Error {
  constructor(
    readonly lockFile: string,
    readonly holder: LockHolder | undefined,
  ) {
    super(`locked: ${lockFile}`);
    this.name = 'LockedError';
  }
}

/** The lock file of `file`: hidden, beside it, not a *.yaml (a folder's batch never reads it). */
export function lockFileOf(file: string): string {
  return join(dirname(file), `.${basename(file)}.opdm-lock`);
}

function parseHolder(text: string): LockHolder | undefined {
  try {
    const value = JSON.parse(text) as Partial<LockHolder>;
    if (typeof value.pid !== 'number' || typeof value.host !== 'string') return undefined;
    return { pid: value.pid, host: value.host, user: String(value.user ?? '?'), since: String(value.since ?? '?') };
  } catch {
    return undefined;
  }
}

function readHolder(lock: string): LockHolder | undefined {
  try {
    return parseHolder(readFileSync(lock, 'utf8'));
  } catch {
    return undefined;
  }
}

/** A lock of a process gone from this host; one from another host (a shared folder) cannot be checked. */
const isStale = (holder: LockHolder): boolean => holder.host === hostname() && !isRunning(holder.pid);

/** Whether `pid` runs on this machine (EPERM: it runs, as another user). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errnoOf(error) === 'EPERM';
  }
}

function userName(): string {
  try {
    return userInfo().username;
  } catch {
    return '?';
  }
}

/**
 * The lock of `file`, for a command that writes it without an interview (`import`, `merge`,
 * `migrate`, any `-o`): undefined when there is none or a stale one of this host; else the lock
 * file and, when it can be read, who holds it.
 */
export function heldLockOf(file: string): { lock: string; holder: LockHolder | undefined } | undefined {
  const lock = lockFileOf(file);
  let text: string;
  try {
    text = readFileSync(lock, 'utf8');
  } catch {
    return undefined;
  }
  const holder = parseHolder(text);
  return holder !== undefined && isStale(holder) ? undefined : { lock, holder };
}

const SIGNALS = ['SIGTERM', 'SIGHUP'] as const;

/**
 * Takes the lock of `file` for this process; returns the function that releases it (also run
 * when the process exits or is ended by SIGTERM or SIGHUP).
 * @throws LockedError when another running session holds it.
 */
export function acquireLock(file: string): () => void {
  const lock = lockFileOf(file);
  const me: LockHolder = { pid: process.pid, host: hostname(), user: userName(), since: new Date().toISOString() };
  for (let attempt = 0; ; attempt += 1) {
    try {
      const fd = openSync(lock, 'wx', 0o644);
      try {
        writeSync(fd, `${JSON.stringify(me)}\n`);
      } finally {
        closeSync(fd);
      }
      return releaser(lock);
    } catch (error) {
      if (errnoOf(error) !== 'EEXIST' || attempt > 3) throw error;
    }
    const holder = readHolder(lock);
    if (holder === undefined || !isStale(holder)) throw new LockedError(lock, holder);
    // Moved aside, then removed: of two sessions taking over the same stale lock, one renames it.
    const aside = `${lock}.${process.pid}.stale`;
    try {
      renameSync(lock, aside);
      unlinkSync(aside);
    } catch (error) {
      if (errnoOf(error) !== 'ENOENT') throw error;
    }
  }
}

function releaser(lock: string): () => void {
  let isReleased = false;
  const release = () => {
    if (isReleased) return;
    isReleased = true;
    process.removeListener('exit', release);
    for (const signal of SIGNALS) process.removeListener(signal, onSignal);
    // Only our own lock: never one another session took after ours was broken.
    if (readHolder(lock)?.pid === process.pid) {
      try {
        unlinkSync(lock);
      } catch {
        // already gone
      }
    }
  };
  function onSignal(signal: NodeJS.Signals) {
    release();
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  }
  process.on('exit', release);
  for (const signal of SIGNALS) process.prependListener(signal, onSignal);
  return release;
}
