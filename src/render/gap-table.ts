/** `opdm gap` in the terminal: the headline, then actions, inherent visits, services below target. */
import { translator } from '../i18n/index.js';
import { reportMessages } from '../i18n/report-messages.js';
import { levelLabel } from './format.js';
import { actionsTable, belowTargetTable, inherentTable } from './gap-tables.js';
import { figureFacts, namesOf, selectGap, type GapOptions } from './gap-view.js';
import { renderFacts, renderHeading, renderTable, renderText } from './table.js';
import type { Report } from '../core/report.js';
import type { RenderContext } from './context.js';
import type { Fact } from './view.js';

/** A terminal shows this many actions unless `--top` says otherwise; the rest is one line. */
export const TABLE_DEFAULT_TOP = 20;

/** The gap report as terminal text; `options.top` defaults to {@link TABLE_DEFAULT_TOP}. */
export function renderGapTable(report: Report, ctx: RenderContext, options: GapOptions = {}): string {
  const t = translator(reportMessages, ctx.lang);
  const gap = selectGap(report, options, TABLE_DEFAULT_TOP);
  const opd = options.opd;
  const scope: Fact[] =
    opd === undefined ? [] : [{ label: t('fact.opd'), value: { text: `${namesOf(report).opd(opd)} (${opd})` } }];
  const blocks = [
    renderHeading(t('heading.gap', { city: report.city.name, period: report.city.period }), ctx),
    ...(report.city.notes ? [renderText(report.city.notes, ctx)] : []),
    renderFacts([...scope, ...figureFacts(gap.figures, ctx, true)], ctx),
    renderHeading(t('heading.top-actions'), ctx),
  ];
  if (gap.actions.length === 0) blocks.push(renderText(t('empty.actions'), ctx));
  else blocks.push(renderTable(actionsTable(report, gap.actions, ctx), ctx));
  if (gap.total > gap.actions.length)
    blocks.push(renderText(t('more', { n: gap.total - gap.actions.length, total: gap.total }), ctx));
  blocks.push(renderHeading(t('heading.inherent'), ctx), renderText(t('note.inherent'), ctx));
  blocks.push(
    gap.inherent.length === 0
      ? renderText(t('empty.inherent'), ctx)
      : renderTable(inherentTable(report, gap.inherent, ctx), ctx),
  );
  blocks.push(
    renderHeading(t('heading.below-target', { level: levelLabel(ctx.rubric, report.gap.target_level, ctx.lang) }), ctx),
  );
  const below = gap.belowTarget;
  blocks.push(
    below.length === 0
      ? renderText(t('empty.below-target'), ctx)
      : renderTable(belowTargetTable(report, below, ctx), ctx),
  );
  return blocks.join('\n\n') + '\n';
}
