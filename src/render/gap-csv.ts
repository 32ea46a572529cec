/**
 * `opdm gap` as one CSV table, so a spreadsheet can filter and assign the work: a row per
 * action (ranked), per inherent visit, and per question holding a service below target, told
 * apart by the first column. The headline figures are sums over these rows and the score CSV,
 * so they are left out rather than mixed into the table.
 */
import { translator } from '../i18n/index.js';
import { reportMessages } from '../i18n/report-messages.js';
import { renderCsvRows, type CsvValue } from './csv.js';
import { answerLabel, questionTitle } from './format.js';
import { actionTexts, inherentTexts, selectGap, type GapOptions } from './gap-view.js';
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
  'col.question-id',
  'col.question',
  'col.current',
  'col.suggested',
  'col.advice-or-basis',
  'col.annual-visits',
] as const;

/** The gap report as CSV (BOM, CRLF, ctx.csvDelimiter); every action unless `options.top` cuts them. */
export function renderGapCsv(report: Report, ctx: RenderContext, options: GapOptions = {}): string {
  const t = translator(reportMessages, ctx.lang);
  const gap = selectGap(report, options);
  const opds = new Map(report.opds.map((o) => [o.id, o]));
  const where = (opdId: string, serviceId: string): CsvValue[] => {
    const opd = opds.get(opdId);
    const service = opd?.services.find((s) => s.id === serviceId);
    return [opdId, opd?.name ?? opdId, serviceId, service?.name ?? serviceId, service?.level ?? null];
  };
  const rows: CsvValue[][] = [];
  for (const { rank, action } of gap.actions) {
    const text = actionTexts(action, ctx);
    const suggested = action.suggested === null ? null : text.suggested;
    const question = [action.question, text.question, text.current, suggested];
    rows.push([
      t('kind.action'),
      rank,
      ...where(action.opd, action.service),
      ...question,
      text.advice,
      action.visits_avoided,
    ]);
  }
  for (const visit of gap.inherent) {
    const text = inherentTexts(visit, ctx);
    const question = [visit.question, text.question, text.current, null];
    rows.push([
      t('kind.inherent'),
      null,
      ...where(visit.opd, visit.service),
      ...question,
      text.basis,
      visit.annual_visits,
    ]);
  }
  for (const below of gap.belowTarget) {
    const answers = opds.get(below.opd)?.services.find((s) => s.id === below.service)?.answers ?? {};
    for (const question of below.questions) {
      const current = answers[question];
      const title = questionTitle(ctx.rubric, question, ctx.lang);
      const label = current === undefined ? null : answerLabel(ctx.rubric, question, current, ctx.lang);
      const advice =
        current === undefined ? null : outcomeText(ctx.rubric, question, current, 'advice', ctx.lang, null);
      rows.push([
        t('kind.below-target'),
        null,
        ...where(below.opd, below.service),
        question,
        title,
        label,
        null,
        advice,
        null,
      ]);
    }
  }
  return renderCsvRows(
    COLUMNS.map((key) => t(key)),
    rows,
    ctx,
  );
}
