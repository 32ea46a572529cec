/**
 * `--format xlsx`: an Excel workbook for the people who work the numbers on (Bappeda, the OPD's
 * own staff). One sheet per table, numbers stored as numbers (ratios 0-1 shown as percentages,
 * Excel groups digits by the reader's own locale), unknown values left empty, header rows frozen,
 * sheet names and headers in the report language. Texts are cells of type text, never formulas;
 * the assessment date is a date. The cells and the file: xlsx-sheets.ts (ExcelJS, Arial 10).
 */
import { translator } from '../i18n/index.js';
import { reportMessages, type ReportMessageKey } from '../i18n/report-messages.js';
import { levelLabel, questionTitle, rubricText } from './format.js';
import { actionTexts, inherentTexts, namesOf, selectGap, type GapOptions, type GapSelection } from './gap-view.js';
import { rankReports, shareNoVisit } from './ranking-view.js';
import { ratingOf } from './rubric-text.js';
import { buildTableSheet, cellOf, writeWorkbook, type Kind, type SheetSpec, type Value } from './xlsx-sheets.js';
import type { RankingEntry, Report } from '../core/report.js';
import type { RenderContext } from './context.js';

type Ctx = Pick<RenderContext, 'lang' | 'rubric'>;

interface Column<T> {
  header: ReportMessageKey;
  kind: Kind;
  value: (row: T) => Value;
}

function tableSheet<T>(name: string, columns: readonly Column<T>[], rows: readonly T[], ctx: Ctx): SheetSpec {
  const t = translator(reportMessages, ctx.lang);
  return buildTableSheet(
    name,
    columns.map((c) => ({ ...c, header: t(c.header) })),
    rows,
  );
}

/** A figure of the summary sheet: its label, value and kind. */
type Figure = [label: string, value: Value, kind: Kind];

function summarySheet(figures: readonly Figure[], ctx: Ctx): SheetSpec {
  const t = translator(reportMessages, ctx.lang);
  return {
    name: t('sheet.summary'),
    headers: [t('col.figure'), t('col.value')],
    widths: [44, 40],
    rows: figures.map(([label, value, kind]) => [cellOf(label, 'text'), cellOf(value, kind)]),
  };
}

/** City, period, rubric and the headline figures of a report (or of one OPD's part of it). */
function reportFigures(report: Report, gap: GapSelection, ctx: Ctx, opd?: string): Figure[] {
  const t = translator(reportMessages, ctx.lang);
  const { city, summary } = report;
  const f = gap.figures;
  const rating = ratingOf(ctx.rubric, summary.rating, summary.score, ctx.lang).label;
  const head: Figure[] = [
    [t('col.city-id'), city.id, 'text'],
    [t('col.city-name'), city.name, 'text'],
    [t('col.province'), city.province ?? null, 'text'],
    [t('col.period'), city.period, 'text'],
    [t('col.assessed-at'), city.assessed_at ?? null, 'date'],
    [t('col.rubric'), `${report.rubric.id}@${report.rubric.version}`, 'text'],
    [t('col.generator'), report.generator, 'text'],
  ];
  if (opd !== undefined) head.push([t('col.opd'), `${namesOf(report).opd(opd)} (${opd})`, 'text']);
  else
    head.push(
      [t('col.score'), summary.score, 'score'],
      [t('col.rating'), rating, 'text'],
      [t('col.completeness'), summary.completeness, 'ratio'],
      [t('col.opds'), summary.opds, 'count'],
    );
  const levels: Figure[] =
    opd !== undefined
      ? []
      : ctx.rubric.scale.map((s) => [
          t('col.services-at-level', { level: levelLabel(ctx.rubric, s.level, ctx.lang) }),
          summary.levels[String(s.level)] ?? 0,
          'count',
        ]);
  return [
    ...head,
    [t('col.services'), f.services, 'count'],
    [t('col.services-no-visit'), f.servicesNoVisit, 'count'],
    [t('col.share-services-no-visit'), f.shareServicesNoVisit, 'ratio'],
    [t('col.services-unknown'), f.servicesUnknown, 'count'],
    [t('col.annual-volume'), f.annualVolume, 'count'],
    [t('col.annual-volume-no-visit'), f.annualVolumeNoVisit, 'count'],
    [t('col.share-volume-no-visit'), f.shareVolumeNoVisit, 'ratio'],
    [t('col.annual-visits'), f.annualVisits, 'count'],
    [t('fact.visits-avoidable'), f.annualVisitsAvoidable, 'count'],
    [t('col.inherent-visits'), f.annualVisitsInherent, 'count'],
    [t('col.rule-visits'), f.annualVisitsRule, 'count'],
    [t('col.field-visits'), f.annualFieldVisits, 'count'],
    ...(f.annualVolumeOnline === null
      ? []
      : ([
          [t('fact.volume-online'), f.annualVolumeOnline, 'count'],
          [t('col.share-volume-online'), f.shareVolumeOnline, 'ratio'],
        ] as Figure[])),
    ...(f.catalog === null
      ? []
      : ([
          [t('col.catalog-services'), f.catalog.services, 'count'],
          [t('fact.catalog'), f.catalog.assessed, 'count'],
        ] as Figure[])),
    [t('col.target-level'), report.gap.target_level, 'count'],
    ...levels,
  ];
}

