/**
 * `opdm compare --format xlsx`: the comparison as a workbook to sort and filter. Four sheets, as
 * the terminal shows them: the city (who A and B are, then every city figure), OPDs, services,
 * and one row per learn-from step. Numbers are numbers (differences signed, B − A), an unknown
 * value is an empty cell, and the status column holds the CSV's seven words in the report
 * language, so that one filter finds them all.
 */
import { translator, type Translate } from '../i18n/index.js';
import { compareMessages, type CompareMessageKey } from '../i18n/compare-messages.js';
import { reportMessages } from '../i18n/report-messages.js';
import { stepTexts } from './compare-advice.js';
import { cityMeasures } from './compare-tables.js';
import { bothNames, namesIn, sidesOf, statusText, type Sides } from './compare-view.js';
import { ratingOf } from './rubric-text.js';
import {
  buildTableSheet,
  cellOf,
  widthOf,
  writeWorkbook,
  type Cell,
  type Column,
  type Kind,
  type SheetSpec,
  type Value,
} from './xlsx-sheets.js';
import type { CityRows, Comparison, CompareStatus, LearnFrom, LearnStep } from '../core/compare.js';
import type { RenderContext } from './context.js';

type Ctx = Pick<RenderContext, 'lang' | 'rubric'>;
type NumberKind = 'count' | 'score' | 'ratio' | 'rate';

/** A and B as letters in the status, never "improved": one vocabulary whatever the inputs (as the CSV). */
const PLAIN: Sides = { a: 'A', b: 'B', isPeriods: false, isForward: false };

/** How each city figure is shown; typed so that a new figure of CityRows needs its kind here. */
const CITY_KINDS: Record<Exclude<keyof CityRows, 'levels' | 'rating'>, NumberKind> = {
  score: 'score',
  completeness: 'ratio',
  services_no_visit: 'count',
  share_services_no_visit: 'ratio',
  share_volume_no_visit: 'ratio',
  annual_visits: 'count',
  visits_per_transaction: 'rate',
  services_at_target: 'count',
};

const ratingLabel = (ctx: Ctx, rating: string | null, score: number | null): string | null =>
  rating === null ? null : ratingOf(ctx.rubric, rating, score, ctx.lang).label;

/** Measure | A: name | B: name | Difference | Status: who A and B are, then the city figures. */
function summarySheet(c: Comparison, ctx: Ctx): SheetSpec {
  const t = translator(compareMessages, ctx.lang);
  const r = translator(reportMessages, ctx.lang);
  const sides = sidesOf(c);
  const status = (s: CompareStatus) => cellOf(statusText(s, PLAIN, ctx.lang), 'text');
  const both = (
    label: string,
    a: string | number | null,
    b: string | number | null,
    kind: NumberKind | 'text' | 'longText',
  ) => [cellOf(label, 'text'), cellOf(a, kind), cellOf(b, kind)];
  const rows: Cell[][] = [
    both(r('col.city-id'), c.a.city.id, c.b.city.id, 'text'),
    both(r('col.city-name'), c.a.city.name, c.b.city.name, 'text'),
    both(r('col.period'), c.a.city.period, c.b.city.period, 'text'),
    both(r('col.rubric'), `${c.a.rubric.id}@${c.a.rubric.version}`, `${c.b.rubric.id}@${c.b.rubric.version}`, 'text'),
    both(r('col.opds'), c.a.opds, c.b.opds, 'count'),
    both(r('col.services'), c.a.services, c.b.services, 'count'),
    both(r('col.annual-volume'), c.a.annual_volume, c.b.annual_volume, 'count'),
  ];
  if (c.a.city.notes !== undefined || c.b.city.notes !== undefined)
    rows.push(both(t('col.notes'), c.a.city.notes ?? null, c.b.city.notes ?? null, 'longText'));
  for (const m of cityMeasures(c, ctx)) {
    if (m.key === 'rating') {
      const { a, b } = c.city.rating;
      rows.push([
        ...both(m.label, ratingLabel(ctx, a, c.city.score.a), ratingLabel(ctx, b, c.city.score.b), 'text'),
        null,
        status(m.status),
      ]);
      continue;
    }
    const isLevel = m.key.startsWith('level_');
    const pair = isLevel ? c.city.levels[m.key.slice('level_'.length)] : c.city[m.key as keyof typeof CITY_KINDS];
    const kind = isLevel ? 'count' : CITY_KINDS[m.key as keyof typeof CITY_KINDS];
    rows.push([
      ...both(m.label, pair?.a ?? null, pair?.b ?? null, kind),
      cellOf(pair?.difference ?? null, `${kind}Diff`),
      status(m.status),
    ]);
  }
  const headers = [
    t('col.measure'),
    t('col.side', { letter: 'A', side: sides.a }),
    t('col.side', { letter: 'B', side: sides.b }),
    t('col.difference'),
    t('col.status'),
  ];
  return {
    name: t('sheet.summary'),
    headers,
    widths: [44, widthOf('text', headers[1]!), widthOf('text', headers[2]!), widthOf('countDiff', headers[3]!), 24],
    rows,
  };
}

/** Column makers for a sheet whose headers are compare messages. */
function columnsOf<T>(t: Translate<CompareMessageKey>) {
  return {
    one: (key: CompareMessageKey, kind: Kind, value: (row: T) => Value): Column<T> => ({ header: t(key), kind, value }),
    /** A figure of both sides, A then B: `Skor A`, `Skor B`. */
    both: (key: CompareMessageKey, kind: Kind, pair: (row: T) => { a: Value; b: Value }): Column<T>[] => [
      { header: t(key, { side: 'A' }), kind, value: (row) => pair(row).a },
      { header: t(key, { side: 'B' }), kind, value: (row) => pair(row).b },
    ],
  };
}

