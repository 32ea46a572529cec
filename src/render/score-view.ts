/** `opdm score` as format-neutral views: the city headline, section, OPD and service tables. */
import { translator } from '../i18n/index.js';
import { reportMessages } from '../i18n/report-messages.js';
import { formatNumber, formatPercent, formatScore, formatYesNo, levelLabel, NONE } from './format.js';
import { catalogFact, figureFacts, gapFigures } from './gap-view.js';
import { ratingOf, sectionTitle } from './rubric-text.js';
import { cell, type Cell, type Fact, type TableView } from './view.js';
import type { Report, ReportOpd } from '../core/report.js';
import type { RenderContext } from './context.js';

type Ctx = Pick<RenderContext, 'lang' | 'rubric'>;

/** How many actions the score report shows as a teaser for `opdm gap`. */
export const TEASER_TOP = 5;

/** `48,44 (Kurang)` coloured by the rating's band; `–` when the score is unknown. */
export function scoreCell(score: number | null, rating: string | null, ctx: Ctx): Cell {
  const { label, band } = ratingOf(ctx.rubric, rating, score, ctx.lang);
  const text = formatScore(score, ctx.lang);
  if (score === null || label === null) return cell(text, band);
  return cell(translator(reportMessages, ctx.lang)('score-rating', { score: text, rating: label }), band);
}

/** The city headline: rubric, score and rating, completeness, and the visit figures. */
export function scoreFacts(report: Report, ctx: Ctx): Fact[] {
  const t = translator(reportMessages, ctx.lang);
  const figures = gapFigures(report);
  const catalog = catalogFact(figures, ctx);
  return [
    { label: t('fact.rubric'), value: cell(`${report.rubric.id}@${report.rubric.version}`) },
    { label: t('fact.score'), value: scoreCell(report.summary.score, report.summary.rating, ctx) },
    { label: t('fact.completeness'), value: cell(formatPercent(report.summary.completeness, ctx.lang)) },
    ...(catalog === null ? [] : [catalog]),
    ...figureFacts(figures, ctx, false),
  ];
}

/** The city-scope section scores; null when the rubric asks nothing at city scope. */
export function citySectionsTable(report: Report, ctx: Ctx): TableView | null {
  if (report.sections.length === 0) return null;
  const t = translator(reportMessages, ctx.lang);
  return {
    columns: [
      { header: t('col.section'), isFlexible: true },
      { header: t('col.score'), align: 'right' },
    ],
    rows: report.sections.map((s) => [
      cell(sectionTitle(ctx.rubric, s.id, ctx.lang)),
      cell(formatScore(s.score, ctx.lang)),
    ]),
  };
}

/** An OPD's office visits a year: the known ones summed; unknown when no service has a volume. */
function opdVisits(opd: ReportOpd): number | null {
  const known = opd.services.flatMap((s) => (s.annual_visits === null ? [] : [s.annual_visits]));
  if (known.length === 0 && opd.services.length > 0) return null;
  return known.reduce((sum, v) => sum + v, 0);
}

/** One row per OPD: score, rating, completeness, services, services needing no visit, visits. */
export function opdsTable(report: Report, ctx: Ctx): TableView {
  const t = translator(reportMessages, ctx.lang);
  const n = (value: number | null) => formatNumber(value, ctx.lang);
  return {
    columns: [
      // The name says which OPD; the id (for --opd) is in each OPD's heading below.
      { header: t('col.opd-id'), isOptional: true },
      { header: t('col.opd'), isFlexible: true },
      { header: t('col.score'), align: 'right' },
      { header: t('col.rating') },
      { header: t('col.completeness'), align: 'right' },
      { header: t('col.services'), align: 'right' },
      { header: t('col.services-no-visit'), align: 'right' },
      { header: t('col.annual-visits'), align: 'right' },
    ],
    rows: report.opds.map((o) => {
      const { label, band } = ratingOf(ctx.rubric, o.rating, o.score, ctx.lang);
      return [
        cell(o.id),
        cell(o.name),
        cell(formatScore(o.score, ctx.lang), band),
        cell(label ?? NONE, band),
        cell(formatPercent(o.completeness, ctx.lang)),
        cell(n(o.services.length)),
        cell(n(o.services.filter((s) => s.no_visit === true).length)),
        cell(n(opdVisits(o))),
      ];
    }),
  };
}

/** One row per service of an OPD: level, score, visits per transaction and a year, no visit, completeness. */
export function servicesTable(opd: ReportOpd, ctx: Ctx): TableView {
  const t = translator(reportMessages, ctx.lang);
  const n = (value: number | null) => formatNumber(value, ctx.lang);
  return {
    columns: [
      { header: t('col.service'), isFlexible: true },
      { header: t('col.level'), isFlexible: true },
      { header: t('col.score'), align: 'right' },
      { header: t('col.visits-per-transaction'), align: 'right' },
      { header: t('col.annual-volume'), align: 'right' },
      { header: t('col.annual-visits'), align: 'right' },
      { header: t('col.no-visit') },
      { header: t('col.completeness'), align: 'right' },
    ],
    rows: opd.services.map((s) => [
      cell(s.name),
      cell(levelLabel(ctx.rubric, s.level, ctx.lang)),
      cell(formatScore(s.score, ctx.lang), ratingOf(ctx.rubric, s.rating, s.score, ctx.lang).band),
      cell(n(s.visits_per_transaction)),
      cell(n(s.annual_volume)),
      cell(n(s.annual_visits)),
      cell(formatYesNo(s.no_visit, ctx.lang)),
      cell(formatPercent(s.completeness, ctx.lang)),
    ]),
  };
}
