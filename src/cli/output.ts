import { UsageError } from '../errors.js';
import { writeOutputAtomic } from '../io/write-output.js';
import { translator, type Lang } from '../i18n/index.js';
import { cliMessages } from '../i18n/cli-messages.js';
import type { CliEnv } from './env.js';

export interface OutputTarget {
  /** `-o FILE`, if given. */
  output?: string;
  /** Files read by the command: never written over. */
  inputs: readonly string[];
  format: string;
}

const BINARY_FORMATS = new Set(['xlsx']);
const FILE_ONLY_FORMATS = new Set(['xlsx', 'html']);

/** The one writer: stdout, or `-o` atomically (never over an input). */
export async function writeResult(content: string | Uint8Array, target: OutputTarget, env: CliEnv, lang: Lang): Promise<void> {
  if (target.output === undefined || target.output === '-') {
    if (FILE_ONLY_FORMATS.has(target.format) && (env.isStdoutTTY || BINARY_FORMATS.has(target.format))) {
      throw new UsageError('usage.binary-to-tty', { format: target.format });
    }
    env.stdout(typeof content === 'string' ? content : Buffer.from(content).toString('latin1'));
    return;
  }
  await writeOutputAtomic(target.output, content, target.inputs);
  env.stderr(`${translator(cliMessages, lang)('written', { file: target.output })}\n`);
}
