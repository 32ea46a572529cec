/**
 * `opdm compare --format html`: two cities (or one city's two periods) side by side for the
 * mayor and the Bappeda: each side's headline, the city figures with the difference and its
 * status, OPD scores and levels on both sides, what each city can learn from the other (the
 * answers to copy and the office visits it saves), and every OPD and service row.
 */
import { translator } from '../../i18n/index.js';
import { compareMessages } from '../../i18n/compare-messages.js';
import { reportMessages } from '../../i18n/report-messages.js';
import { adviceOf } from '../compare-advice.js';
import { cityTable, opdTable, serviceTable } from '../compare-tables.js';
import { headingOf, legendOf, sidesOf, summaryLines } from '../compare-view.js';
import { compareCharts, sideCards } from './compare-charts.js';
import { footerOf, howToRead } from './frame.js';
import { html, type Markup } from './markup.js';
import { renderPage } from './page.js';
import { block, viewTable } from './parts.js';
import { notesOf, type Comparison } from '../../core/compare.js';
import type { RenderContext } from '../context.js';

/** The learn-from entries as a numbered list: where, who learns from whom, the steps, the visits saved. */
function learnList(c: Comparison, ctx: RenderContext): Markup {
  const items = c.learn_from.map((entry) => {
    const advice = adviceOf(entry, c, ctx);
    return html`<li data-opd="${entry.opd}" data-service="${entry.service}">
<div class="opd-head"><h3>${advice.where}</h3><span class="saves">${advice.saves}</span></div>
<p>${advice.who} (${advice.levels})</p>
<ul class="steps">${advice.steps.map((step) => html`<li>${step}</li>`)}</ul>
</li>\n`;
  });
  return html`<ol class="learn">\n${items}</ol>`;
}

/** The comparison as a self-contained HTML document. */
export function renderCompareHtml(c: Comparison, ctx: RenderContext): string {
  const t = translator(compareMessages, ctx.lang);
  const r = translator(reportMessages, ctx.lang);
  const sides = sidesOf(c);
  const heading = headingOf(c, ctx.lang);
  const learn = c.learn_from.length === 0 ? html`<p>${t('empty.learn')}</p>` : learnList(c, ctx);
  const summary = html`<ul class="summary">${summaryLines(c, ctx.lang).map((line) => html`<li>${line}</li>`)}</ul>`;
  const services = c.services.length === 0 ? html`<p>${t('empty.services')}</p>` : viewTable(serviceTable(c, ctx));
  const body = html`${sideCards(c, ctx)}
${block(r('html.heading.compare-summary'), summary)}
${block(t('heading.city'), viewTable(cityTable(c, ctx)), legendOf(c, ctx.lang)[1])}
${block(r('html.heading.charts'), c.opds.length === 0 ? html`<p>${t('empty.opds')}</p>` : compareCharts(c, ctx))}
${block(t(sides.isPeriods ? 'heading.learn-periods' : 'heading.learn'), learn, r('html.learn-lead'))}
${block(t('heading.opds'), c.opds.length === 0 ? html`<p>${t('empty.opds')}</p>` : viewTable(opdTable(c, ctx)))}
${block(t('heading.services'), services)}
${howToRead(ctx)}`;
  return renderPage({
    lang: ctx.lang,
    title: heading,
    generator: c.generator,
    kicker: r('html.kicker.compare'),
    heading: sides.isPeriods ? `${c.a.city.name}: ${sides.a} vs ${sides.b}` : `${sides.a} vs ${sides.b}`,
    ...(notesOf(c).length > 0 ? { note: notesOf(c).join(' · ') } : {}),
    meta: [
      legendOf(c, ctx.lang)[0] ?? '',
      ...(sides.isPeriods
        ? []
        : [
            r('html.meta.period', {
              period: c.a.city.period === c.b.city.period ? c.a.city.period : `${c.a.city.period} / ${c.b.city.period}`,
            }),
          ]),
    ],
    body,
    footer: footerOf(c.generator, { ...c.rubric, sha256: c.a.rubric.sha256 }, ctx.lang, 'opdm compare --format json'),
  });
}
