/** `opdm score` as CSV: one row per service (for pivot tables), or one row per city when ranking. */
import { translator } from '../i18n/index.js';
import { reportMessages } from '../i18n/report-messages.js';
import { renderCsvRows, type CsvValue } from './csv.js';
import { round } from '../core/numbers.js';
import { rankReports, shareNoVisit } from './ranking-view.js';
import { ratingOf } from './rubric-text.js';
import type { RankingEntry, Report } from '../core/report.js';
import type { RenderContext } from './context.js';

const SERVICE_COLUMNS = [
  'col.city-id',
  'col.city-name',
  'col.period',
  'col.opd-id',
  'col.opd-name',
  'col.service-id',
  'col.service-name',
  'col.annual-volume',
  'col.score',
  'col.rating',
  'col.level',
  'col.visits-per-transaction',
  'col.annual-visits',
  'col.no-visit',
  'csv.completeness-pct',
] as const;

/** A 0-1 ratio as the percentage a spreadsheet reader expects under a "(%)" header. */
const percent = (ratio: number | null): number | null => (ratio === null ? null : round(ratio * 100, 2));

/**
 * One row per service, numbers unformatted (shares as percentages), unknown values empty;
 * BOM, CRLF and ctx.csvDelimiter (with `;`, a decimal comma) for Excel.
 */
export function renderScoreCsv(report: Report, ctx: RenderContext): string {
  const t = translator(reportMessages, ctx.lang);
  const { city } = report;
  const rows: CsvValue[][] = report.opds.flatMap((opd) =>
    opd.services.map((s) => [
      city.id,
      city.name,
      city.period,
      opd.id,
      opd.name,
      s.id,
      s.name,
      s.annual_volume,
      s.score,
      ratingOf(ctx.rubric, s.rating, s.score, ctx.lang).label,
      s.level,
      s.visits_per_transaction,
      s.annual_visits,
      s.no_visit,
      percent(s.completeness),
    ]),
  );
  return renderCsvRows(
    SERVICE_COLUMNS.map((key) => t(key)),
    rows,
    ctx,
  );
}

const RANKING_COLUMNS = [
  'col.rank',
  'col.city-id',
  'col.city-name',
  'col.period',
  'col.rubric',
  'col.score',
  'col.rating',
  'csv.completeness-pct',
  'col.services',
  'col.services-no-visit',
  'col.share-services-no-visit',
  'col.annual-volume',
  'col.annual-volume-no-visit',
  'col.annual-visits',
  'col.inherent-visits',
] as const;

/** One row per city, ranked by score (highest first, unknown last, then city id); shares in %. */
export function renderRankingCsv(reports: readonly RankingEntry[], ctx: RenderContext): string {
  const t = translator(reportMessages, ctx.lang);
  const rows: CsvValue[][] = rankReports(reports).map(({ rank, report }) => {
    const { summary } = report;
    return [
      rank,
      report.city.id,
      report.city.name,
      report.city.period,
      `${report.rubric.id}@${report.rubric.version}`,
      summary.score,
      ratingOf(ctx.rubric, summary.rating, summary.score, ctx.lang).label,
      percent(summary.completeness),
      summary.services,
      summary.services_no_visit,
      percent(shareNoVisit(report)),
      summary.annual_volume,
      summary.annual_volume_no_visit,
      summary.annual_visits,
      summary.annual_visits_inherent,
    ];
  });
  return renderCsvRows(
    RANKING_COLUMNS.map((key) => t(key)),
    rows,
    ctx,
  );
}
