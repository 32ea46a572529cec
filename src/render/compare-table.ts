/** `opdm compare` in the terminal: heading, headline, city / OPD / service tables, then learn-from advice. */
import { translator } from '../i18n/index.js';
import { compareMessages } from '../i18n/compare-messages.js';
import { adviceOf } from './compare-advice.js';
import { cityTable, opdTable, serviceTable } from './compare-tables.js';
import { headingOf, legendOf, sidesOf, summaryLines } from './compare-view.js';
import { paint, renderHeading, renderTable, renderText } from './table.js';
import { notesOf, type Comparison } from '../core/compare.js';
import type { RenderContext } from './context.js';

/** The learn-from entries as a numbered list; each step on its own indented line. */
function learnBlock(c: Comparison, ctx: RenderContext): string {
  return c.learn_from
    .map((entry, i) => {
      const advice = adviceOf(entry, c, ctx);
      const head = `${i + 1}. ${paint(ctx, 'bold', advice.where)}: ${advice.who} (${advice.levels}); ${paint(ctx, 'green', advice.saves)}`;
      return [head, ...advice.steps.map((step) => `   - ${step}`)].join('\n');
    })
    .join('\n');
}

/** The comparison as terminal text; colour and width from ctx. */
export function renderCompareTable(c: Comparison, ctx: RenderContext): string {
  const t = translator(compareMessages, ctx.lang);
  const blocks = [
    renderHeading(headingOf(c, ctx.lang), ctx),
    ...notesOf(c).map((note) => renderText(note, ctx)),
    [...legendOf(c, ctx.lang), '', ...summaryLines(c, ctx.lang)].join('\n'),
    renderHeading(t('heading.city'), ctx),
    renderTable(cityTable(c, ctx), ctx),
    renderHeading(t('heading.opds'), ctx),
    c.opds.length === 0 ? t('empty.opds') : renderTable(opdTable(c, ctx), ctx),
    renderHeading(t('heading.services'), ctx),
    c.services.length === 0 ? t('empty.services') : renderTable(serviceTable(c, ctx), ctx),
    renderHeading(t(sidesOf(c).isPeriods ? 'heading.learn-periods' : 'heading.learn'), ctx),
    c.learn_from.length === 0 ? t('empty.learn') : learnBlock(c, ctx),
  ];
  return blocks.join('\n\n') + '\n';
}
