/**
 * `opdm gap` as one CSV table, so a spreadsheet can filter and assign the work: a row per step
 * of each action (the steps of one action share its rank), per step of each inherent trip, per
 * underused service, per question holding a service below target, and per catalog service not
 * assessed, told apart by the first column. Shares are percentages (0-100) under a "(%)" header,
 * as in every CSV opdm writes. The headline figures are sums over the score CSV, so they are
 * left out rather than mixed into the table.
 */
import { round } from '../core/numbers.js';
import { indexRubric } from '../core/rubric-index.js';
import { translator } from '../i18n/index.js';
import { reportMessages } from '../i18n/report-messages.js';
import { renderCsvRows, type CsvValue } from './csv.js';
import { answerLabel, questionTitle, rubricText } from './format.js';
import { actionTexts, inherentTexts, selectGap, tripLabel, type GapOptions } from './gap-view.js';
import { outcomeText } from './rubric-text.js';
import type { Report } from '../core/report.js';
import type { RenderContext } from './context.js';

const COLUMNS = [
  'col.kind',
  'col.rank',
  'col.opd-id',
  'col.opd-name',
  'col.service-id',
  'col.service-name',
  'col.level',
  'col.trip',
  'col.question-id',
  'col.question',
  'col.current',
  'col.suggested',
  'col.visit-kind',
  'col.advice-or-basis',
  'col.annual-visits',
  'csv.online-share-pct',
  'col.offline-transactions',
] as const;

/** A 0-1 ratio as the percentage a spreadsheet reader expects under a "(%)" header. */
const percent = (ratio: number | null): number | null => (ratio === null ? null : round(ratio * 100, 2));

type Column = (typeof COLUMNS)[number];
type Row = Partial<Record<Column, CsvValue>>;

/** The gap report as CSV (BOM, CRLF, ctx.csvDelimiter); every action unless `options.top` cuts them. */
export function renderGapCsv(report: Report, ctx: RenderContext, options: GapOptions = {}): string {
  const t = translator(reportMessages, ctx.lang);
  const gap = selectGap(report, options);
  const opds = new Map(report.opds.map((o) => [o.id, o]));
  const where = (opdId: string, serviceId: string): Row => {
    const opd = opds.get(opdId);
    const service = opd?.services.find((s) => s.id === serviceId);
    return {
      'col.opd-id': opdId,
      'col.opd-name': opd?.name ?? opdId,
      'col.service-id': serviceId,
      'col.service-name': service?.name ?? serviceId,
      'col.level': service?.level ?? null,
    };
  };
  const tripOf = (question: string) =>
    tripLabel(indexRubric(ctx.rubric).questions.get(question)?.question.trip ?? null, ctx);
  const rows: Row[] = [];
  for (const { rank, action } of gap.actions) {
    const text = actionTexts(action, ctx);
    for (const step of text.steps) {
      rows.push({
        'col.kind': t('kind.action'),
        'col.rank': rank,
        ...where(action.opd, action.service),
        'col.trip': text.trip,
        'col.question-id': step.questionId,
        'col.question': step.question,
        'col.current': step.current,
        'col.suggested': step.hasSuggestion ? step.suggested : null,
        'col.visit-kind': t('visit.office'),
        'col.advice-or-basis': step.advice,
        'col.annual-visits': action.visits_avoided,
      });
    }
  }
  for (const visit of gap.inherent) {
    const text = inherentTexts(visit, ctx);
    for (const step of text.steps) {
      rows.push({
        'col.kind': t('kind.inherent'),
        ...where(visit.opd, visit.service),
        'col.trip': text.trip,
        'col.question-id': step.questionId,
        'col.question': step.question,
        'col.current': step.current,
        'col.visit-kind': step.kind,
        'col.advice-or-basis': step.basis,
        'col.annual-visits': visit.annual_visits,
      });
    }
  }
  for (const u of gap.underused) {
    rows.push({
      'col.kind': t('kind.underused'),
      ...where(u.opd, u.service),
      'csv.online-share-pct': percent(u.online_share),
      'col.offline-transactions': u.offline_transactions,
    });
  }
  for (const below of gap.belowTarget) {
    const answers = opds.get(below.opd)?.services.find((s) => s.id === below.service)?.answers ?? {};
    for (const question of below.questions) {
      const current = answers[question];
      rows.push({
        'col.kind': t('kind.below-target'),
        ...where(below.opd, below.service),
        'col.trip': tripOf(question),
        'col.question-id': question,
        'col.question': questionTitle(ctx.rubric, question, ctx.lang),
        'col.current': current === undefined ? null : answerLabel(ctx.rubric, question, current, ctx.lang),
        'col.advice-or-basis':
          current === undefined ? null : outcomeText(ctx.rubric, question, current, 'advice', ctx.lang, null),
      });
    }
  }
  const catalog = ctx.rubric.catalog ?? [];
  for (const missing of gap.catalogMissing) {
    const opd = catalog.find((o) => o.id === missing.opd);
    const service = opd?.services.find((s) => s.id === missing.service);
    rows.push({
      'col.kind': t('kind.catalog-missing'),
      'col.opd-id': missing.opd,
      'col.opd-name': rubricText(ctx.rubric, opd?.name, ctx.lang) ?? missing.opd,
      'col.service-id': missing.service,
      'col.service-name': rubricText(ctx.rubric, service?.name, ctx.lang) ?? missing.service,
    });
  }
  return renderCsvRows(
    COLUMNS.map((key) => t(key)),
    rows.map((row) => COLUMNS.map((key) => row[key] ?? null)),
    ctx,
  );
}
