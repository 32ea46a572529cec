/**
 * The one writer of output files. It writes to a temp file beside the target and renames it
 * over the target, so a reader (or a crash) never sees half a report, and it refuses to
 * overwrite an input: `opdm score answers.yaml -o answers.yaml` must not destroy the answers.
 * It never turns what is not a file (`-o /dev/null`, `-o /dev/stdout`, a FIFO) into one.
 */
import { randomBytes } from 'node:crypto';
import { constants, rmSync, type Stats } from 'node:fs';
import { lstat, open, readlink, realpath, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Issue } from '../core/types.js';
import { InvalidInputError } from '../errors.js';
import type { IoMessageKey } from '../i18n/io-messages.js';
import { errnoOf, ioIssue } from './issues.js';
import { kindOfSpecial } from './open-input.js';
import { heldLockOf } from './lock.js';
import { realPathOf } from './paths.js';

/** Failures the user can fix (permissions, a read-only or full disk): not bugs. */
const UNWRITABLE_ERRNOS = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EDQUOT', 'EBUSY', 'EPIPE', 'ENXIO']);

/**
 * Write `content` to `target` atomically, unless `target` is one of `inputs` (by path, by
 * symlink, or by hard link).
 * @throws InvalidInputError `output.is-input` {file}, or any error of {@link writeFileAtomic}.
 */
export async function writeOutputAtomic(
  target: string,
  content: string | Uint8Array,
  inputs: readonly string[],
): Promise<void> {
  // Only a file can be clobbered: /dev/stdout or a FIFO named twice destroys nothing.
  const existing = await stat(target).catch(() => undefined);
  if (existing === undefined || existing.isFile()) {
    for (const input of inputs) {
      if (await isSameFile(target, input)) {
        throw new InvalidInputError([ioIssue('output.is-input', target, { file: input })]);
      }
    }
    // An interview holds this file: writing it now would pull it from under the session.
    const held = heldLockOf(realPathOf(target));
    if (held !== undefined) {
      const { lock, holder } = held;
      throw new InvalidInputError([
        holder === undefined
          ? ioIssue('output.locked-unknown', target, { lock })
          : ioIssue('output.locked', target, { ...holder, lock }),
      ]);
    }
  }
  await writeFileAtomic(target, content);
}

/**
 * Write `content` to `target`. A regular file (new or existing) is written atomically: a temp
 * file in the same folder, fsync, rename; on any failure the temp file is removed and an
 * existing target is left as it was. A symlinked target is written through (the link stays);
 * an existing file keeps its permissions. What is not a regular file is never replaced: a
 * character device (/dev/null, /dev/stdout, a terminal) or a FIFO with a reader is written
 * into; a FIFO without one, a block device or a socket is refused.
 * @throws InvalidInputError `output.no-dir` {dir}, `output.is-directory`, `output.link-loop`,
 *   `output.not-regular` {found}, `output.fifo-no-reader`, `output.unwritable` {reason}.
 */
