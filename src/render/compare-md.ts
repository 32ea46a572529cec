/** `opdm compare` as GitHub-flavoured Markdown (a PR comment, a wiki page, a letter between cities). */
import { translator } from '../i18n/index.js';
import { compareMessages } from '../i18n/compare-messages.js';
import { adviceOf } from './compare-advice.js';
import { cityTable, opdTable, serviceTable } from './compare-tables.js';
import { headingOf, legendOf, sidesOf, summaryLines } from './compare-view.js';
import { escapeMd, renderMdTable } from './markdown.js';
import { notesOf, type Comparison } from '../core/compare.js';
import type { RenderContext } from './context.js';

/** The learn-from entries as a numbered list with the steps nested under each. */
function learnList(c: Comparison, ctx: RenderContext): string {
  return c.learn_from
    .map((entry, i) => {
      const advice = adviceOf(entry, c, ctx);
      const head =
        `${i + 1}. **${escapeMd(advice.where)}**: ${escapeMd(advice.who)} (${escapeMd(advice.levels)}); ` +
        `**${escapeMd(advice.saves)}**`;
      return [head, ...advice.steps.map((step) => `   - ${escapeMd(step)}`)].join('\n');
    })
    .join('\n');
}

/** The comparison as Markdown; every text from users' files or the rubric is escaped. */
export function renderCompareMd(c: Comparison, ctx: RenderContext): string {
  const t = translator(compareMessages, ctx.lang);
  const blocks = [
    `## ${escapeMd(headingOf(c, ctx.lang))}`,
    ...notesOf(c).map((note) => `> ${escapeMd(note)}`),
    legendOf(c, ctx.lang).map(escapeMd).join('  \n'),
    summaryLines(c, ctx.lang)
      .map((line) => `- ${escapeMd(line)}`)
      .join('\n'),
    `### ${t('heading.city')}`,
    renderMdTable(cityTable(c, ctx)),
    `### ${t('heading.opds')}`,
    c.opds.length === 0 ? t('empty.opds') : renderMdTable(opdTable(c, ctx)),
    `### ${t('heading.services')}`,
    c.services.length === 0 ? t('empty.services') : renderMdTable(serviceTable(c, ctx)),
    `### ${t(sidesOf(c).isPeriods ? 'heading.learn-periods' : 'heading.learn')}`,
    c.learn_from.length === 0 ? t('empty.learn') : learnList(c, ctx),
  ];
  return blocks.join('\n\n') + '\n';
}
