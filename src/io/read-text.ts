/**
 * Reading one user input file as text. Everything a user can get wrong about the file itself
 * (missing, a folder, unreadable, huge, binary, empty) becomes an InvalidInputError with one
 * issue, so the CLI prints a clear message instead of a stack trace.
 */
import { InvalidInputError } from '../errors.js';
import { ioIssue } from './issues.js';
import { closeInput, failureFromErrno, openInput, readWaiting, type Fail } from './open-input.js';

const MIB = 1024 * 1024;
/** Rubrics and answer files are a few hundred KB; anything past this is the wrong file. */
export const DEFAULT_MAX_BYTES = 10 * MIB;
/** Where to look for a NUL byte: text never has one, binary formats do early on. */
const BINARY_SNIFF_BYTES = 8 * 1024;
const CHUNK_BYTES = MIB;

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
 * A FIFO, a device or a socket is refused at once (it could block forever), stdin excepted.
 * @throws InvalidInputError with one issue: `file.missing`, `file.is-directory`, `file.link-loop`,
 *   `file.not-regular` {found}, `file.unreadable` {reason}, `file.too-large` {size, limit} (MB),
 *   `file.too-large-stream` {limit} (MB), `file.binary`, `file.empty`.
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
 * @throws InvalidInputError with one issue: `file.missing`, `file.is-directory`, `file.link-loop`,
 *   `file.not-regular` {found}, `file.unreadable` {reason}, `file.too-large` {size, limit} (MB),
 *   `file.too-large-stream` {limit} (MB), `file.empty`.
 */
export function readUserBytes(file: string, options: ReadTextOptions = {}): Buffer {
  const limit = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const fail: Fail = (code, params = {}) => new InvalidInputError([ioIssue(code, options.label ?? file, params)]);
  const tooLarge = (size: number) => fail('file.too-large', { size: toMb(size), limit: toMb(limit) });

  const input = openInput(file, fail);
  const { fd, stats, isStream } = input;
  let bytes: Buffer;
  try {
    // Checked before reading anything, so a huge file costs nothing.
    if (stats.size > limit && !isStream) throw tooLarge(stats.size);
    // Still bounded: pipes report size 0 and a file may grow after the check.
    bytes = readAtMost(fd, limit + 1, isStream ? 0 : stats.size, isStream);
    // A pipe has no size to tell: only that more came than the limit.
    if (bytes.length > limit) {
      throw isStream
        ? fail('file.too-large-stream', { limit: toMb(limit) })
        : tooLarge(Math.max(stats.size, bytes.length));
    }
  } catch (error) {
    throw error instanceof InvalidInputError ? error : failureFromErrno(error, fail);
  } finally {
    closeInput(input);
  }
  if (bytes.length === 0) throw fail('file.empty');
  return bytes;
}

/** readUserFile's text, for callers that need no bytes. */
export async function readTextFile(file: string, options: ReadTextOptions = {}): Promise<string> {
  return readUserFile(file, options).text;
}

function readAtMost(fd: number, max: number, expected: number, isStream: boolean): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  while (total < max) {
    // The expected size first (one read for a regular file), then chunks for what may follow.
    const chunk = Buffer.allocUnsafe(
      Math.min(Math.max(expected + 1 - total, CHUNK_BYTES / 16), CHUNK_BYTES, max - total),
    );
    const bytesRead = readWaiting(fd, chunk, isStream);
    if (bytesRead === 0) break;
    chunks.push(chunk.subarray(0, bytesRead));
    total += bytesRead;
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
}

/** Sizes for people, in MB to three significant digits (52428800 -> 50, 2048 -> 0.00195). */
function toMb(bytes: number): number {
  return Number((bytes / MIB).toPrecision(3));
}
