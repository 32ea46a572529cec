import type { Report } from '../core/report.js';
import type { RenderContext } from '../render/context.js';
import { GENERATOR } from './version.js';

/** The JSON of several cities: the ranking a reader needs first, then every full report. */
export function batchJson(reports: readonly Report[]) {
  return {
    batch_version: 1 as const,
    generator: GENERATOR,
    ranking: reports.map((r, i) => ({
      rank: i + 1,
      city: r.city,
      score: r.summary.score,
      rating: r.summary.rating,
      completeness: r.summary.completeness,
      share_services_no_visit: r.summary.share_services_no_visit,
      annual_visits: r.summary.annual_visits,
    })),
    reports,
  };
}

/**
 * Renders one city's scorecard, or a ranking of several (already ranked), in a format. Each
 * renderer module is imported only when its format is asked for.
 */
export async function renderScore(format: string, data: Report | readonly Report[], ctx: RenderContext): Promise<string | Uint8Array> {
  const reports = Array.isArray(data) ? (data as readonly Report[]) : null;
  const one = data as Report;
  switch (format) {
    case 'json': {
      const { renderJson } = await import('../render/json.js');
      return renderJson(reports ? batchJson(reports) : one);
    }
    case 'md': {
      const md = await import('../render/score-md.js');
      return reports ? md.renderRankingMd(reports, ctx) : md.renderScoreMd(one, ctx);
    }
    case 'csv': {
      const csv = await import('../render/score-csv.js');
      return reports ? csv.renderRankingCsv(reports, ctx) : csv.renderScoreCsv(one, ctx);
    }
    default: {
      const table = await import('../render/score-table.js');
      return reports ? table.renderRankingTable(reports, ctx) : table.renderScoreTable(one, ctx);
    }
  }
}