function gapSheets(report: Report, gap: GapSelection, ctx: Ctx): SheetSpec[] {
  const t = translator(reportMessages, ctx.lang);
  const names = namesOf(report);
  const where = <T extends { opd: string; service: string }>(): Column<T>[] => [
    { header: 'col.opd-id', kind: 'text', value: (r) => r.opd },
    { header: 'col.opd-name', kind: 'text', value: (r) => names.opd(r.opd) },
    { header: 'col.service-id', kind: 'text', value: (r) => r.service },
    { header: 'col.service-name', kind: 'text', value: (r) => names.service(r.opd, r.service) },
  ];
  // One row per step: the steps of one action share its rank and trip.
  type ActionStep = ReturnType<typeof actionTexts>['steps'][number] & {
    rank: number;
    opd: string;
    service: string;
    trip: string | null;
    visits_avoided: number | null;
  };
  const actionSteps: ActionStep[] = gap.actions.flatMap(({ rank, action }) => {
    const text = actionTexts(action, ctx);
    return text.steps.map((step) => ({ ...step, rank, ...action, trip: text.trip }));
  });
  type InherentStep = ReturnType<typeof inherentTexts>['steps'][number] & {
    opd: string;
    service: string;
    trip: string | null;
    annual_visits: number | null;
  };
  const inherentSteps: InherentStep[] = gap.inherent.flatMap((visit) => {
    const text = inherentTexts(visit, ctx);
    return text.steps.map((step) => ({ ...step, ...visit, trip: text.trip, kind: step.kind }));
  });
  const catalog = ctx.rubric.catalog ?? [];
  const catalogName = (opd: string, service?: string) => {
    const o = catalog.find((x) => x.id === opd);
    const text = service === undefined ? o?.name : o?.services.find((x) => x.id === service)?.name;
    return rubricText(ctx.rubric, text, ctx.lang) ?? service ?? opd;
  };
  const sheets = [
    tableSheet<ActionStep>(
      t('sheet.actions'),
      [
        { header: 'col.rank', kind: 'count', value: (a) => a.rank },
        ...where<ActionStep>(),
        { header: 'col.trip', kind: 'text', value: (a) => a.trip },
        { header: 'col.question-id', kind: 'text', value: (a) => a.questionId },
        { header: 'col.question', kind: 'longText', value: (a) => a.question },
        { header: 'col.current', kind: 'longText', value: (a) => a.current },
        { header: 'col.suggested', kind: 'longText', value: (a) => (a.hasSuggestion ? a.suggested : null) },
        { header: 'col.advice', kind: 'longText', value: (a) => a.advice },
        { header: 'col.visits-avoided', kind: 'count', value: (a) => a.visits_avoided },
      ],
      actionSteps,
      ctx,
    ),
    tableSheet<InherentStep>(
      t('sheet.inherent'),
      [
        ...where<InherentStep>(),
        { header: 'col.trip', kind: 'text', value: (v) => v.trip },
        { header: 'col.question-id', kind: 'text', value: (v) => v.questionId },
        { header: 'col.question', kind: 'longText', value: (v) => v.question },
        { header: 'col.current', kind: 'longText', value: (v) => v.current },
        { header: 'col.visit-kind', kind: 'text', value: (v) => v.kind },
        { header: 'col.basis', kind: 'longText', value: (v) => v.basis },
        { header: 'col.annual-visits', kind: 'count', value: (v) => v.annual_visits },
      ],
      inherentSteps,
      ctx,
    ),
  ];
  if (ctx.rubric.uptake !== undefined) {
    sheets.push(
      tableSheet(
        t('sheet.underused'),
        [
          ...where<GapSelection['underused'][number]>(),
          { header: 'col.online-share', kind: 'ratio', value: (u) => u.online_share },
          { header: 'col.offline-transactions', kind: 'count', value: (u) => u.offline_transactions },
        ],
        gap.underused,
        ctx,
      ),
    );
  }
  sheets.push(
    tableSheet(
      t('sheet.below-target'),
      [
        ...where<GapSelection['belowTarget'][number]>(),
        { header: 'col.level', kind: 'count', value: (b) => b.level },
        { header: 'col.level-name', kind: 'text', value: (b) => levelLabel(ctx.rubric, b.level, ctx.lang) },
        {
          header: 'col.questions-holding',
          kind: 'longText',
          value: (b) => b.questions.map((q) => questionTitle(ctx.rubric, q, ctx.lang)).join('; '),
        },
        { header: 'col.questions-holding-ids', kind: 'text', value: (b) => b.questions.join(', ') },
      ],
      gap.belowTarget,
      ctx,
    ),
  );
  if (report.summary.catalog !== null) {
    sheets.push(
      tableSheet(
        t('sheet.catalog-missing'),
        [
          { header: 'col.opd-id', kind: 'text', value: (m: GapSelection['catalogMissing'][number]) => m.opd },
          { header: 'col.opd-name', kind: 'text', value: (m) => catalogName(m.opd) },
          { header: 'col.service-id', kind: 'text', value: (m) => m.service },
          { header: 'col.service-name', kind: 'text', value: (m) => catalogName(m.opd, m.service) },
        ],
        gap.catalogMissing,
        ctx,
      ),
    );
  }
  return sheets;
}

