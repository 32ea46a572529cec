/**
 * `opdm score A B C --format html`: several cities ranked by score, as a chart of their scores
 * and the ranking table (the same figures as the terminal and Markdown ranking).
 */
import { translator } from '../../i18n/index.js';
import { reportMessages } from '../../i18n/report-messages.js';
import { formatNumber, formatPercent, formatScore, NONE } from '../format.js';
import { rankReports, shareNoVisit, type RankedReport } from '../ranking-view.js';
import { ratingOf } from '../rubric-text.js';
import { renderBarChart } from './bar-chart.js';
import { scoreColor } from './colors.js';
import { footerOf, howToRead } from './frame.js';
import { html, type Markup } from './markup.js';
import { renderPage } from './page.js';
import { block, figure, ratingBadge, renderTable } from './parts.js';
import { ratingGuides, ratingLegend } from './score-charts.js';
import type { RankingEntry } from '../../core/report.js';
import type { RenderContext } from '../context.js';

/** Rank, city, period, score, rating, completeness, share of services needing no visit, visits a year. */
function rankingTable(ranked: readonly RankedReport[], ctx: RenderContext): Markup {
  const t = translator(reportMessages, ctx.lang);
  const { lang } = ctx;
  return renderTable({
    columns: [
      { header: t('col.rank'), isNumeric: true },
      { header: t('col.city'), isWide: true },
      { header: t('col.period') },
      { header: t('col.score'), isNumeric: true },
      { header: t('col.rating') },
      { header: t('col.completeness'), isNumeric: true },
      { header: t('col.share-services-no-visit'), isNumeric: true },
      { header: t('col.annual-visits'), isNumeric: true },
    ],
    rows: ranked.map(({ rank, report }) => {
      const { summary } = report;
      const { label } = ratingOf(ctx.rubric, summary.rating, summary.score, lang);
      return [
        rank === null ? NONE : String(rank),
        report.city.name,
        report.city.period,
        figure(formatScore(summary.score, lang), summary.score),
        ratingBadge(label ?? NONE, scoreColor(ctx.rubric, summary.rating, summary.score)),
        figure(formatPercent(summary.completeness, lang), summary.completeness),
        figure(formatPercent(shareNoVisit(report), lang), shareNoVisit(report)),
        figure(formatNumber(summary.annual_visits, lang), summary.annual_visits),
      ];
    }),
    rowData: ranked.map(({ report }) => ({ city: report.city.id, period: report.city.period })),
  });
}

/**
 * The ranking of several cities as a self-contained HTML document. A ranking keeps only each
 * city's summary, so the generator (`opd-maturity 0.1.0`) comes from the caller.
 */
export function renderRankingHtml(reports: readonly RankingEntry[], ctx: RenderContext): string {
  const { generator } = ctx;
  const t = translator(reportMessages, ctx.lang);
  const ranked = rankReports(reports);
  const chart = renderBarChart({
    title: t('html.chart.scores'),
    max: 100,
    guides: ratingGuides(ctx),
    items: ranked.map(({ report }) => ({
      label: `${report.city.name} (${report.city.period})`,
      bars: [
        {
          value: report.summary.score,
          text: formatScore(report.summary.score, ctx.lang),
          color: scoreColor(ctx.rubric, report.summary.rating, report.summary.score),
        },
      ],
    })),
  });
  const scores = html`<figure>${chart}${ratingLegend(ctx)}</figure>`;
  const body =
    reports.length === 0
      ? block(t('heading.ranking'), html`<p>${t('empty.ranking')}</p>`)
      : html`${block(t('html.chart.scores'), scores, t('html.chart.opds-lead'))}
${block(t('heading.ranking'), rankingTable(ranked, ctx))}
${howToRead(ctx)}`;
  const first = reports[0];
  return renderPage({
    lang: ctx.lang,
    title: t('html.title.ranking'),
    generator,
    kicker: t('html.kicker.ranking'),
    heading: t('heading.ranking'),
    meta: [
      t('html.meta.cities', { n: reports.length }),
      ...(first ? [t('html.meta.rubric', { id: first.rubric.id, version: first.rubric.version })] : []),
    ],
    body,
    footer: first ? footerOf(generator, first.rubric, ctx.lang) : [],
  });
}
