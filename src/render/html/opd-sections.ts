/**
 * The OPDs of a score report in HTML: one table of OPD scores, then each OPD's services with
 * level, score and office visits, and the assessors' notes (text answers) where there are any.
 */
import { indexRubric } from '../../core/rubric-index.js';
import { translator } from '../../i18n/index.js';
import { reportMessages } from '../../i18n/report-messages.js';
import { formatNumber, formatPercent, formatScore, levelLabel, NONE, questionTitle } from '../format.js';
import { ratingOf } from '../rubric-text.js';
import { html, type Markup } from './markup.js';
import { scoreColor } from './colors.js';
import { badge, figure, ratingBadge, renderTable, yesNo } from './parts.js';
import type { Report, ReportOpd, ReportService } from '../../core/report.js';
import type { AnswerValue } from '../../core/types.js';
import type { RenderContext } from '../context.js';

type Ctx = Pick<RenderContext, 'lang' | 'rubric'>;

/** The text answers of an entity (assessors' notes), titled by their question. */
export function notesList(answers: Readonly<Record<string, AnswerValue>>, ctx: Ctx): Markup | null {
  const questions = indexRubric(ctx.rubric).questions;
  const notes = Object.entries(answers).filter(
    ([id, value]) => questions.get(id)?.question.type === 'text' && typeof value === 'string' && value.trim() !== '',
  );
  if (notes.length === 0) return null;
  const items = notes.map(
    ([id, value]) => html`<li><b>${questionTitle(ctx.rubric, id, ctx.lang)}:</b> ${String(value)}</li>`,
  );
  return html`<ul class="notes">${items}</ul>`;
}

/** An OPD's office visits a year: the known ones summed; unknown when no service has a volume. */
function opdVisits(opd: ReportOpd): number | null {
  const known = opd.services.flatMap((s) => (s.annual_visits === null ? [] : [s.annual_visits]));
  if (known.length === 0 && opd.services.length > 0) return null;
  return known.reduce((sum, v) => sum + v, 0);
}

/** A score with its rating, as a pill in the rating's colour. */
function scoreBadge(score: number | null, rating: string | null, ctx: Ctx): Markup {
  const { label } = ratingOf(ctx.rubric, rating, score, ctx.lang);
  return ratingBadge(
    score === null ? NONE : `${formatScore(score, ctx.lang)} · ${label ?? NONE}`,
    scoreColor(ctx.rubric, rating, score),
  );
}

/** One row per OPD: score and rating, completeness, services, services needing no visit, visits. */
export function opdsTable(report: Report, ctx: Ctx): Markup {
  const t = translator(reportMessages, ctx.lang);
  const n = (value: number | null) => figure(formatNumber(value, ctx.lang), value);
  return renderTable({
    columns: [
      { header: t('col.opd'), isWide: true },
      { header: t('col.score'), isNumeric: true },
      { header: t('col.rating') },
      { header: t('col.completeness'), isNumeric: true },
      { header: t('col.services'), isNumeric: true },
      { header: t('col.services-no-visit'), isNumeric: true },
      { header: t('col.annual-visits'), isNumeric: true },
    ],
    rows: report.opds.map((o) => {
      const { label } = ratingOf(ctx.rubric, o.rating, o.score, ctx.lang);
      return [
        o.name,
        figure(formatScore(o.score, ctx.lang), o.score),
        ratingBadge(label ?? NONE, scoreColor(ctx.rubric, o.rating, o.score)),
        figure(formatPercent(o.completeness, ctx.lang), o.completeness),
        n(o.services.length),
        n(o.services.filter((s) => s.no_visit === true).length),
        n(opdVisits(o)),
      ];
    }),
    rowData: report.opds.map((o) => ({ opd: o.id })),
  });
}

/** One OPD: its heading line, its notes, and a row per service. */
export function opdServices(opd: ReportOpd, ctx: Ctx): Markup {
  const t = translator(reportMessages, ctx.lang);
  const n = (value: number | null) => figure(formatNumber(value, ctx.lang), value);
  const line = t('html.opd-line', {
    services: formatNumber(opd.services.length, ctx.lang),
    no_visit: formatNumber(opd.services.filter((s) => s.no_visit === true).length, ctx.lang),
    visits: formatNumber(opdVisits(opd), ctx.lang),
  });
  const serviceCell = (s: ReportService) => {
    const share = formatPercent(s.completeness, ctx.lang);
    const incomplete = s.completeness < 1 ? html`<div class="note">${t('html.incomplete', { share })}</div>` : '';
    return html`${s.name}${incomplete}${notesList(s.answers, ctx)}`;
  };
  const table =
    opd.services.length === 0
      ? html`<p class="muted">${t('empty.services')}</p>`
      : renderTable({
          columns: [
            { header: t('col.service'), isWide: true, width: '31%' },
            { header: t('col.level'), width: '15%' },
            { header: t('col.score'), isNumeric: true, width: '8%' },
            { header: t('col.visits-per-transaction'), isNumeric: true, width: '11%' },
            { header: t('col.annual-volume'), isNumeric: true, width: '12%' },
            { header: t('col.annual-visits'), isNumeric: true, width: '12%' },
            { header: t('col.no-visit'), width: '11%' },
          ],
          rows: opd.services.map((s) => [
            serviceCell(s),
            badge(
              levelLabel(ctx.rubric, s.level, ctx.lang),
              s.level === null ? null : s.level >= ctx.rubric.target_level ? 'high' : null,
            ),
            figure(formatScore(s.score, ctx.lang), s.score),
            n(s.visits_per_transaction),
            n(s.annual_volume),
            n(s.annual_visits),
            yesNo(s.no_visit, ctx.lang),
          ]),
          rowData: opd.services.map((s) => ({ opd: opd.id, service: s.id })),
        });
  return html`<div class="opd" id="opd-${opd.id}">
<div class="opd-head"><h3>${opd.name}</h3>${scoreBadge(opd.score, opd.rating, ctx)}</div>
<p class="note">${line}</p>${notesList(opd.answers, ctx)}
${table}
</div>\n`;
}
