/**
 * The city, OPD and service rows of `opdm compare` as format-neutral tables (view.ts), shared by
 * the terminal and Markdown renderers so both show the same figures.
 */
import { translator } from '../i18n/index.js';
import { compareMessages, type CompareMessageKey } from '../i18n/compare-messages.js';
import { formatYesNo, levelLabel, NONE } from './format.js';
import { ratingOf } from './rubric-text.js';
import {
  bothNames,
  formatDifference,
  formatFigure,
  namesIn,
  sidesOf,
  statusBand,
  statusText,
  type Figure,
  type Sides,
} from './compare-view.js';
import { cell, type Cell, type TableView } from './view.js';
import type { CityRows, Comparison, Pair } from '../core/compare.js';
import type { RenderContext } from './context.js';

type Ctx = Pick<RenderContext, 'lang' | 'rubric'>;

/** A city figure: its label, both values, the difference and the status. */
export interface CityMeasure {
  key: string;
  label: string;
  a: string;
  b: string;
  difference: string;
  status: Pair<number | string | boolean>['status'];
  /** What kind of figure it is: a `ratio` is a 0-1 share. */
  figure: Figure;
}

const MEASURES: readonly [Exclude<keyof CityRows, 'levels'>, Figure, CompareMessageKey][] = [
  ['score', 'score', 'measure.score'],
  ['rating', 'score', 'measure.rating'],
  ['completeness', 'ratio', 'measure.completeness'],
  ['services_no_visit', 'count', 'measure.services-no-visit'],
  ['share_services_no_visit', 'ratio', 'measure.share-services-no-visit'],
  ['share_volume_no_visit', 'ratio', 'measure.share-volume-no-visit'],
  ['annual_visits', 'count', 'measure.annual-visits'],
  ['visits_per_transaction', 'rate', 'measure.city-visits-per-transaction'],
  ['services_at_target', 'count', 'measure.services-at-target'],
];

/** The city figures in a fixed order, then the count of services at each level of the scale. */
export function cityMeasures(c: Comparison, ctx: Ctx): CityMeasure[] {
  const t = translator(compareMessages, ctx.lang);
  const target = levelLabel(ctx.rubric, ctx.rubric.target_level, ctx.lang);
  const measures: CityMeasure[] = MEASURES.map(([key, figure, label]) => {
    if (key === 'rating') {
      const pair = c.city.rating;
      const rating = (value: string | null, score: number | null) =>
        ratingOf(ctx.rubric, value, score, ctx.lang).label ?? NONE;
      return {
        key,
        label: t('measure.rating'),
        a: rating(pair.a, c.city.score.a),
        b: rating(pair.b, c.city.score.b),
        difference: NONE,
        status: pair.status,
        figure,
      };
    }
    const pair = c.city[key] as Pair<number>;
    return {
      key,
      label: t(label, { level: target }),
      a: formatFigure(figure, pair.a, ctx.lang),
      b: formatFigure(figure, pair.b, ctx.lang),
      difference: formatDifference(figure, pair.difference, ctx.lang),
      status: pair.status,
      figure,
    };
  });
  for (const [level, pair] of Object.entries(c.city.levels)) {
    measures.push({
      key: `level_${level}`,
      label: t('measure.services-at-level', { level: levelLabel(ctx.rubric, Number(level), ctx.lang) }),
      a: formatFigure('count', pair.a, ctx.lang),
      b: formatFigure('count', pair.b, ctx.lang),
      difference: formatDifference('count', pair.difference, ctx.lang),
      status: pair.status,
      figure: 'count',
    });
  }
  return measures;
}

const statusCell = (
  status: CityMeasure['status'],
  sides: Sides,
  ctx: Ctx,
  incompleteIn: readonly ('a' | 'b')[] = [],
): Cell => cell(statusText(status, sides, ctx.lang, incompleteIn), statusBand(status));

/** Measure | A | B | Difference | Status. */
export function cityTable(c: Comparison, ctx: Ctx): TableView {
  const t = translator(compareMessages, ctx.lang);
  const sides = sidesOf(c);
  return {
    columns: [
      { header: t('col.measure'), isFlexible: true },
      { header: t('col.side', { letter: 'A', side: sides.a }), align: 'right' },
      { header: t('col.side', { letter: 'B', side: sides.b }), align: 'right' },
      { header: t('col.difference'), align: 'right' },
      { header: t('col.status'), isFlexible: true },
    ],
    rows: cityMeasures(c, ctx).map((m) => [
      cell(m.label),
      cell(m.a),
      cell(m.b),
      cell(m.difference),
      statusCell(m.status, sides, ctx),
    ]),
  };
}

/** OPD | Score A | Score B | Difference | Complete A | Complete B | Status. */
export function opdTable(c: Comparison, ctx: Ctx): TableView {
  const t = translator(compareMessages, ctx.lang);
  const sides = sidesOf(c);
  const { lang } = ctx;
  return {
    columns: [
      { header: t('col.opd'), isFlexible: true },
      { header: t('col.score-of', { side: 'A' }), align: 'right' },
      { header: t('col.score-of', { side: 'B' }), align: 'right' },
      { header: t('col.difference-short'), align: 'right' },
      { header: t('col.completeness-of', { side: 'A' }), align: 'right' },
      { header: t('col.completeness-of', { side: 'B' }), align: 'right' },
      { header: t('col.status'), isFlexible: true },
    ],
    rows: c.opds.map((o) => [
      cell(bothNames(o.name, o.opd)),
      cell(formatFigure('score', o.score.a, lang)),
      cell(formatFigure('score', o.score.b, lang)),
      cell(formatDifference('score', o.score.difference, lang)),
      cell(formatFigure('ratio', o.completeness.a, lang)),
      cell(formatFigure('ratio', o.completeness.b, lang)),
      statusCell(o.status, sides, ctx),
    ]),
  };
}

/** OPD / Service | Score A | Score B | Difference | Level (A → B) | No visit (A → B) | Status. */
export function serviceTable(c: Comparison, ctx: Ctx): TableView {
  const t = translator(compareMessages, ctx.lang);
  const sides = sidesOf(c);
  const { lang } = ctx;
  const names = namesIn(c, ctx.rubric);
  const arrow = (a: string, b: string) => `${a} → ${b}`;
  const yesNo = (value: boolean | null, isKnown: boolean) => (isKnown ? formatYesNo(value, lang) : NONE);
  return {
    columns: [
      { header: t('col.service'), isFlexible: true },
      { header: t('col.score-of', { side: 'A' }), align: 'right' },
      { header: t('col.score-of', { side: 'B' }), align: 'right' },
      { header: t('col.difference-short'), align: 'right' },
      { header: t('col.level') },
      { header: t('col.no-visit') },
      { header: t('col.status'), isFlexible: true },
    ],
    rows: c.services.map((s) => [
      cell(`${names.opd(s.opd, 'a')} / ${bothNames(s.name, s.service)}`),
      cell(formatFigure('score', s.score.a, lang)),
      cell(formatFigure('score', s.score.b, lang)),
      cell(formatDifference('score', s.score.difference, lang)),
      cell(arrow(s.level.a === null ? NONE : String(s.level.a), s.level.b === null ? NONE : String(s.level.b))),
      cell(arrow(yesNo(s.no_visit.a, s.name.a !== null), yesNo(s.no_visit.b, s.name.b !== null))),
      statusCell(s.status, sides, ctx, s.incomplete_in),
    ]),
  };
}
