/**
 * The gap's tables in HTML: the ranked actions (what to change where, and the office visits a
 * year it removes), the inherent visits with their basis, and the services below the target
 * level with the questions that hold each one down. The score and gap reports share them.
 */
import { translator } from '../../i18n/index.js';
import { reportMessages } from '../../i18n/report-messages.js';
import { formatNumber, levelLabel, NONE, questionTitle } from '../format.js';
import { actionTexts, inherentTexts, namesOf, tripText, type GapSelection } from '../gap-view.js';
import { html, type Markup } from './markup.js';
import { badge, figure, renderTable } from './parts.js';
import type { Report } from '../../core/report.js';
import type { RenderContext } from '../context.js';

type Ctx = Pick<RenderContext, 'lang' | 'rubric'>;

/** The service's name with its OPD's under it. */
function where(report: Report, opd: string, service: string): Markup {
  const names = namesOf(report);
  return html`${names.service(opd, service)}<div class="note">${names.opd(opd)}</div>`;
}

/** Ranked actions, one per avoidable trip with every step that must change; `hasAdvice` false leaves the advice out. */
export function actionsTable(report: Report, actions: GapSelection['actions'], ctx: Ctx, hasAdvice = true): Markup {
  const t = translator(reportMessages, ctx.lang);
  return renderTable({
    columns: [
      { header: t('col.no'), isNumeric: true },
      { header: t('col.service'), isWide: true },
      { header: t('col.trip') },
      { header: t('col.change'), isWide: true },
      ...(hasAdvice ? [{ header: t('col.advice'), isWide: true }] : []),
      { header: t('col.visits-avoided'), isNumeric: true },
    ],
    rows: actions.map(({ rank, action }) => {
      const text = actionTexts(action, ctx);
      const steps = text.steps.map(
        (step) => html`<li>${step.question}: ${step.current} <b>&rarr;</b> ${step.suggested}</li>`,
      );
      return [
        String(rank),
        where(report, action.opd, action.service),
        tripText(action.trip, ctx),
        html`<ul class="steps">${steps}</ul>`,
        ...(hasAdvice ? [text.advice ?? NONE] : []),
        figure(formatNumber(action.visits_avoided, ctx.lang), action.visits_avoided),
      ];
    }),
    rowData: actions.map(({ action }) => ({ opd: action.opd, service: action.service, trip: action.trip ?? '' })),
  });
}

/** Trips that no application removes, with the kind and the regulation or reason behind each. */
export function inherentTable(report: Report, inherent: GapSelection['inherent'], ctx: Ctx): Markup {
  const t = translator(reportMessages, ctx.lang);
  return renderTable({
    columns: [
      { header: t('col.service'), isWide: true },
      { header: t('col.trip') },
      { header: t('col.visit-kind') },
      { header: t('col.steps'), isWide: true },
      { header: t('col.basis'), isWide: true },
      { header: t('col.annual-visits'), isNumeric: true },
    ],
    rows: inherent.map((visit) => {
      const text = inherentTexts(visit, ctx);
      const steps = text.steps.map((step) => html`<li>${step.question}: ${step.current} (${step.kind})</li>`);
      return [
        where(report, visit.opd, visit.service),
        tripText(visit.trip, ctx),
        badge(text.kind),
        html`<ul class="steps">${steps}</ul>`,
        text.basis,
        figure(formatNumber(visit.annual_visits, ctx.lang), visit.annual_visits),
      ];
    }),
  });
}

/** Services below the target level, with the questions whose answers hold each one down. */
export function belowTargetTable(report: Report, below: GapSelection['belowTarget'], ctx: Ctx): Markup {
  const t = translator(reportMessages, ctx.lang);
  return renderTable({
    columns: [
      { header: t('col.service'), isWide: true },
      { header: t('col.level') },
      { header: t('col.questions-holding'), isWide: true },
    ],
    rows: below.map((b) => [
      where(report, b.opd, b.service),
      badge(levelLabel(ctx.rubric, b.level, ctx.lang)),
      html`<ul class="steps">${b.questions.map((q) => html`<li>${questionTitle(ctx.rubric, q, ctx.lang)}</li>`)}</ul>`,
    ]),
  });
}
