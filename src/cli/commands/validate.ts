import { formatPercent } from '../../render/format.js';
import { translator } from '../../i18n/index.js';
import { cliMessages } from '../../i18n/cli-messages.js';
import type { CliEnv } from '../env.js';
import { printIssues } from '../print-issues.js';
import { loadCities } from '../inputs.js';
import { expandAnswerFiles } from '../../io/paths.js';
import type { Options } from '../options.js';

/** `opdm validate ANSWERS...`: every issue of every file, or one "valid" line per file. */
export async function run(args: readonly unknown[], options: Options, env: CliEnv): Promise<number> {
  const { lang } = options;
  const files = expandAnswerFiles(args[0] as string[]);
  const { cities, warnings } = await loadCities(files, options.rubric);
  await printIssues(env, warnings, lang);
  const t = translator(cliMessages, lang);
  for (const city of cities) {
    env.stdout(
      `${t('validate.ok', {
        file: city.file,
        opds: city.answers.opds.length,
        services: city.answers.opds.reduce((n, o) => n + o.services.length, 0),
        completeness: formatPercent(city.score.completeness, lang),
      })}\n`,
    );
  }
  return 0;
}