type OpdRow = Report['opds'][number];
type ServiceRow = OpdRow['services'][number] & { opd: OpdRow };

function scoreSheets(report: Report, ctx: Ctx): SheetSpec[] {
  const t = translator(reportMessages, ctx.lang);
  const rating = (r: { rating: string | null; score: number | null }) =>
    ratingOf(ctx.rubric, r.rating, r.score, ctx.lang).label;
  const sum = (values: (number | null)[]) => values.reduce<number>((s, v) => s + (v ?? 0), 0);
  const services: ServiceRow[] = report.opds.flatMap((opd) => opd.services.map((s) => ({ ...s, opd })));
  return [
    tableSheet<OpdRow>(
      t('sheet.opds'),
      [
        { header: 'col.opd-id', kind: 'text', value: (o) => o.id },
        { header: 'col.opd-name', kind: 'text', value: (o) => o.name },
        { header: 'col.score', kind: 'score', value: (o) => o.score },
        { header: 'col.rating', kind: 'text', value: rating },
        { header: 'col.completeness', kind: 'ratio', value: (o) => o.completeness },
        { header: 'col.services', kind: 'count', value: (o) => o.services.length },
        {
          header: 'col.services-no-visit',
          kind: 'count',
          value: (o) => o.services.filter((s) => s.no_visit === true).length,
        },
        { header: 'col.annual-volume', kind: 'count', value: (o) => o.annual_volume },
        { header: 'col.annual-visits', kind: 'count', value: (o) => sum(o.services.map((s) => s.annual_visits)) },
        {
          header: 'col.inherent-visits',
          kind: 'count',
          value: (o) => sum(o.services.map((s) => s.annual_visits_inherent)),
        },
      ],
      report.opds,
      ctx,
    ),
    tableSheet<ServiceRow>(
      t('sheet.services'),
      [
        { header: 'col.opd-id', kind: 'text', value: (s) => s.opd.id },
        { header: 'col.opd-name', kind: 'text', value: (s) => s.opd.name },
        { header: 'col.service-id', kind: 'text', value: (s) => s.id },
        { header: 'col.service-name', kind: 'text', value: (s) => s.name },
        { header: 'col.score', kind: 'score', value: (s) => s.score },
        { header: 'col.rating', kind: 'text', value: rating },
        { header: 'col.level', kind: 'count', value: (s) => s.level },
        {
          header: 'col.level-name',
          kind: 'text',
          value: (s) => (s.level === null ? null : levelLabel(ctx.rubric, s.level, ctx.lang)),
        },
        { header: 'col.visits-per-transaction', kind: 'rate', value: (s) => s.visits_per_transaction },
        { header: 'col.inherent-per-transaction', kind: 'rate', value: (s) => s.inherent_visits_per_transaction },
        { header: 'col.annual-volume', kind: 'count', value: (s) => s.annual_volume },
        { header: 'col.annual-visits', kind: 'count', value: (s) => s.annual_visits },
        { header: 'col.inherent-visits', kind: 'count', value: (s) => s.annual_visits_inherent },
        { header: 'col.rule-visits', kind: 'count', value: (s) => s.annual_visits_rule },
        { header: 'col.field-visits', kind: 'count', value: (s) => s.annual_field_visits },
        { header: 'col.no-visit', kind: 'flag', value: (s) => s.no_visit },
        { header: 'col.online-share', kind: 'ratio', value: (s) => s.online_share },
        { header: 'col.completeness', kind: 'ratio', value: (s) => s.completeness },
      ],
      services,
      ctx,
    ),
  ];
}

