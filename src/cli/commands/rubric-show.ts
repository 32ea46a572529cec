import { resolve } from 'node:path';
import { suggest } from '../../core/suggest.js';
import { UsageError } from '../../errors.js';
import { pathExists } from '../../io/paths.js';
import { bundledRubricIds, bundledRubricPath } from '../../io/bundled.js';
import { loadRubric } from '../../io/load.js';
import { RUBRIC_FORMATS } from '../../render/rubric-formats.js';
import type { CliEnv } from '../env.js';
import { printIssues } from '../print-issues.js';
import { chooseFormat, type Options } from '../options.js';
import { writeResult } from '../output.js';
import { renderContextOf } from '../render-context.js';

/** The rubric `init` and `rubric show` use when none is named. */
export const DEFAULT_RUBRIC_ID = 'opd-digital-maturity';

/**
 * A rubric argument -> its file: an existing file wins, then a bundled rubric id; a bare word
 * that is neither is a usage error with a "did you mean" among the bundled ids. Anything else
 * is a path, and loading it reports what is wrong with it.
 */
export function resolveRubricArg(arg: string | undefined, env: Pick<CliEnv, 'cwd'>): string {
  const id = arg ?? DEFAULT_RUBRIC_ID;
  if (arg !== undefined && pathExists(resolve(env.cwd, arg))) return arg;
  const bundled = bundledRubricPath(id);
  if (bundled !== undefined) return bundled;
  if (arg === undefined || /^[a-z0-9-]+$/.test(arg)) {
    const known = bundledRubricIds();
    const near = suggest(id, known);
    throw new UsageError('show.rubric-not-found', {
      id,
      known: known.join(', '),
      suggestion: near ? ` (${near}?)` : '',
    });
  }
  return arg;
}

/** `opdm rubric show [RUBRIC]`: the questionnaire as a terminal overview, a Markdown document, or JSON. */
export async function run(args: readonly unknown[], options: Options, env: CliEnv): Promise<number> {
  const { lang } = options;
  const format = chooseFormat(RUBRIC_FORMATS, options);
  const file = resolveRubricArg(args[0] as string | undefined, env);
  const { rubric, warnings } = await loadRubric(file);
  await printIssues(env, warnings, lang);
  const content = await (await format.load())(rubric, renderContextOf(options, env, rubric));
  await writeResult(
    content,
    { format: format.name, inputs: [file], ...(options.output === undefined ? {} : { output: options.output }) },
    env,
    lang,
  );
  return 0;
}
