import { findGaps } from '../../core/gap.js';
import { buildReport } from '../../core/report.js';
import { suggest } from '../../core/suggest.js';
import { UsageError } from '../../errors.js';
import { GAP_FORMATS } from '../../render/gap-formats.js';
import type { CliEnv } from '../env.js';
import { loadCities } from '../inputs.js';
import { chooseFormat, type Options } from '../options.js';
import { writeResult } from '../output.js';
import { printIssues } from '../print-issues.js';
import { renderContextOf } from '../render-context.js';
import { GENERATOR } from '../version.js';

/** `opdm gap ANSWERS`: the distance to "no office visit needed" and the actions that close it. */
export async function run(args: readonly unknown[], options: Options, env: CliEnv): Promise<number> {
  const { lang, top } = options;
  const format = chooseFormat(GAP_FORMATS, options);
  const file = args[0] as string;
  const { cities, warnings } = await loadCities([file], options.rubric);
  await printIssues(env, warnings, lang);
  const city = cities[0]!;
  const opd = options.opd?.[0];
  if (opd !== undefined && !city.answers.opds.some((o) => o.id === opd)) {
    const near = suggest(
      opd,
      city.answers.opds.map((o) => o.id),
    );
    throw new UsageError('usage.opd-not-found', { id: opd, file, suggestion: near ? ` (${near}?)` : '' });
  }
  const report = buildReport(city.score, findGaps(city.score), {
    generator: GENERATOR,
    sha256: city.rubric.sha256,
    ...(options.isLangGiven ? { lang } : {}),
  });
  const render = await format.load();
  const content = await render(report, renderContextOf(options, env, city.rubric.rubric), {
    ...(top === undefined ? {} : { top }),
    ...(opd === undefined ? {} : { opd }),
  });
  await writeResult(
    content,
    {
      format: format.name,
      inputs: [file, city.rubric.file],
      ...(options.output === undefined ? {} : { output: options.output }),
    },
    env,
    lang,
  );
  return 0;
}
