/** `opdm gap` in the terminal: the headline, then actions, inherent trips, underused services, ... */
import { translator } from '../i18n/index.js';
import { reportMessages } from '../i18n/report-messages.js';
import { gapParts } from './gap-tables.js';
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
  ];
  for (const part of gapParts(report, gap, ctx)) {
    blocks.push(renderHeading(part.heading, ctx));
    if (part.note !== undefined) blocks.push(renderText(part.note, ctx));
    blocks.push(part.table === null ? renderText(part.empty, ctx) : renderTable(part.table, ctx));
    if (part.after !== undefined) blocks.push(renderText(part.after, ctx));
  }
  return blocks.join('\n\n') + '\n';
}
