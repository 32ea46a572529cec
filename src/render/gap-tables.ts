/** The gap report's tables as format-neutral views (terminal and Markdown share them). */
import { translator } from '../i18n/index.js';
import { reportMessages } from '../i18n/report-messages.js';
import { formatNumber, formatPercent, levelLabel, NONE, questionTitle, rubricText } from './format.js';
import { actionTexts, inherentTexts, namesOf, tripText, type GapSelection } from './gap-view.js';
import { cell, type TableView } from './view.js';
import type { Report } from '../core/report.js';
import type { LocalizedText } from '../core/types.js';
import type { RenderContext } from './context.js';

type Ctx = Pick<RenderContext, 'lang' | 'rubric'>;

/** Ranked actions: what to change where, and how many visits a year it removes. */
export function actionsTable(report: Report, actions: GapSelection['actions'], ctx: Ctx, hasAdvice = true): TableView {
  const t = translator(reportMessages, ctx.lang);
  const names = namesOf(report);
  // A rubric without trips: every action is one question, so the occasion column says nothing.
  const hasTrips = (ctx.rubric.trips?.length ?? 0) > 0;
  return {
    columns: [
      { header: t('col.no'), align: 'right' },
      { header: t('col.opd') },
      { header: t('col.service'), isFlexible: true },
      ...(hasTrips ? [{ header: t('col.trip'), isFlexible: true }] : []),
      { header: t('col.change'), isFlexible: true },
      ...(hasAdvice ? [{ header: t('col.advice'), isFlexible: true }] : []),
      { header: t('col.visits-avoided'), align: 'right' as const },
    ],
    titleColumns: [0, 1, 2],
    rows: actions.map(({ rank, action }) => {
      const text = actionTexts(action, ctx);
      return [
        cell(String(rank)),
        cell(action.opd),
        cell(names.service(action.opd, action.service)),
        ...(hasTrips ? [cell(tripText(action.trip, ctx))] : []),
        cell(text.change),
        ...(hasAdvice ? [cell(text.advice ?? NONE)] : []),
        cell(formatNumber(action.visits_avoided, ctx.lang)),
      ];
    }),
  };
}

/** Trips that no application removes (a national rule, a physical step), with the basis of each. */
export function inherentTable(report: Report, inherent: GapSelection['inherent'], ctx: Ctx): TableView {
  const t = translator(reportMessages, ctx.lang);
  const names = namesOf(report);
  const hasTrips = (ctx.rubric.trips?.length ?? 0) > 0;
  return {
    columns: [
      { header: t('col.opd') },
      { header: t('col.service'), isFlexible: true },
      ...(hasTrips ? [{ header: t('col.trip'), isFlexible: true }] : []),
      { header: t('col.visit-kind') },
      { header: t('col.steps'), isFlexible: true },
      { header: t('col.basis'), isFlexible: true },
      { header: t('col.annual-visits'), align: 'right' },
    ],
    titleColumns: [0, 1],
    rows: inherent.map((visit) => {
      const text = inherentTexts(visit, ctx);
      return [
        cell(visit.opd),
        cell(names.service(visit.opd, visit.service)),
        ...(hasTrips ? [cell(tripText(visit.trip, ctx))] : []),
        cell(text.kind),
        cell(text.answers),
        cell(text.basis),
        cell(formatNumber(visit.annual_visits, ctx.lang)),
      ];
    }),
  };
}

/** Services needing no visit that most citizens still use offline, by offline transactions. */
export function underusedTable(report: Report, underused: GapSelection['underused'], ctx: Ctx): TableView {
  const t = translator(reportMessages, ctx.lang);
  const names = namesOf(report);
  return {
    columns: [
      { header: t('col.opd') },
      { header: t('col.service'), isFlexible: true },
      { header: t('col.online-share'), align: 'right' },
      { header: t('col.offline-transactions'), align: 'right' },
    ],
    titleColumns: [0, 1],
    rows: underused.map((u) => [
      cell(u.opd),
      cell(names.service(u.opd, u.service)),
      cell(formatPercent(u.online_share, ctx.lang)),
      cell(formatNumber(u.offline_transactions, ctx.lang)),
    ]),
  };
}

/** The catalog's services the answers file does not hold, with their names from the rubric. */
export function catalogMissingTable(missing: GapSelection['catalogMissing'], ctx: Ctx): TableView {
  const t = translator(reportMessages, ctx.lang);
  const catalog = ctx.rubric.catalog ?? [];
  const nameOf = (text: LocalizedText | undefined, id: string) => rubricText(ctx.rubric, text, ctx.lang) ?? id;
  return {
    columns: [
      { header: t('col.opd'), isFlexible: true },
      { header: t('col.service'), isFlexible: true },
    ],
    titleColumns: [0, 1],
    rows: missing.map((m) => {
      const opd = catalog.find((o) => o.id === m.opd);
      const service = opd?.services.find((x) => x.id === m.service);
      return [cell(nameOf(opd?.name, m.opd)), cell(nameOf(service?.name, m.service))];
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
    titleColumns: [0, 1],
    rows: below.map((b) => [
      cell(b.opd),
      cell(names.service(b.opd, b.service)),
      cell(levelLabel(ctx.rubric, b.level, ctx.lang)),
      cell(b.questions.map((q) => questionTitle(ctx.rubric, q, ctx.lang)).join('; ')),
    ]),
  };
}

/** One part of the gap report after its headline: a heading, a note, and a table (or why there is none). */
export interface GapPart {
  heading: string;
  note?: string;
  table: TableView | null;
  /** What to say when there is no table. */
  empty: string;
  /** A line after the table (the actions `top` left out). */
  after?: string;
}

/** The gap report's parts in order, shared by the terminal and Markdown. */
export function gapParts(report: Report, gap: GapSelection, ctx: Ctx): GapPart[] {
  const t = translator(reportMessages, ctx.lang);
  const tableOf = <T>(items: readonly T[], build: () => TableView) => (items.length === 0 ? null : build());
  const parts: GapPart[] = [
    {
      heading: t('heading.top-actions'),
      table: tableOf(gap.actions, () => actionsTable(report, gap.actions, ctx)),
      empty: t('empty.actions'),
      ...(gap.total > gap.actions.length
        ? { after: t('more', { n: gap.total - gap.actions.length, total: gap.total }) }
        : {}),
    },
    {
      heading: t('heading.inherent'),
      note: t('note.inherent'),
      table: tableOf(gap.inherent, () => inherentTable(report, gap.inherent, ctx)),
      empty: t('empty.inherent'),
    },
  ];
  if (ctx.rubric.uptake !== undefined) {
    parts.push({
      heading: t('heading.underused'),
      note: t('note.underused', { target: formatPercent(ctx.rubric.uptake.target / 100, ctx.lang) }),
      table: tableOf(gap.underused, () => underusedTable(report, gap.underused, ctx)),
      empty: t('empty.underused'),
    });
  }
  parts.push({
    heading: t('heading.below-target', { level: levelLabel(ctx.rubric, report.gap.target_level, ctx.lang) }),
    table: tableOf(gap.belowTarget, () => belowTargetTable(report, gap.belowTarget, ctx)),
    empty: t('empty.below-target'),
  });
  if (report.summary.catalog !== null) {
    parts.push({
      heading: t('heading.catalog-missing'),
      note: t('note.catalog-missing'),
      table: tableOf(gap.catalogMissing, () => catalogMissingTable(gap.catalogMissing, ctx)),
      empty: t('empty.catalog-missing'),
    });
  }
  return parts;
}
