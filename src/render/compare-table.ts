/** `opdm compare` in the terminal: heading, headline, city / OPD / service tables, then learn-from advice. */
import { translator } from '../i18n/index.js';
import { compareMessages } from '../i18n/compare-messages.js';
import { adviceOf } from './compare-advice.js';
import { cityTable, opdTable, serviceTable } from './compare-tables.js';
import { headingOf, legendOf, sidesOf, summaryLines } from './compare-view.js';
import { paint, renderHanging, renderHeading, renderTable, renderText } from './table.js';
import { notesOf, type Comparison } from '../core/compare.js';
import type { RenderContext } from './context.js';

/** The learn-from entries as a numbered list; each step on its own indented line. */
function learnBlock(c: Comparison, ctx: RenderContext): string {
  return c.learn_from
    .map((entry, i) => {
      const advice = adviceOf(entry, c, ctx);
      const head = renderHanging(`${i + 1}. ${advice.where}: ${advice.who} (${advice.levels}); ${advice.saves}`, ctx);
      // Painted after wrapping, so that the codes do not count as width: the place bold, the saving green.
      const painted = paintOnce(paintOnce(head, advice.where, 'bold', ctx), advice.saves, 'green', ctx);
      return [painted, ...advice.steps.map((step) => renderHanging(`   - ${step}`, ctx))].join('\n');
    })
    .join('\n');
}

/** `text` with `part` painted, where it stands whole on one line; unchanged otherwise. */
function paintOnce(text: string, part: string, format: Parameters<typeof paint>[1], ctx: RenderContext): string {
  const at = text.indexOf(part);
  return at < 0 ? text : text.slice(0, at) + paint(ctx, format, part) + text.slice(at + part.length);
}

/** The comparison as terminal text; colour and width from ctx. */
export function renderCompareTable(c: Comparison, ctx: RenderContext): string {
  const t = translator(compareMessages, ctx.lang);
  const blocks = [
    renderHeading(headingOf(c, ctx.lang), ctx),
    ...notesOf(c).map((note) => renderText(note, ctx)),
    renderText([...legendOf(c, ctx.lang), '', ...summaryLines(c, ctx.lang)].join('\n'), ctx),
    renderHeading(t('heading.city'), ctx),
    renderTable(cityTable(c, ctx), ctx),
    renderHeading(t('heading.opds'), ctx),
    c.opds.length === 0 ? renderText(t('empty.opds'), ctx) : renderTable(opdTable(c, ctx), ctx),
    renderHeading(t('heading.services'), ctx),
    c.services.length === 0 ? renderText(t('empty.services'), ctx) : renderTable(serviceTable(c, ctx), ctx),
    renderHeading(t(sidesOf(c).isPeriods ? 'heading.learn-periods' : 'heading.learn'), ctx),
    c.learn_from.length === 0 ? renderText(t('empty.learn'), ctx) : learnBlock(c, ctx),
  ];
  return blocks.join('\n\n') + '\n';
}