function opdSheet(c: Comparison, ctx: Ctx): SheetSpec {
  const t = translator(compareMessages, ctx.lang);
  const { one, both } = columnsOf<Comparison['opds'][number]>(t);
  const rating = (o: Comparison['opds'][number]) => ({
    a: ratingLabel(ctx, o.rating.a, o.score.a),
    b: ratingLabel(ctx, o.rating.b, o.score.b),
  });
  return buildTableSheet(
    t('sheet.opds'),
    [
      one('col.opd-id', 'text', (o) => o.opd),
      one('col.opd-name', 'text', (o) => bothNames(o.name, o.opd)),
      ...both('col.score-of', 'score', (o) => o.score),
      one('col.score-difference', 'scoreDiff', (o) => o.score.difference),
      ...both('col.rating-of', 'text', rating),
      ...both('col.completeness-of', 'ratio', (o) => o.completeness),
      one('col.completeness-difference', 'ratioDiff', (o) => o.completeness.difference),
      ...both('col.services-of', 'count', (o) => o.services),
      one('col.status', 'text', (o) => statusText(o.status, PLAIN, ctx.lang)),
    ],
    c.opds,
  );
}

function serviceSheet(c: Comparison, ctx: Ctx): SheetSpec {
  const t = translator(compareMessages, ctx.lang);
  const { one, both } = columnsOf<Comparison['services'][number]>(t);
  const opdNames = new Map(c.opds.map((o) => [o.opd, bothNames(o.name, o.opd)]));
  return buildTableSheet(
    t('sheet.services'),
    [
      one('col.opd-id', 'text', (s) => s.opd),
      one('col.opd-name', 'text', (s) => opdNames.get(s.opd) ?? s.opd),
      one('col.service-id', 'text', (s) => s.service),
      one('col.service-name', 'text', (s) => bothNames(s.name, s.service)),
      ...both('col.score-of', 'score', (s) => s.score),
      one('col.score-difference', 'scoreDiff', (s) => s.score.difference),
      ...both('col.level-of', 'count', (s) => s.level),
      ...both('col.no-visit-of', 'flag', (s) => s.no_visit),
      ...both('col.visits-per-transaction-of', 'rate', (s) => s.visits_per_transaction),
      one('col.visits-per-transaction-difference', 'rateDiff', (s) => s.visits_per_transaction.difference),
      ...both('col.volume-of', 'count', (s) => s.annual_volume),
      ...both('col.visits-of', 'count', (s) => s.annual_visits),
      one('col.visits-difference', 'countDiff', (s) => s.annual_visits.difference),
      ...both('col.completeness-of', 'ratio', (s) => s.completeness),
      one('col.status', 'text', (s) => statusText(s.status, PLAIN, ctx.lang)),
    ],
    c.services,
  );
}

/** One row per step of each learn-from entry (an entry without steps: one row), ranked as the JSON. */
function learnSheet(c: Comparison, ctx: Ctx): SheetSpec {
  const t = translator(compareMessages, ctx.lang);
  const sides = sidesOf(c);
  const names = namesIn(c);
  type Row = { rank: number; entry: LearnFrom; step: LearnStep | null };
  const { one } = columnsOf<Row>(t);
  const rows: Row[] = c.learn_from.flatMap((entry, i) =>
    (entry.steps.length > 0 ? entry.steps : [null]).map((step) => ({ rank: i + 1, entry, step })),
  );
  const from = (e: LearnFrom) => (e.to_side === 'a' ? 'b' : 'a');
  const text = (step: LearnStep | null) => (step === null ? null : stepTexts(step, ctx));
  return buildTableSheet(
    t('sheet.learn'),
    [
      one('col.rank', 'count', (r) => r.rank),
      one('col.opd-id', 'text', (r) => r.entry.opd),
      one('col.opd-name', 'text', (r) => names.opd(r.entry.opd, r.entry.to_side)),
      one('col.service-id', 'text', (r) => r.entry.service),
      one('col.service-name', 'text', (r) => names.service(r.entry.opd, r.entry.service, r.entry.to_side)),
      one('col.from', 'text', (r) => sides[from(r.entry)]),
      one('col.to', 'text', (r) => sides[r.entry.to_side]),
      one('col.from-level', 'count', (r) => r.entry.from_level),
      one('col.to-level', 'count', (r) => r.entry.to_level),
      one('col.question-id', 'text', (r) => r.step?.question ?? null),
      one('col.question', 'longText', (r) => text(r.step)?.question ?? null),
      one('col.from-answer', 'longText', (r) => text(r.step)?.from ?? null),
      one('col.to-answer', 'longText', (r) => text(r.step)?.to ?? null),
      one('col.removes-visit', 'flag', (r) => r.step?.removes_visit ?? null),
      one('col.visits-saved', 'count', (r) => r.entry.visits_saved),
    ],
    rows,
  );
}

/** The comparison as a workbook: city, OPDs, services, learn from. */
export function renderCompareXlsx(c: Comparison, ctx: RenderContext): Promise<Uint8Array> {
  return writeWorkbook([summarySheet(c, ctx), opdSheet(c, ctx), serviceSheet(c, ctx), learnSheet(c, ctx)]);
}