export async function writeFileAtomic(target: string, content: string | Uint8Array): Promise<void> {
  const fail = (code: IoMessageKey, params: Issue['params'] = {}) =>
    new InvalidInputError([ioIssue(code, target, params)]);
  // `-o out/` names a folder: never a file called `out`.
  if (/[\\/]$/.test(target)) {
    const folder = await stat(target).catch(() => undefined);
    throw folder?.isDirectory() ? fail('output.is-directory') : fail('output.no-dir', { dir: target });
  }
  let existing: Stats | undefined;
  try {
    existing = await stat(target); // follows symlinks: what a write would reach
  } catch (error) {
    const errno = errnoOf(error);
    if (errno === 'ELOOP') throw fail('output.link-loop');
    if (errno === 'ENOTDIR') throw fail('output.no-dir', { dir: dirname(resolve(target)) });
    if (errno !== 'ENOENT') throw failure(error, fail);
  }
  if (existing?.isDirectory()) throw fail('output.is-directory');
  if (existing !== undefined && !existing.isFile()) return writeInto(target, existing, content, fail);

  // A new file, an existing one, or a symlink to either: the file at the end of the links.
  const destination = await finalPath(target).catch((error: unknown) => {
    throw errnoOf(error) === 'ELOOP' ? fail('output.link-loop') : failure(error, fail);
  });
  const dir = dirname(destination);
  const dirStats = await stat(dir).catch(() => undefined);
  if (!dirStats?.isDirectory()) throw fail('output.no-dir', { dir });

  // Same folder, so the rename stays on one file system and is atomic; dot-named to stay hidden.
  const temp = join(dir, `.${basename(destination)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let handle: FileHandle | undefined;
  const releaseSignals = removeOnSignal(temp);
  try {
    handle = await open(temp, 'wx', 0o666);
    if (existing !== undefined) await handle.chmod(existing.mode & 0o7777);
    await handle.writeFile(content);
    await handle.sync(); // the data is on disk before the name points at it
    await handle.close();
    handle = undefined;
    await rename(temp, destination);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(temp, { force: true }).catch(() => undefined);
    throw failure(error, fail);
  } finally {
    releaseSignals();
  }
  await syncDirectory(dir);
}

type Fail = (code: IoMessageKey, params?: Issue['params']) => InvalidInputError;

/** A failure the user can fix as an issue; anything else (a bug, EIO) as it is. */
function failure(error: unknown, fail: Fail): Error {
  if (error instanceof InvalidInputError) return error;
  const errno = errnoOf(error);
  if (errno !== undefined && UNWRITABLE_ERRNOS.has(errno)) return fail('output.unwritable', { reason: errno });
  return error instanceof Error ? error : new Error(String(error));
}

/** The path a write through `path` lands on: its symlinks followed, even when the last one dangles. */
async function finalPath(path: string): Promise<string> {
  let current = resolve(path);
  for (let hops = 0; hops < MAX_LINKS; hops += 1) {
    const stats = await lstat(current).catch(() => undefined);
    if (!stats?.isSymbolicLink()) return current;
    current = resolve(dirname(current), await readlink(current));
  }
  throw Object.assign(new Error('too many symbolic links'), { code: 'ELOOP' });
}
/** As Linux's own limit on following symlinks. */
const MAX_LINKS = 40;

/**
 * Writes into a target that is not a regular file, as a shell's `>` would, instead of replacing
 * it: a character device, or a FIFO that someone reads (probed without blocking, so a FIFO
 * nobody reads is refused instead of waiting forever).
 */
async function writeInto(target: string, stats: Stats, content: string | Uint8Array, fail: Fail): Promise<void> {
  let probe: FileHandle | undefined;
  if (stats.isFIFO()) {
    probe = await open(target, constants.O_WRONLY | constants.O_NONBLOCK).catch((error: unknown) => {
      throw errnoOf(error) === 'ENXIO' ? fail('output.fifo-no-reader') : failure(error, fail);
    });
  } else if (!stats.isCharacterDevice()) {
    throw fail('output.not-regular', { found: kindOfSpecial(stats) });
  }
  let handle: FileHandle | undefined;
  try {
    // No O_CREAT, no O_TRUNC: the device or FIFO is used as it is, never made into a file. With
    // the probe still open the reader is known to be there, so this open returns at once, and
    // the reader sees no end of input between the two.
    handle = await open(target, constants.O_WRONLY | (constants.O_NOCTTY ?? 0));
    await probe?.close();
    probe = undefined;
    await handle.writeFile(content);
  } catch (error) {
    throw failure(error, fail);
  } finally {
    await probe?.close().catch(() => undefined);
    await handle?.close().catch(() => undefined);
  }
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * While `temp` may exist, a signal (Ctrl-C during a save, a kill) removes it, then the process
 * ends as the signal would have ended it; if someone else listens (a prompt), they decide.
 * Returns the function that stops listening.
 */
function removeOnSignal(temp: string): () => void {
  const release = () => {
    for (const signal of SIGNALS) process.removeListener(signal, onSignal);
  };
  function onSignal(signal: NodeJS.Signals) {
    rmSync(temp, { force: true });
    release();
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  }
  // First in line: another listener may end the process at once.
  for (const signal of SIGNALS) process.prependListener(signal, onSignal);
  return release;
}

/** Whether two paths name one file: same resolved path, same real path, or same inode. */
async function isSameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  const [realA, realB] = await Promise.all([realpath(a).catch(() => a), realpath(b).catch(() => b)]);
  if (resolve(realA) === resolve(realB)) return true;
  const [statsA, statsB] = await Promise.all([stat(a).catch(() => undefined), stat(b).catch(() => undefined)]);
  return statsA !== undefined && statsB !== undefined && statsA.dev === statsB.dev && statsA.ino === statsB.ino;
}

/** Make the rename itself durable. Not every platform can open a folder: best effort. */
async function syncDirectory(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // Windows refuses; the file's own data is already synced.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
