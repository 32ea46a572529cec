import { localize } from '../../core/localize.js';
import { bundledRubrics } from '../../io/bundled.js';
import { loadRubric } from '../../io/load.js';
import type { CliEnv } from '../env.js';
import type { Options } from '../options.js';

/** `opdm rubric list`: the bundled rubrics, every version, one line each: id@version, title. */
export async function run(_args: readonly unknown[], _options: Options, env: CliEnv): Promise<number> {
  const { lang } = _options;
  for (const bundled of bundledRubrics()) {
    const { rubric } = await loadRubric(bundled.file);
    const title = localize(rubric.title, lang, rubric.languages[0] ?? 'id');
    env.stdout(`${rubric.rubric}@${rubric.version}\t${title}\n`);
  }
  return 0;
}
