import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { suggest } from '../../core/suggest.js';
import type { Rubric } from '../../core/types.js';
import { UsageError } from '../../errors.js';
import type { Lang } from '../../i18n/index.js';
import { bundledRubricIds, bundledRubricPath } from '../../io/bundled.js';
import { loadRubric } from '../../io/load.js';
import type { RenderContext } from '../../render/context.js';
import { isColorWanted, terminalWidth, type CliEnv } from '../env.js';
import { printIssues } from '../print-issues.js';
import { parseFormat, parseLangOption } from '../options.js';
import { writeResult } from '../output.js';

/** The rubric `init` and `rubric show` use when none is named. */
export const DEFAULT_RUBRIC_ID = 'opd-digital-maturity';

const FORMATS = ['table', 'md', 'json'] as const;

/**
 * A rubric argument -> its file: an existing file wins, then a bundled rubric id; a bare word
 * that is neither is a usage error with a "did you mean" among the bundled ids. Anything else
 * is a path, and loading it reports what is wrong with it.
 */
export function resolveRubricArg(arg: string | undefined, env: Pick<CliEnv, 'cwd'>): string {
  const id = arg ?? DEFAULT_RUBRIC_ID;
  if (arg !== undefined && existsSync(resolve(env.cwd, arg))) return arg;
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

async function render(format: (typeof FORMATS)[number], rubric: Rubric, ctx: RenderContext): Promise<string> {
  switch (format) {
    case 'json':
      return (await import('../../render/json.js')).renderJson(rubric);
    case 'md':
      return (await import('../../render/rubric-md.js')).renderRubricMd(rubric, ctx);
    default:
      return (await import('../../render/rubric-table.js')).renderRubricTable(rubric, ctx);
  }
}

/** `opdm rubric show [RUBRIC]`: the questionnaire as a terminal overview, a Markdown document, or JSON. */
export async function run(args: unknown[], options: Record<string, unknown>, env: CliEnv, lang: Lang): Promise<number> {
  parseLangOption(options.lang);
  const format = parseFormat(options.format, FORMATS);
  const file = resolveRubricArg(args[0] as string | undefined, env);
  const { rubric, warnings } = await loadRubric(file);
  await printIssues(env, warnings, lang);
  const ctx: RenderContext = {
    lang,
    isColor: isColorWanted(options.color as boolean | undefined, env) && options.output === undefined,
    rubric,
    csvDelimiter: ',',
    width: terminalWidth(env),
  };
  const content = await render(format, rubric, ctx);
  await writeResult(
    content,
    { format, inputs: [file], ...(options.output === undefined ? {} : { output: options.output as string }) },
    env,
    lang,
  );
  return 0;
}
