/**
 * `opdm score` as GitHub-flavoured Markdown for a PR comment: a heading, a short summary
 * table, the OPD table, each OPD's services folded in `<details>`, the questions declared not
 * applicable (with the planner's reasons), and the top actions.
 */
import { translator } from '../i18n/index.js';
import { reportMessages } from '../i18n/report-messages.js';
import { actionsTable } from './gap-tables.js';
import { selectGap } from './gap-view.js';
import { escapeHtml, escapeMd, renderMdFacts, renderMdTable } from './markdown.js';
import { notApplicableEntries, notApplicableTable } from './not-applicable-view.js';
import { rankingTable, rankReports } from './ranking-view.js';
import { citySectionsTable, opdsTable, scoreCell, scoreFacts, servicesTable, TEASER_TOP } from './score-view.js';
import type { RankingEntry, Report, ReportOpd } from '../core/report.js';
import type { RenderContext } from './context.js';

/** An OPD's services, folded: GitHub keeps a long comment short and each OPD one click away. */
function opdDetails(opd: ReportOpd, ctx: RenderContext): string {
  const t = translator(reportMessages, ctx.lang);
  // <summary> is raw HTML: backslash escapes would show, so it takes HTML escapes instead.
  const summary =
    `<b>${escapeHtml(opd.name)}</b> (${escapeHtml(opd.id)}): ` +
    `${escapeHtml(scoreCell(opd.score, opd.rating, ctx).text)}`;
  const body = opd.services.length === 0 ? t('empty.services') : renderMdTable(servicesTable(opd, ctx));
  return `<details>\n<summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

/** One city's scores as Markdown. Names and answers from users' files are escaped. */
export function renderScoreMd(report: Report, ctx: RenderContext): string {
  const t = translator(reportMessages, ctx.lang);
  const blocks = [
    `## ${t('heading.score', { city: escapeMd(report.city.name), period: escapeMd(report.city.period) })}`,
    ...(report.city.notes ? [`> ${escapeMd(report.city.notes)}`] : []),
    renderMdFacts(scoreFacts(report, ctx), [t('col.figure'), t('col.value')]),
  ];
  const sections = citySectionsTable(report, ctx);
  if (sections !== null) blocks.push(`### ${t('heading.city-sections')}`, renderMdTable(sections));
  blocks.push(
    `### ${t('heading.opds')}`,
    report.opds.length === 0 ? t('empty.opds') : renderMdTable(opdsTable(report, ctx)),
  );
  blocks.push(...report.opds.map((opd) => opdDetails(opd, ctx)));
  const notApplicable = notApplicableTable(notApplicableEntries(report, ctx.rubric), ctx);
  if (notApplicable !== null) blocks.push(`### ${t('heading.not-applicable')}`, renderMdTable(notApplicable));
  const gap = selectGap(report, { top: TEASER_TOP });
  if (gap.total === 0) {
    blocks.push(`### ${t('heading.top-actions')}`, t('empty.actions'));
  } else {
    blocks.push(`### ${t('heading.top-actions-teaser', { n: gap.actions.length, total: gap.total })}`);
    blocks.push(renderMdTable(actionsTable(report, gap.actions, ctx, false)));
  }
  blocks.push(t('hint.gap'));
  return blocks.join('\n\n') + '\n';
}

/** Several cities ranked by score (highest first, unknown last, then city id) as a Markdown table. */
export function renderRankingMd(reports: readonly RankingEntry[], ctx: RenderContext): string {
  const t = translator(reportMessages, ctx.lang);
  const body = reports.length === 0 ? t('empty.ranking') : renderMdTable(rankingTable(rankReports(reports), ctx));
  return `## ${t('heading.ranking')}\n\n${body}\n`;
}
