/** `opdm score` in the terminal: one city's report, or several cities ranked. */
import { translator } from '../i18n/index.js';
import { reportMessages } from '../i18n/report-messages.js';
import { actionsTable } from './gap-tables.js';
import { selectGap } from './gap-view.js';
import { notApplicableEntries, notApplicableHint } from './not-applicable-view.js';
import { rankingTable, rankReports } from './ranking-view.js';
import { citySectionsTable, opdsTable, scoreFacts, servicesTable, TEASER_TOP } from './score-view.js';
import { renderFacts, renderHeading, renderTable, renderText } from './table.js';
import type { RankingEntry, Report } from '../core/report.js';
import type { RenderContext } from './context.js';

/**
 * One city's scores as terminal text: the headline (and how many questions were declared not
 * applicable), city sections, OPDs, each OPD's services, and the top actions with a hint to run
 * `opdm gap`.
 */
export function renderScoreTable(report: Report, ctx: RenderContext): string {
  const t = translator(reportMessages, ctx.lang);
  const { name, period } = report.city;
  const blocks = [renderHeading(t('heading.score', { city: name, period }), ctx)];
  if (report.city.notes) blocks.push(renderText(report.city.notes, ctx));
  blocks.push(renderFacts(scoreFacts(report, ctx), ctx));
  // Only a count: the list with the planners' reasons is too wide for a terminal.
  const notApplicable = notApplicableHint(notApplicableEntries(report, ctx.rubric).length, ctx);
  if (notApplicable !== null) blocks.push(renderText(notApplicable, ctx));
  const sections = citySectionsTable(report, ctx);
  if (sections !== null) blocks.push(renderHeading(t('heading.city-sections'), ctx), renderTable(sections, ctx));
  const opds = report.opds.length === 0 ? renderText(t('empty.opds'), ctx) : renderTable(opdsTable(report, ctx), ctx);
  blocks.push(renderHeading(t('heading.opds'), ctx), opds);
  for (const opd of report.opds) {
    blocks.push(renderHeading(t('heading.services', { opd: `${opd.name} (${opd.id})` }), ctx));
    blocks.push(
      opd.services.length === 0 ? renderText(t('empty.services'), ctx) : renderTable(servicesTable(opd, ctx), ctx),
    );
  }
  const gap = selectGap(report, { top: TEASER_TOP });
  if (gap.total === 0) {
    blocks.push(renderHeading(t('heading.top-actions'), ctx), renderText(t('empty.actions'), ctx));
  } else {
    blocks.push(renderHeading(t('heading.top-actions-teaser', { n: gap.actions.length, total: gap.total }), ctx));
    blocks.push(renderTable(actionsTable(report, gap.actions, ctx, false), ctx));
  }
  blocks.push(renderText(t('hint.gap'), ctx));
  return blocks.join('\n\n') + '\n';
}

/** Several cities ranked by score (highest first, unknown last, then city id) as a terminal table. */
export function renderRankingTable(reports: readonly RankingEntry[], ctx: RenderContext): string {
  const t = translator(reportMessages, ctx.lang);
  const body =
    reports.length === 0
      ? renderText(t('empty.ranking'), ctx)
      : renderTable(rankingTable(rankReports(reports), ctx), ctx);
  return `${renderHeading(t('heading.ranking'), ctx)}\n\n${body}\n`;
}
