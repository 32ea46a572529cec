/** Several cities' reports side by side, ranked by score (`opdm score` over many answer files). */
import { compareCodePoints, roundRatio, share } from '../core/numbers.js';
import { translator } from '../i18n/index.js';
import { reportMessages } from '../i18n/report-messages.js';
import { formatNumber, formatPercent, formatScore, NONE } from './format.js';
import { ratingOf } from './rubric-text.js';
import { cell, type TableView } from './view.js';
import type { RankingEntry } from '../core/report.js';
import type { RenderContext } from './context.js';

export interface RankedReport {
  /** 1-based; equal scores share a rank (1, 1, 3); null for an unknown score, which has no place. */
  rank: number | null;
  report: RankingEntry;
}

/** Highest score first, unknown scores last, then by city id and period (code point order). */
export function rankReports(reports: readonly RankingEntry[]): RankedReport[] {
  const sorted = [...reports].sort((a, b) => {
    const x = a.summary.score;
    const y = b.summary.score;
    if (x !== y) {
      if (x === null) return 1;
      if (y === null) return -1;
      return y - x;
    }
    return compareCodePoints(a.city.id, b.city.id) || compareCodePoints(a.city.period, b.city.period);
  });
  let rank = 0;
  return sorted.map((report, i) => {
    const score = report.summary.score;
    // Competition ranking: a score equal to the one above keeps its rank (1, 1, 3).
    if (i === 0 || score !== sorted[i - 1]?.summary.score) rank = i + 1;
    return { rank: score === null ? null : rank, report };
  });
}

/** The share of a report's services that need no visit (0-1, rounded like the report's shares). */
export const shareNoVisit = (report: RankingEntry): number | null =>
  roundRatio(share(report.summary.services_no_visit, report.summary.services));

/** Rank, city, period, score, rating, completeness, share of services needing no visit, visits a year. */
export function rankingTable(ranked: readonly RankedReport[], ctx: Pick<RenderContext, 'lang' | 'rubric'>): TableView {
  const t = translator(reportMessages, ctx.lang);
  return {
    columns: [
      { header: t('col.rank'), align: 'right' },
      { header: t('col.city'), isFlexible: true },
      { header: t('col.period') },
      { header: t('col.score'), align: 'right' },
      { header: t('col.rating') },
      { header: t('col.completeness'), align: 'right' },
      { header: t('col.share-services-no-visit'), align: 'right' },
      { header: t('col.annual-visits'), align: 'right' },
    ],
    titleColumns: [0, 1],
    rows: ranked.map(({ rank, report }) => {
      const { summary } = report;
      const { label, band } = ratingOf(ctx.rubric, summary.rating, summary.score, ctx.lang);
      return [
        cell(rank === null ? NONE : String(rank)),
        cell(report.city.name),
        cell(report.city.period),
        cell(formatScore(summary.score, ctx.lang), band),
        cell(label ?? NONE, band),
        cell(formatPercent(summary.completeness, ctx.lang)),
        cell(formatPercent(shareNoVisit(report), ctx.lang)),
        cell(formatNumber(summary.annual_visits, ctx.lang)),
      ];
    }),
  };
}
