/** The formats of `opdm score`: one city's scorecard, or the ranking of several. */
import type { RankingEntry, Report } from '../core/report.js';
import { format, type Format, type Renderer } from './formats.js';

export interface ScoreRenderers {
  report: Renderer<Report>;
  ranking: Renderer<readonly RankingEntry[]>;
  /** The ranking needs every city's full report (the JSON holds them), not only its summary. */
  needsFullReports?: boolean;
}

export const SCORE_FORMATS: readonly Format<ScoreRenderers>[] = [
  format('table', () =>
    import('./score-table.js').then((m) => ({ report: m.renderScoreTable, ranking: m.renderRankingTable })),
  ),
  format('json', () =>
    import('./score-json.js').then((m) => ({
      report: m.renderScoreJson,
      ranking: m.renderBatchJson,
      needsFullReports: true,
    })),
  ),
  format('md', () => import('./score-md.js').then((m) => ({ report: m.renderScoreMd, ranking: m.renderRankingMd }))),
  format('csv', () =>
    import('./score-csv.js').then((m) => ({ report: m.renderScoreCsv, ranking: m.renderRankingCsv })),
  ),
  format('html', async () => ({
    report: (await import('./html/score-html.js')).renderScoreHtml,
    ranking: (await import('./html/ranking-html.js')).renderRankingHtml,
  })),
  format('xlsx', () => import('./xlsx.js').then((m) => ({ report: m.renderScoreXlsx, ranking: m.renderRankingXlsx })), {
    isBinary: true,
  }),
];
