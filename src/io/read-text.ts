/**
 * Reading one user input file as text. Everything a user can get wrong about the file itself
 * (missing, a folder, unreadable, huge, binary, empty) becomes an InvalidInputError with one
 * issue, so the CLI prints a clear message instead of a stack trace.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { Issue } from '../core/types.js';
import { InvalidInputError } from '../errors.js';
import type { IoMessageKey } from '../i18n/io-messages.js';
import { errnoOf, ioIssue } from './issues.js';

const MIB = 1024 * 1024;
/** Rubrics and answer files are a few hundred KB; anything past this is the wrong file. */
export const DEFAULT_MAX_BYTES = 10 * MIB;
/** Where to look for a NUL byte: text never has one, binary formats do early on. */
const BINARY_SNIFF_BYTES = 8 * 1024;
const CHUNK_BYTES = MIB;

type Fail = (code: IoMessageKey, params?: Issue['params']) => InvalidInputError;

export interface ReadTextOptions {
  /** Refuse files larger than this many bytes (default 10 MiB). */
  maxBytes?: number;
  /** How messages name the file (default: the path read). */
  label?: string;
}

/** A user file's text (without a BOM) and its bytes as stored (for hashing). */
export interface UserFile {
  text: string;
  bytes: Buffer;
}

/**
 * Read a user input file as UTF-8 text, without a byte order mark. Synchronous underneath: a
 * CLI reading one small file after another gains nothing from the event loop but latency.
 * @throws InvalidInputError with one issue: `file.missing`, `file.is-directory`,
 *   `file.unreadable` {reason}, `file.too-large` {size, limit} (MB), `file.binary`, `file.empty`.
 */
export function readUserFile(file: string, options: ReadTextOptions = {}): UserFile {
  const fail: Fail = (code, params = {}) => new InvalidInputError([ioIssue(code, file, params)]);
  const bytes = readUserBytes(file, options);
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) throw fail('file.binary');
  try {
    // fatal: refuse invalid UTF-8 rather than silently turning it into U+FFFD.
    // ignoreBOM false (the default) makes the decoder drop a leading UTF-8 BOM.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), bytes };
  } catch {
    throw fail('file.binary');
  }
}

/**
 * Read a user input file's bytes (a workbook): every check of {@link readUserFile} but the text ones.
 * @throws InvalidInputError with one issue: `file.missing`, `file.is-directory`,
 *   `file.unreadable` {reason}, `file.too-large` {size, limit} (MB), `file.empty`.
 */
export function readUserBytes(file: string, options: ReadTextOptions = {}): Buffer {
  const limit = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const fail: Fail = (code, params = {}) => new InvalidInputError([ioIssue(code, options.label ?? file, params)]);
  const tooLarge = (size: number) => fail('file.too-large', { size: toMb(size), limit: toMb(limit) });

  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    throw failureFromErrno(error, fail);
  }
  let bytes: Buffer;
  try {
    // fstat on the open descriptor, not stat on the path: the file cannot be swapped in between.
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw fail('file.is-directory');
    // Checked before reading anything, so a huge file costs nothing.
    if (stats.size > limit) throw tooLarge(stats.size);
    // Still bounded: pipes report size 0 and a file may grow after the check.
    bytes = readAtMost(fd, limit + 1, stats.size);
    if (bytes.length > limit) throw tooLarge(Math.max(stats.size, bytes.length));
  } catch (error) {
    throw error instanceof InvalidInputError ? error : failureFromErrno(error, fail);
  } finally {
    closeSync(fd);
  }
  if (bytes.length === 0) throw fail('file.empty');
  return bytes;
}

/** readUserFile's text, for callers that need no bytes. */
export async function readTextFile(file: string, options: ReadTextOptions = {}): Promise<string> {
  return readUserFile(file, options).text;
}

function readAtMost(fd: number, max: number, expected: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  while (total < max) {
    // The expected size first (one read for a regular file), then chunks for what may follow.
    const chunk = Buffer.allocUnsafe(
      Math.min(Math.max(expected + 1 - total, CHUNK_BYTES / 16), CHUNK_BYTES, max - total),
    );
    const bytesRead = readSync(fd, chunk, 0, chunk.length, null);
    if (bytesRead === 0) break;
    chunks.push(chunk.subarray(0, bytesRead));
    total += bytesRead;
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
}

function failureFromErrno(error: unknown, fail: Fail): Error {
  const errno = errnoOf(error);
  if (errno === 'ENOENT' || errno === 'ENOTDIR') return fail('file.missing');
  if (errno === 'EISDIR') return fail('file.is-directory');
  if (errno !== undefined) return fail('file.unreadable', { reason: errno });
  return error instanceof Error ? error : new Error(String(error));
}

/** Sizes for people, in MB to three significant digits (52428800 -> 50, 2048 -> 0.00195). */
function toMb(bytes: number): number {
  return Number((bytes / MIB).toPrecision(3));
}
