/**
 * `opdm gap --format html`: the distance to "no office visit needed" as a page for the Bappeda
 * and the heads of OPD: the headline, office visits by OPD (removable and inherent), every ranked
 * action (or the first `--top`), the inherent visits with their basis, and the services below
 * the target level. `--opd` narrows it all to one OPD.
 */
import { translator } from '../../i18n/index.js';
import { reportMessages } from '../../i18n/report-messages.js';
import { formatNumber, formatPercent, levelLabel } from '../format.js';
import { catalogMissingTable, underusedTable } from '../gap-tables.js';
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
import { block, viewTable } from './parts.js';
import type { Report, ReportService } from '../../core/report.js';
import type { RenderContext } from '../context.js';

type Ctx = Pick<RenderContext, 'lang' | 'rubric'>;

/**
 * Visits a year per OPD by kind: office visits (avoidable, national rule, physical) stacked in one
 * bar, officers' field visits in a second; OPDs without visits left out.
 */
function visitsChart(report: Report, ctx: Ctx, opd?: string): Markup | null {
  const t = translator(reportMessages, ctx.lang);
  const n = (value: number) => formatNumber(value, ctx.lang);
  const total = (services: readonly ReportService[], pick: (s: ReportService) => number | null) =>
    services.reduce((sum, s) => sum + (pick(s) ?? 0), 0);
  const rows = report.opds
    .filter((o) => opd === undefined || o.id === opd)
    .map((o) => {
      const visits = total(o.services, (s) => s.annual_visits);
      const rule = total(o.services, (s) => s.annual_visits_rule);
      const physical = total(o.services, (s) => s.annual_visits_inherent) - rule;
      const field = total(o.services, (s) => s.annual_field_visits);
      return { name: o.name, visits, avoidable: visits - rule - physical, rule, physical, field };
    })
    .filter((r) => r.visits > 0 || r.field > 0)
    .sort((a, b) => b.visits - a.visits || b.field - a.field);
  if (rows.length === 0) return null;
  const series = ['avoidable', 'rule', 'physical', 'field'] as const;
  const chart = renderBarChart({
    title: t('html.heading.visits-by-opd'),
    max: Math.max(...rows.map((r) => Math.max(r.visits, r.field))),
    items: rows.map((r) => ({
      label: r.name,
      bars: [
        {
          value: r.visits,
          text: n(r.visits),
          color: VISIT_COLORS.avoidable,
          hint: series
            .slice(0, 3)
            .map((k) => `${t(`html.series.${k}`)} ${n(r[k])}`)
            .join(', '),
          stack: series.slice(0, 3).map((k) => ({ value: r[k], color: VISIT_COLORS[k] })),
        },
        ...(r.field > 0
          ? [
              {
                value: r.field,
                text: n(r.field),
                color: VISIT_COLORS.field,
                hint: `${t('html.series.field')} ${n(r.field)}`,
              },
            ]
          : []),
      ],
    })),
  });
  const items = series.map((k) => html`<li><i style="background:${VISIT_COLORS[k]}"></i>${t(`html.series.${k}`)}</li>`);
  const legend = html`<ul class="legend">${items}</ul>`;
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
  const lead = t('html.chart.levels-lead', { level: levelLabel(ctx.rubric, report.gap.target_level, ctx.lang) });
  return html`<figure>${chart}<figcaption>${lead}</figcaption></figure>`;
}

/** The gap report as a self-contained HTML document. */
export function renderGapHtml(report: Report, ctx: RenderContext, options: GapOptions = {}): string {
  const t = translator(reportMessages, ctx.lang);
  const gap = selectGap(report, options);
  const { city } = report;
  const more = gap.total - gap.actions.length;
  const moreHint =
    more > 0 ? html`<p class="hint">${withCode(t('html.more-gap', { n: more, total: gap.total }))}</p>` : '';
  const actions =
    gap.actions.length === 0
      ? html`<p>${t('empty.actions')}</p>`
      : html`${actionsTable(report, gap.actions, ctx)}${moreHint}`;
  const inherent =
    gap.inherent.length === 0 ? html`<p>${t('empty.inherent')}</p>` : inherentTable(report, gap.inherent, ctx);
  const below =
    gap.belowTarget.length === 0
      ? html`<p>${t('empty.below-target')}</p>`
      : belowTargetTable(report, gap.belowTarget, ctx);
  const uptake = ctx.rubric.uptake;
  const underused =
    uptake === undefined
      ? ''
      : block(
          t('heading.underused'),
          html`<p class="callout">${t('note.underused', { target: formatPercent(uptake.target / 100, ctx.lang) })}</p>${
            gap.underused.length === 0
              ? html`<p>${t('empty.underused')}</p>`
              : viewTable(underusedTable(report, gap.underused, ctx))
          }`,
          t('html.underused-lead'),
        );
  const missing =
    report.summary.catalog === null
      ? ''
      : block(
          t('heading.catalog-missing'),
          html`<p class="callout">${t('note.catalog-missing')}</p>${
            gap.catalogMissing.length === 0
              ? html`<p>${t('empty.catalog-missing')}</p>`
              : viewTable(catalogMissingTable(gap.catalogMissing, ctx))
          }`,
        );
  const isCity = options.opd === undefined;
  const cards = distanceCards(report, gap.figures, visitNeeds(report, options.opd), ctx, isCity);
  const charts = [visitsChart(report, ctx, options.opd), gapLevelChart(report, ctx, options.opd)];
  const body = html`<div class="cards">\n${cards}</div>
${block(t('html.heading.gap-charts'), html`<div class="charts">${charts}</div>`)}
${block(t('heading.top-actions'), actions, t('html.actions-lead'))}
${block(t('heading.inherent'), html`<p class="callout">${t('note.inherent')}</p>${inherent}`)}
${underused}
${block(t('heading.below-target', { level: levelLabel(ctx.rubric, report.gap.target_level, ctx.lang) }), below)}
${missing}
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
