/**
 * The side-by-side parts of the comparison page: each city's headline card, OPD scores with one
 * bar per side, and the services at each level on both sides. A is navy, B orange throughout.
 */
import { translator } from '../../i18n/index.js';
import { compareMessages, type CompareMessageKey } from '../../i18n/compare-messages.js';
import { reportMessages } from '../../i18n/report-messages.js';
import { formatScore, levelLabel, NONE } from '../format.js';
import { ratingOf } from '../rubric-text.js';
import { formatDifference, formatFigure, sidesOf, type Figure } from '../compare-view.js';
import { renderBarChart } from './bar-chart.js';
import { scoreColor, SIDE_COLORS } from './colors.js';
import { renderLevelChart } from './level-chart.js';
import { html, type Markup } from './markup.js';
import { figure, ratingBadge } from './parts.js';
import { levelRows } from './score-charts.js';
import type { CityRows, Comparison, Pair } from '../../core/compare.js';
import type { RenderContext } from '../context.js';

type Ctx = Pick<RenderContext, 'lang' | 'rubric'>;
type Side = 'a' | 'b';

/** The headline figures each side card shows, in this order, with their kind and label. */
const FACTS = [
  ['share_services_no_visit', 'ratio', 'measure.share-services-no-visit'],
  ['share_volume_no_visit', 'ratio', 'measure.share-volume-no-visit'],
  ['annual_visits', 'count', 'measure.annual-visits'],
  ['visits_per_transaction', 'rate', 'measure.city-visits-per-transaction'],
  ['services_at_target', 'count', 'measure.services-at-target'],
  ['completeness', 'ratio', 'measure.completeness'],
] as const satisfies readonly (readonly [keyof CityRows, Figure, CompareMessageKey])[];

/** One side's card: city and period, score and rating, then the figures that tell the sides apart. */
function sideCard(c: Comparison, side: Side, ctx: Ctx): Markup {
  const t = translator(compareMessages, ctx.lang);
  const sides = sidesOf(c);
  const score = c.city.score[side];
  const rating = c.city.rating[side];
  const { label } = ratingOf(ctx.rubric, rating, score, ctx.lang);
  const target = levelLabel(ctx.rubric, ctx.rubric.target_level, ctx.lang);
  const facts = FACTS.map(([key, kind, labelKey]) => {
    const pair: Pair<number> = c.city[key];
    const value = figure(formatFigure(kind, pair[side], ctx.lang), pair[side], `city.${key}.${side}`);
    return html`<dt>${t(labelKey, { level: target })}</dt><dd>${value}</dd>`;
  });
  const change = c.city.score.difference;
  const difference =
    side === 'b' && change !== null
      ? html` <small>(${figure(formatDifference('score', change, ctx.lang), change, 'city.score.difference')})</small>`
      : '';
  const shownScore = figure(formatScore(score, ctx.lang), score, `city.score.${side}`);
  return html`<article class="card side" style="border-top-color:${SIDE_COLORS[side]}">
<h2>${side.toUpperCase()} &middot; ${sides[side]}</h2>
<p class="value">${shownScore} <small>/ 100</small>${difference}</p>
<p class="rating">${ratingBadge(label ?? NONE, scoreColor(ctx.rubric, rating, score))}</p>
<dl class="facts">${facts}</dl>
</article>\n`;
}

/** Both sides' cards, A then B. */
export function sideCards(c: Comparison, ctx: Ctx): Markup {
  return html`<div class="cards sides">\n${sideCard(c, 'a', ctx)}${sideCard(c, 'b', ctx)}</div>\n`;
}

/** A legend naming the two sides by their colours. */
export function sideLegend(c: Comparison): Markup {
  const sides = sidesOf(c);
  const items = (['a', 'b'] as const).map(
    (s) => html`<li><i style="background:${SIDE_COLORS[s]}"></i>${s.toUpperCase()}: ${sides[s]}</li>`,
  );
  return html`<ul class="legend">${items}</ul>`;
}

/** OPD scores with a bar per side, and the services at each level on both sides. */
export function compareCharts(c: Comparison, ctx: Ctx): Markup {
  const t = translator(reportMessages, ctx.lang);
  const sides = sidesOf(c);
  const bar = (side: Side, score: number | null) => ({
    value: score,
    text: formatScore(score, ctx.lang),
    color: SIDE_COLORS[side],
    hint: sides[side],
  });
  const opds = renderBarChart({
    title: t('heading.opds'),
    max: 100,
    items: c.opds.map((o) => ({
      label: o.name.a ?? o.name.b ?? o.opd,
      bars: [bar('a', o.score.a), bar('b', o.score.b)],
    })),
  });
  const levelsOf = (side: Side) =>
    Object.fromEntries(Object.entries(c.city.levels).map(([level, pair]) => [level, pair[side] ?? 0]));
  const levels = renderLevelChart({
    title: t('html.chart.levels'),
    targetLevel: ctx.rubric.target_level,
    targetText: t('html.chart.target'),
    rows: levelRows(
      (['a', 'b'] as const).map((side) => ({
        levels: levelsOf(side),
        services: c[side].services,
        color: SIDE_COLORS[side],
        hint: sides[side],
      })),
      ctx,
    ),
  });
  const lead = t('html.chart.levels-compare-lead', {
    level: levelLabel(ctx.rubric, ctx.rubric.target_level, ctx.lang),
  });
  return html`<div class="charts">
<figure>${opds}${sideLegend(c)}</figure>
<figure>${levels}<figcaption>${lead}</figcaption>${sideLegend(c)}</figure>
</div>`;
}
