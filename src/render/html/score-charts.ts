/**
 * The charts of a city: OPD scores (coloured by rating, dashed lines where each rating starts)
 * and the services at each level of the scale, both drawn from the report's numbers.
 */
import { translator } from '../../i18n/index.js';
import { reportMessages } from '../../i18n/report-messages.js';
import { formatNumber, formatPercent, formatScore, levelLabel, rubricText } from '../format.js';
import { renderBarChart } from './bar-chart.js';
import { ratingColor, scoreColor } from './colors.js';
import { renderLevelChart, type LevelRow } from './level-chart.js';
import { html, type Markup } from './markup.js';
import type { Report } from '../../core/report.js';
import type { RenderContext } from '../context.js';

type Ctx = Pick<RenderContext, 'lang' | 'rubric'>;

/** Where each rating but the lowest starts, as guide lines of a 0-100 chart. */
export const ratingGuides = (ctx: Ctx) =>
  ctx.rubric.ratings.filter((r) => r.min > 0).map((r) => ({ at: r.min, label: formatNumber(r.min, ctx.lang) }));

/** The ratings with their colours and where they start. */
export function ratingLegend(ctx: Ctx): Markup {
  const t = translator(reportMessages, ctx.lang);
  const { ratings } = ctx.rubric;
  const items = ratings.map((r, i) => {
    // The last rating starts at 0: it reads "below" the one above it.
    const above = ratings[i - 1];
    const range =
      r.min === 0 && above !== undefined
        ? t('html.legend.rating-below', { max: formatNumber(above.min, ctx.lang) })
        : t('html.legend.rating-range', { min: formatNumber(r.min, ctx.lang) });
    const label = rubricText(ctx.rubric, r.label, ctx.lang) ?? '';
    return html`<li><i style="background:${ratingColor(i, ratings.length)}"></i>${label} (${range})</li>`;
  });
  return html`<ul class="legend" aria-label="${t('html.legend.ratings')}">${items}</ul>`;
}

/** OPD scores as a bar chart, in the report's order. */
export function opdScoreChart(report: Report, ctx: Ctx): Markup {
  const t = translator(reportMessages, ctx.lang);
  return renderBarChart({
    title: t('heading.opds'),
    max: 100,
    guides: ratingGuides(ctx),
    items: report.opds.map((o) => ({
      label: o.name,
      bars: [
        { value: o.score, text: formatScore(o.score, ctx.lang), color: scoreColor(ctx.rubric, o.rating, o.score) },
      ],
    })),
  });
}

/** Rows of the level chart for any number of sides: counts per level, with their share of the side's services. */
export function levelRows(
  sides: readonly { levels: Record<string, number>; services: number; color?: string; hint?: string }[],
  ctx: Ctx,
): LevelRow[] {
  return ctx.rubric.scale.map(({ level }) => ({
    level,
    label: levelLabel(ctx.rubric, level, ctx.lang),
    counts: sides.map((side) => {
      const value = side.levels[String(level)] ?? 0;
      const share = side.services > 0 ? value / side.services : null;
      const text = `${formatNumber(value, ctx.lang)} (${formatPercent(share, ctx.lang)})`;
      return { value, text, ...(side.color ? { color: side.color } : {}), ...(side.hint ? { hint: side.hint } : {}) };
    }),
  }));
}

/** The services of a city at each level of the scale. */
export function levelChart(report: Report, ctx: Ctx): Markup {
  const t = translator(reportMessages, ctx.lang);
  return renderLevelChart({
    title: t('html.chart.levels'),
    targetLevel: report.gap.target_level,
    targetText: t('html.chart.target'),
    rows: levelRows([{ levels: report.summary.levels, services: report.summary.services }], ctx),
  });
}

/** Both charts side by side (stacked on a phone), with their captions. */
export function scoreCharts(report: Report, ctx: Ctx): Markup {
  const t = translator(reportMessages, ctx.lang);
  const target = levelLabel(ctx.rubric, report.gap.target_level, ctx.lang);
  return html`<div class="charts">
<figure>${opdScoreChart(report, ctx)}<figcaption>${t('html.chart.opds-lead')}</figcaption>${ratingLegend(ctx)}</figure>
<figure>${levelChart(report, ctx)}<figcaption>${t('html.chart.levels-lead', { level: target })}</figcaption></figure>
</div>`;
}
