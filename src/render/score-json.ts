/** `opdm score --format json`: one city's report, or a batch (the ranking, then every report). */
import type { RankingEntry, Report } from '../core/report.js';
import type { RenderContext } from './context.js';
import { renderJson } from './json.js';
import { rankReports } from './ranking-view.js';

export const renderScoreJson = (report: Report): string => renderJson(report);

/** Several cities: the ranking a reader needs first, then every full report. */
export function renderBatchJson(entries: readonly RankingEntry[], ctx: Pick<RenderContext, 'generator'>): string {
  const ranked = rankReports(entries as readonly Report[]);
  return renderJson({
    batch_version: 1,
    generator: ctx.generator,
    ranking: ranked.map(({ rank, report: r }) => ({
      rank,
      city: r.city,
      score: r.summary.score,
      rating: r.summary.rating,
      completeness: r.summary.completeness,
      share_services_no_visit: r.summary.share_services_no_visit,
      annual_visits: r.summary.annual_visits,
    })),
    reports: ranked.map(({ report }) => report),
  });
}
