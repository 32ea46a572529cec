import { suggest } from '../../core/suggest.js';
import { UsageError } from '../../errors.js';
import { translator, type Lang } from '../../i18n/index.js';
import { cliMessages } from '../../i18n/cli-messages.js';
import { renderExplain } from '../../render/explain.js';
import { terminalWidth, type CliEnv } from '../env.js';
import { printIssues } from '../print-issues.js';
import { loadCities } from '../inputs.js';
import type { Options } from '../options.js';
import { writeResult } from '../output.js';

/** A near id as a question, else the ids there are, so the user need not open the file. */
const near = (id: string, ids: string[], lang: Lang) => {
  const found = suggest(id, ids);
  if (found) return ` (${found}?)`;
  return ids.length > 0 ? `; ${translator(cliMessages, lang)('usage.available', { ids: ids.join(', ') })}` : '';
};

/** `opdm explain ANSWERS [--service OPD/SERVICE | --opd OPD]`: the arithmetic behind a score. */
export async function run(args: readonly unknown[], options: Options, env: CliEnv): Promise<number> {
  const { lang } = options;
  if (options.service !== undefined && options.opd !== undefined) throw new UsageError('usage.explain-both');
  const file = args[0] as string;
  const { cities, warnings } = await loadCities([file], options.rubric);
  await printIssues(env, warnings, lang);
  const city = cities[0]!;
  const target =
    options.service !== undefined ? options.service.split('/') : options.opd !== undefined ? [...options.opd] : [];
  if (options.service !== undefined && target.length !== 2) throw new UsageError('usage.explain-target');
  const [opdId, serviceId] = target;
  const opd = city.score.opds.find((o) => o.id === opdId);
  if (opdId !== undefined && !opd) {
    throw new UsageError('usage.opd-not-found', {
      id: opdId,
      file,
      suggestion: near(
        opdId,
        city.score.opds.map((o) => o.id),
        lang,
      ),
    });
  }
  if (serviceId !== undefined && !opd?.services.some((s) => s.id === serviceId)) {
    throw new UsageError('usage.service-not-found', {
      id: `${opdId}/${serviceId}`,
      file,
      suggestion: near(serviceId, opd?.services.map((s) => s.id) ?? [], lang),
    });
  }
  const content = renderExplain(
    city.score,
    { ...(opdId ? { opd: opdId } : {}), ...(serviceId ? { service: serviceId } : {}) },
    { lang, width: terminalWidth(env) },
  );
  await writeResult(
    content,
    {
      format: 'text',
      inputs: [file, city.rubric.file],
      ...(options.output === undefined ? {} : { output: options.output }),
    },
    env,
    lang,
  );
  return 0;
}
