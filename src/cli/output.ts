import { UsageError } from '../errors.js';
import { translator, type Lang } from '../i18n/index.js';
import { cliMessages } from '../i18n/cli-messages.js';
import { safeLine, safeText } from '../render/safe-text.js';
import { isColorWanted, type CliEnv } from './env.js';

export interface OutputTarget {
  /** `-o FILE`, if given. */
  output?: string;
  /** Files read by the command: never written over. */
  inputs: readonly string[];
  format: string;
}

/**
 * The one writer: stdout, or `-o` atomically (never over an input). Bytes (a workbook) only go
 * to a file; an HTML page goes down a pipe but not onto a terminal, where it is only noise.
 * Text leaves with its control characters made visible (safeText): whatever a name, a note or
 * a rubric text holds, it cannot move the cursor, set a title or fake a line.
 */
export async function writeResult(
  content: string | Uint8Array,
  target: OutputTarget,
  env: CliEnv,
  lang: Lang,
): Promise<void> {
  const isStdout = target.output === undefined || target.output === '-';
  // opdm's own colour codes survive only where it may have written some: on stdout, in colour.
  const safe = typeof content === 'string' ? safeText(content, isStdout && isColorWanted(undefined, env)) : content;
  if (isStdout) {
    if (typeof content !== 'string' || (target.format === 'html' && env.isStdoutTTY)) {
      // Said as it is: a workbook down a pipe is refused for being binary, not for a terminal.
      const key = env.isStdoutTTY ? 'usage.binary-to-tty' : 'usage.binary-to-pipe';
      throw new UsageError(key, { format: target.format });
    }
    env.stdout(safe as string);
    return;
  }
  // Loaded here: a report to stdout, the common case, needs neither node:fs/promises nor node:crypto.
  const { writeOutputAtomic } = await import('../io/write-output.js');
  await writeOutputAtomic(target.output!, safe, target.inputs);
  env.stderr(`${translator(cliMessages, lang)('written', { file: safeLine(target.output!) })}\n`);
}