/** The whole score report as a workbook: summary, OPDs, services, actions, inherent visits, below target. */
export function renderScoreXlsx(report: Report, ctx: RenderContext): Promise<Uint8Array> {
  const gap = selectGap(report, {});
  return writeWorkbook([
    summarySheet(reportFigures(report, gap, ctx), ctx),
    ...scoreSheets(report, ctx),
    ...gapSheets(report, gap, ctx),
  ]);
}

/**
 * The gap report as a workbook: its figures, then actions (cut to `top`), inherent visits, below
 * target; `opd` narrows all.
 */
export function renderGapXlsx(report: Report, ctx: RenderContext, options: GapOptions = {}): Promise<Uint8Array> {
  const gap = selectGap(report, options);
  return writeWorkbook([
    summarySheet(reportFigures(report, gap, ctx, options.opd), ctx),
    ...gapSheets(report, gap, ctx),
  ]);
}

/** Several cities ranked by score, one row each (the same columns as the ranking CSV). */
export function renderRankingXlsx(entries: readonly RankingEntry[], ctx: RenderContext): Promise<Uint8Array> {
  const t = translator(reportMessages, ctx.lang);
  type Ranked = ReturnType<typeof rankReports>[number];
  const s = (r: Ranked) => r.report.summary;
  const columns: Column<Ranked>[] = [
    { header: 'col.rank', kind: 'count', value: (r) => r.rank },
    { header: 'col.city-id', kind: 'text', value: (r) => r.report.city.id },
    { header: 'col.city-name', kind: 'text', value: (r) => r.report.city.name },
    { header: 'col.period', kind: 'text', value: (r) => r.report.city.period },
    { header: 'col.rubric', kind: 'text', value: (r) => `${r.report.rubric.id}@${r.report.rubric.version}` },
    { header: 'col.score', kind: 'score', value: (r) => s(r).score },
    { header: 'col.rating', kind: 'text', value: (r) => ratingOf(ctx.rubric, s(r).rating, s(r).score, ctx.lang).label },
    { header: 'col.completeness', kind: 'ratio', value: (r) => s(r).completeness },
    { header: 'col.services', kind: 'count', value: (r) => s(r).services },
    { header: 'col.services-no-visit', kind: 'count', value: (r) => s(r).services_no_visit },
    { header: 'col.share-services-no-visit', kind: 'ratio', value: (r) => shareNoVisit(r.report) },
    { header: 'col.annual-volume', kind: 'count', value: (r) => s(r).annual_volume },
    { header: 'col.annual-volume-no-visit', kind: 'count', value: (r) => s(r).annual_volume_no_visit },
    { header: 'col.annual-visits', kind: 'count', value: (r) => s(r).annual_visits },
    { header: 'col.inherent-visits', kind: 'count', value: (r) => s(r).annual_visits_inherent },
  ];
  return writeWorkbook([tableSheet(t('sheet.ranking'), columns, rankReports(entries), ctx)]);
}
