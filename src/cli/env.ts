import { isLang, langFromLocale, type Lang } from '../i18n/index.js';
import { safeText } from '../render/safe-text.js';

/**
 * What a command may touch of the outside world. `main()` builds it from `process`; tests pass
 * their own, so the whole CLI runs in-process.
 */
export interface CliEnv {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  isStdoutTTY: boolean;
  isStdinTTY: boolean;
  columns?: number;
  /** Waits for stdout to take everything; the error if it could not (a full disk). */
  flushStdout?: () => Promise<NodeJS.ErrnoException | undefined>;
}

let stdoutError: NodeJS.ErrnoException | undefined;

/**
 * `opdm score ... | head`: the reader went away, and the rest of the output has nowhere to go
 * (EPIPE: not an error). Anything else (a full disk, a device gone) is kept for flushStdout.
 */
function onStdoutError(error: NodeJS.ErrnoException): void {
  if (error.code !== 'EPIPE') stdoutError ??= error;
}

/** Once stdout took everything written to it: the error it failed with, if it did. */
function flushStdout(): Promise<NodeJS.ErrnoException | undefined> {
  return new Promise((resolve) => {
    // The stream reports a failure as an event, after the write's callback: wait for it too.
    process.stdout.write('', () => setImmediate(() => resolve(stdoutError)));
  });
}

export function processEnv(): CliEnv {
  process.stdout.on('error', onStdoutError);
  // The last guard where text leaves the process (writeResult already made reports safe): no
  // control character a message or a line quotes reaches the terminal as it is.
  let keepsOwnColor: boolean | undefined;
  const env: CliEnv = {
    stdout: (text) => process.stdout.write(safeText(text, (keepsOwnColor ??= isColorWanted(undefined, env)))),
    stderr: (text) => process.stderr.write(safeText(text)),
    env: process.env,
    cwd: process.cwd(),
    isStdoutTTY: process.stdout.isTTY === true,
    isStdinTTY: process.stdin.isTTY === true,
    ...(process.stdout.columns ? { columns: process.stdout.columns } : {}),
    flushStdout,
  };
  return env;
}

/** --lang wins, then LC_ALL / LC_MESSAGES / LANG; Bahasa Indonesia is the default. */
export function resolveLang(flag: string | undefined, env: CliEnv['env']): Lang {
  if (flag !== undefined && isLang(flag)) return flag;
  return langFromLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

/** The language named on the command line, read before commander parses (help texts need it). */
export function langFromArgv(argv: readonly string[]): string | undefined {
  for (const [i, arg] of argv.entries()) {
    if (arg === '--lang') return argv[i + 1];
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length);
  }
  return undefined;
}

/** Colour only on a TTY, never with NO_COLOR (any value) or --no-color; FORCE_COLOR forces it. */
export function isColorWanted(flag: boolean | undefined, env: CliEnv): boolean {
  if (flag === false) return false;
  if (env.env.NO_COLOR !== undefined && env.env.NO_COLOR !== '') return false;
  if (env.env.FORCE_COLOR !== undefined && env.env.FORCE_COLOR !== '0') return true;
  return env.isStdoutTTY && env.env.TERM !== 'dumb';
}

/** Narrower than this, no table or paragraph can be laid out; a smaller width counts as this. */
const MIN_WIDTH = 20;
/** Where no width is known (a pipe, a file, a CI log). */
const DEFAULT_WIDTH = 120;

/**
 * The one width every terminal renderer fits (through ctx.width): $COLUMNS when set to a number
 * (POSIX: the user's preferred width, over the terminal's), else the terminal's, else 120.
 */
export function terminalWidth(env: CliEnv): number {
  const fromEnv = Number(env.env.COLUMNS);
  const width = env.env.COLUMNS && Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : (env.columns ?? DEFAULT_WIDTH);
  return Math.max(MIN_WIDTH, width);
}
