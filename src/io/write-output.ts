/**
 * The one writer of output files. It writes to a temp file beside the target and renames it
 * over the target, so a reader (or a crash) never sees half a report, and it refuses to
 * overwrite an input: `opdm score answers.yaml -o answers.yaml` must not destroy the answers.
 */
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { open, realpath, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Issue } from '../core/types.js';
import { InvalidInputError } from '../errors.js';
import type { IoMessageKey } from '../i18n/io-messages.js';
import { errnoOf, ioIssue } from './issues.js';

/** Failures the user can fix (permissions, a read-only or full disk): not bugs. */
const UNWRITABLE_ERRNOS = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EDQUOT', 'EBUSY']);

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
  for (const input of inputs) {
    if (await isSameFile(target, input)) {
      throw new InvalidInputError([ioIssue('output.is-input', target, { file: input })]);
    }
  }
  await writeFileAtomic(target, content);
}

/**
 * Write `content` to `target` atomically: a temp file in the same folder, fsync, rename. On any
 * failure the temp file is removed and an existing target is left as it was. A symlinked
 * target is written through (the link stays); an existing file keeps its permissions.
 * @throws InvalidInputError `output.no-dir` {dir}, `output.is-directory`, `output.unwritable` {reason}.
 */
export async function writeFileAtomic(target: string, content: string | Uint8Array): Promise<void> {
  const fail = (code: IoMessageKey, params: Issue['params'] = {}) =>
    new InvalidInputError([ioIssue(code, target, params)]);
  const destination = await realpath(target).catch(() => resolve(target));
  const dir = dirname(destination);
  const dirStats = await stat(dir).catch(() => undefined);
  if (!dirStats?.isDirectory()) throw fail('output.no-dir', { dir });
  const existing = await stat(destination).catch(() => undefined);
  if (existing?.isDirectory()) throw fail('output.is-directory');

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
    const errno = errnoOf(error);
    if (errno !== undefined && UNWRITABLE_ERRNOS.has(errno)) throw fail('output.unwritable', { reason: errno });
    throw error;
  } finally {
    releaseSignals();
  }
  await syncDirectory(dir);
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
