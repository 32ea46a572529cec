import { findGaps } from '../../core/gap.js';
import { buildReport, type Report } from '../../core/report.js';
import { suggest } from '../../core/suggest.js';
import { UsageError } from '../../errors.js';
import type { Lang } from '../../i18n/index.js';
import type { RenderContext } from '../../render/context.js';
import { isColorWanted, terminalWidth, type CliEnv } from '../env.js';
import { printIssues } from '../print-issues.js';
import { loadCities } from '../inputs.js';
import { parseDelimiter, parseFormat, parseLangOption, parseNumber } from '../options.js';
import { writeResult } from '../output.js';
import { GENERATOR } from '../version.js';

const FORMATS = ['table', 'json', 'md', 'csv', 'html', 'xlsx'] as const;

/** The gap part of a report as JSON: headline, then actions limited/filtered as asked. */
function gapJson(report: Report, top: number | undefined, opd: string | undefined) {
  const keep = <T extends { opd: string }>(items: T[]) => items.filter((i) => opd === undefined || i.opd === opd);
  const actions = keep(report.gap.actions);
  return {
    report_version: report.report_version,
    generator: report.generator,
    rubric: report.rubric,
    city: report.city,
    summary: report.summary,
    gap: {
      ...report.gap,
      actions: top === undefined ? actions : actions.slice(0, top),
      inherent: keep(report.gap.inherent),
      below_target: keep(report.gap.below_target),
    },
  };
}

async function renderGap(
  format: string,
  report: Report,
  ctx: RenderContext,
  top: number | undefined,
  opd: string | undefined,
) {
  const options = { ...(top === undefined ? {} : { top }), ...(opd === undefined ? {} : { opd }) };
  switch (format) {
    case 'json':
      return (await import('../../render/json.js')).renderJson(gapJson(report, top, opd));
    case 'md':
      return (await import('../../render/gap-md.js')).renderGapMd(report, ctx, options);
    case 'csv':
      return (await import('../../render/gap-csv.js')).renderGapCsv(report, ctx, options);
    case 'html':
      return (await import('../../render/html/gap-html.js')).renderGapHtml(report, ctx, options);
    case 'xlsx':
      return (await import('../../render/xlsx.js')).renderGapXlsx(report, ctx, options);
    default:
      return (await import('../../render/gap-table.js')).renderGapTable(report, ctx, options);
  }
}

/** `opdm gap ANSWERS`: the distance to "no office visit needed" and the actions that close it. */
export async function run(args: unknown[], options: Record<string, unknown>, env: CliEnv, lang: Lang): Promise<number> {
  parseLangOption(options.lang);
  const format = parseFormat(options.format, FORMATS);
  const top = parseNumber('--top', options.top);
  if (top !== undefined && (top < 1 || !Number.isInteger(top)))
    throw new UsageError('usage.whole-number', { option: '--top', value: String(options.top) });
  const file = args[0] as string;
  const { cities, warnings } = await loadCities([file], options.rubric as string | undefined);
  await printIssues(env, warnings, lang);
  const city = cities[0]!;
  const opd = options.opd as string | undefined;
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
    ...(options.lang === undefined ? {} : { lang }),
  });
  const ctx: RenderContext = {
    lang,
    isColor: isColorWanted(options.color as boolean | undefined, env) && options.output === undefined,
    rubric: city.rubric.rubric,
    csvDelimiter: parseDelimiter(options.delimiter),
    width: terminalWidth(env),
  };
  const content = await renderGap(format, report, ctx, top, opd);
  const inputs = [file, city.rubric.file];
  await writeResult(
    content,
    { format, inputs, ...(options.output === undefined ? {} : { output: options.output as string }) },
    env,
    lang,
  );
  return 0;
}
