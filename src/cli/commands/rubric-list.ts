import { localize } from '../../core/localize.js';
import type { Lang } from '../../i18n/index.js';
import { bundledRubrics } from '../../io/bundled.js';
import { loadRubric } from '../../io/load.js';
import type { CliEnv } from '../env.js';

/** `opdm rubric list`: the bundled rubrics, every version, one line each: id@version, title. */
export async function run(
  _args: unknown[],
  _options: Record<string, unknown>,
  env: CliEnv,
  lang: Lang,
): Promise<number> {
  for (const bundled of bundledRubrics()) {
    const { rubric } = await loadRubric(bundled.file);
    const title = localize(rubric.title, lang, rubric.languages[0] ?? 'id');
    env.stdout(`${rubric.rubric}@${rubric.version}\t${title}\n`);
  }
  return 0;
}
