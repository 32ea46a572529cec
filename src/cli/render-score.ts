import type { RankingEntry, Report } from '../core/report.js';
import type { RenderContext } from '../render/context.js';
import { rankReports } from '../render/ranking-view.js';
import { GENERATOR } from './version.js';

/** The JSON of several cities: the ranking a reader needs first, then every full report. */
export function batchJson(reports: readonly Report[]) {
  const ranked = rankReports(reports);
  return {
    batch_version: 1 as const,
    generator: GENERATOR,
    ranking: ranked.map(({ rank, report: r }) => ({
      rank,
      city: r.city,
      score: r.summary.score,
      rating: r.summary.rating,
      completeness: r.summary.completeness,
      share_services_no_visit: r.summary.share_services_no_visit,
      annual_visits: r.summary.annual_visits,
    })),
    reports: ranked.map(({ report }) => report as Report),
  };
}

/** Formats whose output for several cities is the ranking alone (a batch keeps only that). */
export const isRankingOnly = (format: string): boolean => format !== 'json';

/**
 * Renders one city's scorecard, or a ranking of several, in a format. Each renderer module is
 * imported only when its format is asked for.
 */
export async function renderScore(
  format: string,
  data: Report | readonly RankingEntry[],
  ctx: RenderContext,
): Promise<string | Uint8Array> {
  const entries = Array.isArray(data) ? (data as readonly RankingEntry[]) : null;
  const one = data as Report;
  switch (format) {
    case 'json': {
      const { renderJson } = await import('../render/json.js');
      return renderJson(entries ? batchJson(entries as readonly Report[]) : one);
    }
    case 'md': {
      const md = await import('../render/score-md.js');
      return entries ? md.renderRankingMd(entries, ctx) : md.renderScoreMd(one, ctx);
    }
    case 'csv': {
      const csv = await import('../render/score-csv.js');
      return entries ? csv.renderRankingCsv(entries, ctx) : csv.renderScoreCsv(one, ctx);
    }
    case 'html': {
      if (entries) return (await import('../render/html/ranking-html.js')).renderRankingHtml(entries, ctx, GENERATOR);
      return (await import('../render/html/score-html.js')).renderScoreHtml(one, ctx);
    }
    case 'xlsx': {
      const xlsx = await import('../render/xlsx.js');
      return entries ? xlsx.renderRankingXlsx(entries, ctx) : xlsx.renderScoreXlsx(one, ctx);
    }
    default: {
      const table = await import('../render/score-table.js');
      return entries ? table.renderRankingTable(entries, ctx) : table.renderScoreTable(one, ctx);
    }
  }
}
