/**
 * `opdm score --format html`: one city's report as a page a mayor can open, print on A4 and
 * forward. The headline first (score, rating, distance to "no office visit needed"), then the
 * charts, the actions that remove the most visits, each OPD's services, the questions declared
 * not applicable, and how to read it all.
 */
import { translator } from '../../i18n/index.js';
import { reportMessages } from '../../i18n/report-messages.js';
import { gapFigures, selectGap } from '../gap-view.js';
import { notApplicableEntries, notApplicableTable } from '../not-applicable-view.js';
import { citySectionsTable } from '../score-view.js';
import { footerOf, howToRead, metaOf } from './frame.js';
import { actionsTable } from './gap-sections.js';
import { scoreHeadline } from './headline.js';
import { html, withCode, type Markup } from './markup.js';
import { notesList, opdServices, opdsTable } from './opd-sections.js';
import { renderPage } from './page.js';
import { block, viewTable } from './parts.js';
import { scoreCharts } from './score-charts.js';
import type { Report } from '../../core/report.js';
import type { RenderContext } from '../context.js';

/** How many actions the score page lists; the gap page lists them all. */
export const HTML_TEASER_TOP = 10;

function topActions(report: Report, ctx: RenderContext): Markup {
  const t = translator(reportMessages, ctx.lang);
  const gap = selectGap(report, { top: HTML_TEASER_TOP });
  if (gap.total === 0) return block(t('heading.top-actions'), html`<p>${t('empty.actions')}</p>`);
  const more = gap.total - gap.actions.length;
  const moreHint = more > 0 ? html`<p class="hint">${withCode(t('html.more-actions', { n: more }))}</p>` : '';
  return block(
    t('heading.top-actions-teaser', { n: gap.actions.length, total: gap.total }),
    html`${actionsTable(report, gap.actions, ctx, false)}${moreHint}`,
    t('html.actions-lead'),
  );
}

function cityBlock(report: Report, ctx: RenderContext): Markup | null {
  const t = translator(reportMessages, ctx.lang);
  const sections = citySectionsTable(report, ctx);
  const notes = notesList(report.answers, ctx);
  if (sections === null && notes === null) return null;
  return block(t('heading.city-sections'), html`${sections ? viewTable(sections) : ''}${notes ?? ''}`);
}

/** The questions declared not applicable, with the planners' reasons; null when there are none. */
function notApplicableBlock(report: Report, ctx: RenderContext): Markup | null {
  const t = translator(reportMessages, ctx.lang);
  const table = notApplicableTable(notApplicableEntries(report, ctx.rubric), ctx);
  return table === null ? null : block(t('heading.not-applicable'), viewTable(table), t('html.not-applicable-lead'));
}

/** One city's score report as a self-contained HTML document. */
export function renderScoreHtml(report: Report, ctx: RenderContext): string {
  const t = translator(reportMessages, ctx.lang);
  const { city } = report;
  const noOpds = html`<p>${t('empty.opds')}</p>`;
  const services = report.opds.length === 0 ? noOpds : report.opds.map((o) => opdServices(o, ctx));
  const body = html`${scoreHeadline(report, gapFigures(report), ctx)}
${block(t('html.heading.charts'), report.opds.length === 0 ? noOpds : scoreCharts(report, ctx))}
${topActions(report, ctx)}
${block(t('heading.opds'), report.opds.length === 0 ? noOpds : opdsTable(report, ctx))}
${cityBlock(report, ctx)}
${block(t('html.heading.services-by-opd'), services)}
${notApplicableBlock(report, ctx)}
${howToRead(ctx)}`;
  return renderPage({
    lang: ctx.lang,
    title: t('html.title.score', { city: city.name, period: city.period }),
    generator: report.generator,
    kicker: t('html.kicker.score'),
    heading: city.name,
    meta: metaOf(report, ctx),
    ...(report.city.notes ? { note: report.city.notes } : {}),
    body,
    footer: footerOf(report.generator, report.rubric, ctx.lang),
  });
}
