import { main } from '../../src/cli/main.js';
import type { CliEnv } from '../../src/cli/env.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs opdm in-process with captured output; colour off and Indonesian unless env says otherwise. */
export async function runCli(
  argv: string[],
  overrides: Partial<CliEnv> & { env?: Record<string, string | undefined> } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const env: CliEnv = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    cwd: process.cwd(),
    isStdoutTTY: false,
    isStdinTTY: false,
    ...overrides,
    env: { LANG: 'C', ...overrides.env },
  };
  const code = await main(argv, env);
  return { code, stdout, stderr };
}
