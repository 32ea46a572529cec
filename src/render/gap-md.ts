/** `opdm gap` as GitHub-flavoured Markdown (a PR comment, an issue, a wiki page). */
import { translator } from '../i18n/index.js';
import { reportMessages } from '../i18n/report-messages.js';
import { levelLabel } from './format.js';
import { actionsTable, belowTargetTable, inherentTable } from './gap-tables.js';
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
    `### ${t('heading.top-actions')}`,
  ];
  if (gap.actions.length === 0) blocks.push(t('empty.actions'));
  else blocks.push(renderMdTable(actionsTable(report, gap.actions, ctx)));
  if (gap.total > gap.actions.length) blocks.push(t('more', { n: gap.total - gap.actions.length, total: gap.total }));
  blocks.push(`### ${t('heading.inherent')}`, `_${t('note.inherent')}_`);
  blocks.push(
    gap.inherent.length === 0 ? t('empty.inherent') : renderMdTable(inherentTable(report, gap.inherent, ctx)),
  );
  blocks.push(
    `### ${t('heading.below-target', { level: escapeMd(levelLabel(ctx.rubric, report.gap.target_level, ctx.lang)) })}`,
  );
  blocks.push(
    gap.belowTarget.length === 0
      ? t('empty.below-target')
      : renderMdTable(belowTargetTable(report, gap.belowTarget, ctx)),
  );
  return blocks.join('\n\n') + '\n';
}
