import { InvalidInputError } from '../../errors.js';
import type { Issue } from '../../core/types.js';
import { translator } from '../../i18n/index.js';
import { cliMessages } from '../../i18n/cli-messages.js';
import { loadRubric } from '../../io/load.js';
import type { CliEnv } from '../env.js';
import type { Options } from '../options.js';
import { printIssues } from '../print-issues.js';

/** `opdm rubric validate FILE...`: every issue of every rubric, or one "valid" line each. */
export async function run(args: readonly unknown[], _options: Options, env: CliEnv): Promise<number> {
  const { lang } = _options;
  const t = translator(cliMessages, lang);
  const errors: Issue[] = [];
  const lines: string[] = [];
  for (const file of args[0] as string[]) {
    try {
      const { rubric, warnings } = await loadRubric(file);
      await printIssues(env, warnings, lang);
      const questions = rubric.sections.reduce((n, s) => n + s.questions.length, 0);
      lines.push(`${t('rubric.ok', { file, id: rubric.rubric, version: rubric.version, questions })}\n`);
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      errors.push(...error.issues);
    }
  }
  if (errors.length > 0) throw new InvalidInputError(errors);
  env.stdout(lines.join(''));
  return 0;
}
