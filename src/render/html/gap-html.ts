/**
 * `opdm gap --format html`: the distance to "no office visit needed" as a page for the Bappeda
 * and the heads of OPD: the headline, office visits by OPD (removable and inherent), every ranked
 * action (or the first `--top`), the inherent visits with their basis, and the services below
 * the target level. `--opd` narrows it all to one OPD.
 */
import { translator } from '../../i18n/index.js';
import { reportMessages } from '../../i18n/report-messages.js';
import { formatNumber, levelLabel } from '../format.js';
import { namesOf, selectGap, type GapOptions } from '../gap-view.js';
import { renderBarChart } from './bar-chart.js';
import { VISIT_COLORS } from './colors.js';
import { renderLevelChart } from './level-chart.js';
import { levelRows } from './score-charts.js';
import { footerOf, howToRead, metaOf } from './frame.js';
import { actionsTable, belowTargetTable, inherentTable } from './gap-sections.js';
import { distanceCards, visitNeeds } from './headline.js';
import { html, withCode, type Markup } from './markup.js';
import { renderPage } from './page.js';
import { block } from './parts.js';
import type { Report } from '../../core/report.js';
import type { RenderContext } from '../context.js';

type Ctx = Pick<RenderContext, 'lang' | 'rubric'>;

/** Office visits a year per OPD, removable then inherent in one bar; OPDs without visits left out. */
function visitsChart(report: Report, ctx: Ctx, opd?: string): Markup | null {
  const t = translator(reportMessages, ctx.lang);
  const n = (value: number) => formatNumber(value, ctx.lang);
  const rows = report.opds
    .filter((o) => opd === undefined || o.id === opd)
    .map((o) => {
      const visits = o.services.reduce((sum, s) => sum + (s.annual_visits ?? 0), 0);
      const inherent = o.services.reduce((sum, s) => sum + (s.annual_visits_inherent ?? 0), 0);
      return { name: o.name, visits, inherent };
    })
    .filter((r) => r.visits > 0)
    .sort((a, b) => b.visits - a.visits);
  if (rows.length === 0) return null;
  const chart = renderBarChart({
    title: t('html.heading.visits-by-opd'),
    max: Math.max(...rows.map((r) => r.visits)),
    items: rows.map((r) => ({
      label: r.name,
      bars: [
        {
          value: r.visits,
          text: n(r.visits),
          color: VISIT_COLORS.avoidable,
          hint: `${t('html.series.avoidable')} ${n(r.visits - r.inherent)}, ${t('html.series.inherent')} ${n(r.inherent)}`,
          stack: [
            { value: r.visits - r.inherent, color: VISIT_COLORS.avoidable },
            { value: r.inherent, color: VISIT_COLORS.inherent },
          ],
        },
      ],
    })),
  });
  const legend = html`<ul class="legend"><li><i style="background:${VISIT_COLORS.avoidable}"></i>${t('html.series.avoidable')}</li><li><i style="background:${VISIT_COLORS.inherent}"></i>${t('html.series.inherent')}</li></ul>`;
  return html`<figure>${chart}<figcaption>${t('html.chart.visits-lead')}</figcaption>${legend}</figure>`;
}

/** The services at each level, of the city or of one OPD. */
function gapLevelChart(report: Report, ctx: Ctx, opd?: string): Markup {
  const t = translator(reportMessages, ctx.lang);
  const services = report.opds.filter((o) => opd === undefined || o.id === opd).flatMap((o) => o.services);
  const levels = Object.fromEntries(
    ctx.rubric.scale.map((s) => [String(s.level), services.filter((x) => x.level === s.level).length]),
  );
  const chart = renderLevelChart({
    title: t('html.chart.levels'),
    targetLevel: report.gap.target_level,
    targetText: t('html.chart.target'),
    rows: levelRows([{ levels, services: services.length }], ctx),
  });
  return html`<figure>${chart}<figcaption>${t('html.chart.levels-lead', { level: levelLabel(ctx.rubric, report.gap.target_level, ctx.lang) })}</figcaption></figure>`;
}

/** The gap report as a self-contained HTML document. */
export function renderGapHtml(report: Report, ctx: RenderContext, options: GapOptions = {}): string {
  const t = translator(reportMessages, ctx.lang);
  const gap = selectGap(report, options);
  const { city } = report;
  const more = gap.total - gap.actions.length;
  const actions =
    gap.actions.length === 0
      ? html`<p>${t('empty.actions')}</p>`
      : html`${actionsTable(report, gap.actions, ctx)}${more > 0 ? html`<p class="hint">${withCode(t('html.more-gap', { n: more, total: gap.total }))}</p>` : ''}`;
  const inherent =
    gap.inherent.length === 0 ? html`<p>${t('empty.inherent')}</p>` : inherentTable(report, gap.inherent, ctx);
  const below =
    gap.belowTarget.length === 0
      ? html`<p>${t('empty.below-target')}</p>`
      : belowTargetTable(report, gap.belowTarget, ctx);
  const isCity = options.opd === undefined;
  const body = html`<div class="cards">\n${distanceCards(report, gap.figures, visitNeeds(report, options.opd), ctx, isCity)}</div>
${block(t('html.heading.gap-charts'), html`<div class="charts">${visitsChart(report, ctx, options.opd)}${gapLevelChart(report, ctx, options.opd)}</div>`)}
${block(t('heading.top-actions'), actions, t('html.actions-lead'))}
${block(t('heading.inherent'), html`<p class="callout">${t('note.inherent')}</p>${inherent}`)}
${block(t('heading.below-target', { level: levelLabel(ctx.rubric, report.gap.target_level, ctx.lang) }), below)}
${howToRead(ctx, false)}`;
  const meta = metaOf(report, ctx);
  if (options.opd !== undefined) meta.unshift(t('html.meta.opd', { opd: namesOf(report).opd(options.opd) }));
  return renderPage({
    lang: ctx.lang,
    title: t('html.title.gap', { city: city.name, period: city.period }),
    generator: report.generator,
    kicker: t('html.kicker.gap'),
    heading: city.name,
    meta,
    ...(city.notes ? { note: city.notes } : {}),
    body,
    footer: footerOf(report.generator, report.rubric, ctx.lang, 'opdm gap --format json'),
  });
}
