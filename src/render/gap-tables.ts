/** The gap report's tables as format-neutral views (terminal and Markdown share them). */
import { translator } from '../i18n/index.js';
import { reportMessages } from '../i18n/report-messages.js';
import { formatNumber, levelLabel, NONE, questionTitle } from './format.js';
import { actionTexts, inherentTexts, namesOf, type GapSelection } from './gap-view.js';
import { cell, type TableView } from './view.js';
import type { Report } from '../core/report.js';
import type { RenderContext } from './context.js';

type Ctx = Pick<RenderContext, 'lang' | 'rubric'>;

/** Ranked actions: what to change where, and how many visits a year it removes. */
export function actionsTable(report: Report, actions: GapSelection['actions'], ctx: Ctx, hasAdvice = true): TableView {
  const t = translator(reportMessages, ctx.lang);
  const names = namesOf(report);
  return {
    columns: [
      { header: t('col.no'), align: 'right' },
      { header: t('col.opd') },
      { header: t('col.service'), isFlexible: true },
      { header: t('col.question'), isFlexible: true },
      { header: t('col.change'), isFlexible: true },
      ...(hasAdvice ? [{ header: t('col.advice'), isFlexible: true }] : []),
      { header: t('col.visits-avoided'), align: 'right' as const },
    ],
    rows: actions.map(({ rank, action }) => {
      const text = actionTexts(action, ctx);
      return [
        cell(String(rank)),
        cell(action.opd),
        cell(names.service(action.opd, action.service)),
        cell(text.question),
        cell(t('change', { from: text.current, to: text.suggested })),
        ...(hasAdvice ? [cell(text.advice ?? NONE)] : []),
        cell(formatNumber(action.visits_avoided, ctx.lang)),
      ];
    }),
  };
}

/** Visits that no application removes, with the regulation or reason behind each. */
export function inherentTable(report: Report, inherent: GapSelection['inherent'], ctx: Ctx): TableView {
  const t = translator(reportMessages, ctx.lang);
  const names = namesOf(report);
  return {
    columns: [
      { header: t('col.opd') },
      { header: t('col.service'), isFlexible: true },
      { header: t('col.question'), isFlexible: true },
      { header: t('col.current'), isFlexible: true },
      { header: t('col.basis'), isFlexible: true },
      { header: t('col.annual-visits'), align: 'right' },
    ],
    rows: inherent.map((visit) => {
      const text = inherentTexts(visit, ctx);
      return [
        cell(visit.opd),
        cell(names.service(visit.opd, visit.service)),
        cell(text.question),
        cell(text.current),
        cell(text.basis),
        cell(formatNumber(visit.annual_visits, ctx.lang)),
      ];
    }),
  };
}

/** Services below the target level, with the questions whose answers hold each one down. */
export function belowTargetTable(report: Report, below: GapSelection['belowTarget'], ctx: Ctx): TableView {
  const t = translator(reportMessages, ctx.lang);
  const names = namesOf(report);
  return {
    columns: [
      { header: t('col.opd') },
      { header: t('col.service'), isFlexible: true },
      { header: t('col.level'), isFlexible: true },
      { header: t('col.questions-holding'), isFlexible: true },
    ],
    rows: below.map((b) => [
      cell(b.opd),
      cell(names.service(b.opd, b.service)),
      cell(levelLabel(ctx.rubric, b.level, ctx.lang)),
      cell(b.questions.map((q) => questionTitle(ctx.rubric, q, ctx.lang)).join('; ')),
    ]),
  };
}
