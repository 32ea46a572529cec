/**
 * `opdm compare` as one CSV table for a spreadsheet: a row per compared figure (city, OPD,
 * service; told apart by the first column), then a row per learn-from step. Numbers stay
 * unformatted, unknowns empty; shares are percentages (0-100, their difference in points) as in
 * the score CSV, and their measure says "(%)"; the status column holds only the seven
 * words of the fixed vocabulary so that a filter finds them all.
 */
import { round } from '../core/numbers.js';
import { translator } from '../i18n/index.js';
import { compareMessages, type CompareMessageKey } from '../i18n/compare-messages.js';
import { renderCsvRows, type CsvValue } from './csv.js';
import { stepTexts } from './compare-advice.js';
import { cityMeasures } from './compare-tables.js';
import { namesIn, sidesOf, statusText, type Sides } from './compare-view.js';
import { ratingOf } from './rubric-text.js';
import type { Comparison, CompareStatus, Pair } from '../core/compare.js';
import type { RenderContext } from './context.js';

/** A and B as letters, never "improved": one vocabulary whatever the inputs. */
const PLAIN: Sides = { a: 'A', b: 'B', isPeriods: false, isForward: false };

const COLUMNS = [
  'col.kind',
  'col.rank',
  'col.opd-id',
  'col.opd-name',
  'col.service-id',
  'col.service-name',
  'col.measure',
] as const;
const TAIL = [
  'col.difference',
  'col.status',
  'col.from',
  'col.to',
  'col.question-id',
  'col.question',
  'col.from-answer',
  'col.to-answer',
  'col.visits-saved',
] as const;

/** A 0-1 share as a percentage with 2 decimals, as the score and gap CSVs write it. */
const percent = (ratio: number | null | undefined): number | null | undefined =>
  ratio === null || ratio === undefined ? ratio : round(ratio * 100, 2);

/** A pair of shares in percent: both sides and the difference (in points). */
const inPercent = (pair: Pair<number>): Pair<number> => ({
  ...pair,
  a: percent(pair.a) ?? null,
  b: percent(pair.b) ?? null,
  difference: percent(pair.difference) ?? null,
});

/** The comparison as CSV (BOM, CRLF, ctx.csvDelimiter; with `;` a decimal comma). */
export function renderCompareCsv(c: Comparison, ctx: RenderContext): string {
  const t = translator(compareMessages, ctx.lang);
  const sides = sidesOf(c);
  const status = (s: CompareStatus) => statusText(s, PLAIN, ctx.lang);
  const pairRow = (
    head: CsvValue[],
    label: CompareMessageKey,
    pair: Pair<number | string | boolean>,
    isPercent = false,
  ): CsvValue[] => [
    ...head,
    isPercent ? t('csv.percent', { label: t(label) }) : t(label),
    pair.a,
    pair.b,
    pair.difference,
    status(pair.status),
  ];
  const rows: CsvValue[][] = [];
  const raw = new Map<string, Pair<number | string | boolean>>(
    Object.entries(c.city).filter(([key]) => key !== 'levels') as [string, Pair<number>][],
  );
  for (const m of cityMeasures(c, ctx)) {
    const pair = m.key.startsWith('level_') ? c.city.levels[m.key.slice('level_'.length)] : raw.get(m.key);
    const isRating = m.key === 'rating';
    const shown = m.figure === 'ratio' && pair !== undefined ? inPercent(pair as Pair<number>) : pair;
    rows.push([
      t('kind.city'),
      null,
      null,
      null,
      null,
      null,
      m.figure === 'ratio' ? t('csv.percent', { label: m.label }) : m.label,
      isRating ? m.a : shown?.a,
      isRating ? m.b : shown?.b,
      shown?.difference,
      status(m.status),
    ]);
  }
  for (const o of c.opds) {
    const head = [t('kind.opd'), null, o.opd, o.name.a ?? o.name.b, null, null];
    rows.push(pairRow(head, 'measure.score', o.score));
    const rating = (value: string | null, score: number | null) =>
      value === null ? null : ratingOf(ctx.rubric, value, score, ctx.lang).label;
    rows.push(
      pairRow(head, 'measure.rating', {
        ...o.rating,
        a: rating(o.rating.a, o.score.a),
        b: rating(o.rating.b, o.score.b),
      }),
    );
    rows.push(pairRow(head, 'measure.completeness', inPercent(o.completeness), true));
  }
  const opdNames = new Map(c.opds.map((o) => [o.opd, o.name.a ?? o.name.b]));
  for (const s of c.services) {
    const head = [t('kind.service'), null, s.opd, opdNames.get(s.opd), s.service, s.name.a ?? s.name.b];
    rows.push(pairRow(head, 'measure.score', s.score));
    rows.push(pairRow(head, 'measure.level', s.level));
    rows.push(pairRow(head, 'measure.no-visit', s.no_visit));
    rows.push(pairRow(head, 'measure.visits-per-transaction', s.visits_per_transaction));
    rows.push(pairRow(head, 'measure.annual-visits', s.annual_visits));
  }
  const names = namesIn(c);
  c.learn_from.forEach((entry, i) => {
    const to = entry.to_side;
    const from = to === 'a' ? 'b' : 'a';
    const head = [
      t('kind.learn'),
      i + 1,
      entry.opd,
      names.opd(entry.opd, to),
      entry.service,
      names.service(entry.opd, entry.service, to),
      null,
      null,
      null,
      null,
      null,
      sides[from],
      sides[to],
    ];
    const steps = entry.steps.length > 0 ? entry.steps : [null];
    for (const step of steps) {
      const text = step === null ? null : stepTexts(step, ctx);
      rows.push([...head, step?.question, text?.question, text?.from, text?.to, entry.visits_saved]);
    }
  });
  const header = [
    ...COLUMNS.map((key) => t(key)),
    t('col.side', { letter: 'A', side: sides.a }),
    t('col.side', { letter: 'B', side: sides.b }),
    ...TAIL.map((key) => t(key)),
  ];
  // RFC 4180: every record has as many fields as the header.
  return renderCsvRows(
    header,
    rows.map((row) => [...row, ...Array<CsvValue>(header.length - row.length).fill(null)]),
    ctx,
  );
}
