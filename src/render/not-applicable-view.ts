/**
 * The questions a report's answers declare not applicable (`{na: reason}`), as one format-neutral
 * list. "Not applicable" takes a question out of the score and the completeness and so can hide a
 * gap: the score reports list each one with the planner's reason for a reviewer to judge.
 */
import { indexRubric } from '../core/rubric-index.js';
import { translator } from '../i18n/index.js';
import { reportMessages } from '../i18n/report-messages.js';
import { formatNumber, questionTitle } from './format.js';
import { cell, type TableView } from './view.js';
import type { Report } from '../core/report.js';
import type { RenderContext } from './context.js';

type Ctx = Pick<RenderContext, 'lang' | 'rubric'>;

/** One question declared not applicable, and by whom: the city (no OPD), an OPD, or one of its services. */
export interface NotApplicableEntry {
  /** The OPD's name; none for the city's own questions. */
  opd?: string;
  /** The service's name; none for the city's and the OPD's own questions. */
  service?: string;
  /** The question's id. */
  question: string;
  /** As written by the planner. */
  reason: string;
}

/**
 * Every `{na}` answer: the city's first, then each OPD's and its services' in report order;
 * questions in rubric order.
 */
export function notApplicableEntries(report: Report, rubric: Ctx['rubric']): NotApplicableEntry[] {
  const questions = indexRubric(rubric).questions;
  const orderOf = (id: string) => questions.get(id)?.order ?? Number.MAX_SAFE_INTEGER;
  const of = (
    reasons: Readonly<Record<string, string>>,
    where: Pick<NotApplicableEntry, 'opd' | 'service'>,
  ): NotApplicableEntry[] =>
    Object.entries(reasons)
      .sort(([a], [b]) => orderOf(a) - orderOf(b))
      .map(([question, reason]) => ({ ...where, question, reason }));
  return [
    ...of(report.not_applicable, {}),
    ...report.opds.flatMap((o) => [
      ...of(o.not_applicable, { opd: o.name }),
      ...o.services.flatMap((s) => of(s.not_applicable, { opd: o.name, service: s.name })),
    ]),
  ];
}

/** Where an entry was declared: "Tingkat kota", the OPD's name, or "OPD / service". */
function whereOf(entry: NotApplicableEntry, ctx: Ctx): string {
  const t = translator(reportMessages, ctx.lang);
  if (entry.opd === undefined) return t('na.city');
  return entry.service === undefined ? entry.opd : t('na.service', { opd: entry.opd, service: entry.service });
}

/** The `{na}` answers as a table (where, question, reason); null when there are none, so the section is left out. */
export function notApplicableTable(entries: readonly NotApplicableEntry[], ctx: Ctx): TableView | null {
  if (entries.length === 0) return null;
  const t = translator(reportMessages, ctx.lang);
  return {
    columns: [
      { header: t('col.where'), isFlexible: true },
      { header: t('col.question'), isFlexible: true },
      { header: t('col.reason'), isFlexible: true },
    ],
    rows: entries.map((e) => [
      cell(whereOf(e, ctx)),
      cell(questionTitle(ctx.rubric, e.question, ctx.lang)),
      cell(e.reason),
    ]),
  };
}

/** The terminal's one line under the summary; null when no answer is `{na}`. */
export function notApplicableHint(count: number, ctx: Pick<RenderContext, 'lang'>): string | null {
  if (count === 0) return null;
  const t = translator(reportMessages, ctx.lang);
  return t(count === 1 ? 'hint.not-applicable-one' : 'hint.not-applicable', { n: formatNumber(count, ctx.lang) });
}
