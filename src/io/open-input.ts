/**
 * Opening a user's input file without ever waiting: a FIFO named as input blocks `open()` until
 * someone writes to it, and a device never ends. opdm reads regular files, and stdin when the
 * path names it (`/dev/stdin` in a pipeline); anything else is refused at once.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import type { Issue } from '../core/types.js';
import { InvalidInputError } from '../errors.js';
import type { IoMessageKey } from '../i18n/io-messages.js';
import { errnoOf } from './issues.js';

export type Fail = (code: IoMessageKey, params?: Issue['params']) => InvalidInputError;

/**
 * An input opened for reading; `isStream` when it is stdin (a pipe, a socket or a terminal): no
 * size known, and `fd` is the process's own 0, which {@link closeInput} leaves open.
 */
export interface OpenedInput {
  fd: number;
  stats: Stats;
  isStream: boolean;
}

const STDIN = 0;

/** Closes what {@link openInput} opened (never stdin). */
export function closeInput(input: OpenedInput): void {
  if (input.fd !== STDIN) closeSync(input.fd);
}

/** O_NONBLOCK: opening a FIFO returns at once instead of waiting for a writer (0 where it does not exist). */
const NONBLOCKING_READ = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** What a path that is not a regular file is, in the words of the messages (localized by the CLI). */
export function kindOfSpecial(stats: Stats): string {
  if (stats.isFIFO()) return 'FIFO';
  if (stats.isCharacterDevice()) return 'character device';
  if (stats.isBlockDevice()) return 'block device';
  if (stats.isSocket()) return 'socket';
  return 'special file';
}

/** Whether `stats` is the file this process has as stdin (`/dev/stdin`, `/dev/fd/0`, `/proc/self/fd/0`). */
function isStdin(stats: Stats): boolean {
  try {
    const stdin = fstatSync(STDIN);
    return stdin.dev === stats.dev && stdin.ino === stats.ino;
  } catch {
    return false; // no stdin at all
  }
}

/**
 * Opens `file` for reading, refusing at once what is not a regular file (unless it is stdin).
 * @throws InvalidInputError `file.missing`, `file.is-directory`, `file.link-loop`,
 *   `file.not-regular` {found}, `file.unreadable` {reason}.
 */
export function openInput(file: string, fail: Fail): OpenedInput {
  let fd: number;
  try {
    fd = openSync(file, NONBLOCKING_READ);
  } catch (error) {
    // A socket cannot be opened by path, and stdin is often one (a pipe from Node, systemd).
    const stdin = errnoOf(error) === 'ENXIO' ? stdinAt(file) : undefined;
    if (stdin) return stdin;
    throw failureFromErrno(error, fail);
  }
  try {
    // fstat on the open descriptor, not stat on the path: the file cannot be swapped in between.
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw fail('file.is-directory');
    if (stats.isFile()) return { fd, stats, isStream: false };
    closeSync(fd);
    fd = -1;
    // Stdin itself, not a second opening of it: its own blocking mode, and nothing to close.
    if (isStdin(stats)) return { fd: STDIN, stats, isStream: true };
    throw fail('file.not-regular', { found: kindOfSpecial(stats) });
  } catch (error) {
    if (fd >= 0) closeSync(fd);
    throw error instanceof InvalidInputError ? error : failureFromErrno(error, fail);
  }
}

/** Stdin as an input when `file` names it; undefined otherwise. */
function stdinAt(file: string): OpenedInput | undefined {
  try {
    const stats = statSync(file);
    return isStdin(stats) ? { fd: STDIN, stats, isStream: true } : undefined;
  } catch {
    return undefined;
  }
}

/** A short wait that blocks this thread: for a pipe that has nothing to give yet. */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * readSync that waits on a non-blocking stream (stdin opened with O_NONBLOCK) until data or the
 * end comes, instead of failing with EAGAIN.
 */
export function readWaiting(fd: number, buffer: Buffer, isStream: boolean): number {
  for (;;) {
    try {
      return readSync(fd, buffer, 0, buffer.length, null);
    } catch (error) {
      if (!isStream || errnoOf(error) !== 'EAGAIN') throw error;
      pause(10);
    }
  }
}

export function failureFromErrno(error: unknown, fail: Fail): Error {
  const errno = errnoOf(error);
  if (errno === 'ENOENT' || errno === 'ENOTDIR') return fail('file.missing');
  if (errno === 'EISDIR') return fail('file.is-directory');
  if (errno === 'ELOOP') return fail('file.link-loop');
  // A socket cannot be opened as a file at all.
  if (errno === 'ENXIO') return fail('file.not-regular', { found: 'socket' });
  if (errno !== undefined) return fail('file.unreadable', { reason: errno });
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * Refuses at once a path that is not a regular file, stdin included: for a file opdm reads and
 * then writes back (`assess`). A path that does not exist passes (it is created).
 * @throws InvalidInputError as {@link openInput}, and `file.not-regular` {found} for stdin.
 */
export function checkRegularFile(file: string, fail: Fail): void {
  let opened: OpenedInput;
  try {
    opened = openInput(file, fail);
  } catch (error) {
    if (error instanceof InvalidInputError && error.issues[0]?.code === 'file.missing') return;
    throw error;
  }
  closeInput(opened);
  if (opened.isStream) throw fail('file.not-regular', { found: kindOfSpecial(opened.stats) });
}
