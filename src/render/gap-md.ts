/** `opdm gap` as GitHub-flavoured Markdown (a PR comment, an issue, a wiki page). */
import { translator } from '../i18n/index.js';
import { reportMessages } from '../i18n/report-messages.js';
import { gapParts } from './gap-tables.js';
import { figureFacts, namesOf, selectGap, type GapOptions } from './gap-view.js';
import { escapeMd, renderMdFacts, renderMdTable } from './markdown.js';
import type { Report } from '../core/report.js';
import type { RenderContext } from './context.js';
import type { Fact } from './view.js';

/**
 * The gap report as Markdown; every action unless `options.top` cuts them. Catalog texts are
 * Markdown already (the hint's backticks); only the texts from users' files are escaped.
 */
export function renderGapMd(report: Report, ctx: RenderContext, options: GapOptions = {}): string {
  const t = translator(reportMessages, ctx.lang);
  const gap = selectGap(report, options);
  const opd = options.opd;
  const scope: Fact[] =
    opd === undefined ? [] : [{ label: t('fact.opd'), value: { text: `${namesOf(report).opd(opd)} (${opd})` } }];
  const blocks = [
    `## ${t('heading.gap', { city: escapeMd(report.city.name), period: escapeMd(report.city.period) })}`,
    ...(report.city.notes ? [`> ${escapeMd(report.city.notes)}`] : []),
    renderMdFacts([...scope, ...figureFacts(gap.figures, ctx, true)], [t('col.figure'), t('col.value')]),
  ];
  for (const part of gapParts(report, gap, ctx)) {
    blocks.push(`### ${escapeMd(part.heading)}`);
    if (part.note !== undefined) blocks.push(`_${part.note}_`);
    blocks.push(part.table === null ? part.empty : renderMdTable(part.table));
    if (part.after !== undefined) blocks.push(part.after);
  }
  return blocks.join('\n\n') + '\n';
}
