/**
 * `opdm compare --format xlsx`: the comparison as a workbook to sort and filter. Four sheets, as
 * the terminal shows them: the city (who A and B are, then every city figure), OPDs, services,
 * and one row per learn-from step. Numbers are numbers (differences signed, B − A), an unknown
 * value is an empty cell, and the status column holds the CSV's seven words in the report
 * language, so that one filter finds them all.
 */
import { translator } from '../i18n/index.js';
import { compareMessages } from '../i18n/compare-messages.js';
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
  type SheetSpec,
} from './xlsx-sheets.js';
import type { CityRows, Comparison, CompareStatus, LearnFrom, LearnStep, Pair } from '../core/compare.js';
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

/** A figure of both sides, A then B; `label` makes each header from the side's letter. */
function sidesColumns<T>(
  label: (side: string) => string,
  kind: NumberKind | 'flag',
  pair: (row: T) => { a: number | boolean | null; b: number | boolean | null },
): Column<T>[] {
  return [
    { header: label('A'), kind, value: (row) => pair(row).a },
    { header: label('B'), kind, value: (row) => pair(row).b },
  ];
}

function opdSheet(c: Comparison, ctx: Ctx): SheetSpec {
  const t = translator(compareMessages, ctx.lang);
  type Row = Comparison['opds'][number];
  const status = (s: CompareStatus) => statusText(s, PLAIN, ctx.lang);
  return buildTableSheet<Row>(
    t('sheet.opds'),
    [
      { header: t('col.opd-id'), kind: 'text', value: (o) => o.opd },
      { header: t('col.opd-name'), kind: 'text', value: (o) => bothNames(o.name, o.opd) },
      ...sidesColumns<Row>(
        (side) => t('col.score-of', { side }),
        'score',
        (o) => o.score,
      ),
      { header: t('col.score-difference'), kind: 'scoreDiff', value: (o) => o.score.difference },
      {
        header: t('col.rating-of', { side: 'A' }),
        kind: 'text',
        value: (o) => ratingLabel(ctx, o.rating.a, o.score.a),
      },
      {
        header: t('col.rating-of', { side: 'B' }),
        kind: 'text',
        value: (o) => ratingLabel(ctx, o.rating.b, o.score.b),
      },
      ...sidesColumns<Row>(
        (side) => t('col.completeness-of', { side }),
        'ratio',
        (o) => o.completeness,
      ),
      { header: t('col.completeness-difference'), kind: 'ratioDiff', value: (o) => o.completeness.difference },
      ...sidesColumns<Row>(
        (side) => t('col.services-of', { side }),
        'count',
        (o) => o.services,
      ),
      { header: t('col.status'), kind: 'text', value: (o) => status(o.status) },
    ],
    c.opds,
  );
}

function serviceSheet(c: Comparison, ctx: Ctx): SheetSpec {
  const t = translator(compareMessages, ctx.lang);
  type Row = Comparison['services'][number];
  const opdNames = new Map(c.opds.map((o) => [o.opd, bothNames(o.name, o.opd)]));
  const difference = (pair: Pair<number>) => pair.difference;
  return buildTableSheet<Row>(
    t('sheet.services'),
    [
      { header: t('col.opd-id'), kind: 'text', value: (s) => s.opd },
      { header: t('col.opd-name'), kind: 'text', value: (s) => opdNames.get(s.opd) ?? s.opd },
      { header: t('col.service-id'), kind: 'text', value: (s) => s.service },
      { header: t('col.service-name'), kind: 'text', value: (s) => bothNames(s.name, s.service) },
      ...sidesColumns<Row>(
        (side) => t('col.score-of', { side }),
        'score',
        (s) => s.score,
      ),
      { header: t('col.score-difference'), kind: 'scoreDiff', value: (s) => difference(s.score) },
      ...sidesColumns<Row>(
        (side) => t('col.level-of', { side }),
        'count',
        (s) => s.level,
      ),
      ...sidesColumns<Row>(
        (side) => t('col.no-visit-of', { side }),
        'flag',
        (s) => s.no_visit,
      ),
      ...sidesColumns<Row>(
        (side) => t('col.visits-per-transaction-of', { side }),
        'rate',
        (s) => s.visits_per_transaction,
      ),
      {
        header: t('col.visits-per-transaction-difference'),
        kind: 'rateDiff',
        value: (s) => difference(s.visits_per_transaction),
      },
      ...sidesColumns<Row>(
        (side) => t('col.volume-of', { side }),
        'count',
        (s) => s.annual_volume,
      ),
      ...sidesColumns<Row>(
        (side) => t('col.visits-of', { side }),
        'count',
        (s) => s.annual_visits,
      ),
      { header: t('col.visits-difference'), kind: 'countDiff', value: (s) => difference(s.annual_visits) },
      ...sidesColumns<Row>(
        (side) => t('col.completeness-of', { side }),
        'ratio',
        (s) => s.completeness,
      ),
      { header: t('col.status'), kind: 'text', value: (s) => statusText(s.status, PLAIN, ctx.lang) },
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
  const rows: Row[] = c.learn_from.flatMap((entry, i) =>
    (entry.steps.length > 0 ? entry.steps : [null]).map((step) => ({ rank: i + 1, entry, step })),
  );
  const from = (e: LearnFrom) => (e.to_side === 'a' ? 'b' : 'a');
  const text = (step: LearnStep | null) => (step === null ? null : stepTexts(step, ctx));
  return buildTableSheet<Row>(
    t('sheet.learn'),
    [
      { header: t('col.rank'), kind: 'count', value: (r) => r.rank },
      { header: t('col.opd-id'), kind: 'text', value: (r) => r.entry.opd },
      { header: t('col.opd-name'), kind: 'text', value: (r) => names.opd(r.entry.opd, r.entry.to_side) },
      { header: t('col.service-id'), kind: 'text', value: (r) => r.entry.service },
      {
        header: t('col.service-name'),
        kind: 'text',
        value: (r) => names.service(r.entry.opd, r.entry.service, r.entry.to_side),
      },
      { header: t('col.from'), kind: 'text', value: (r) => sides[from(r.entry)] },
      { header: t('col.to'), kind: 'text', value: (r) => sides[r.entry.to_side] },
      { header: t('col.from-level'), kind: 'count', value: (r) => r.entry.from_level },
      { header: t('col.to-level'), kind: 'count', value: (r) => r.entry.to_level },
      { header: t('col.question-id'), kind: 'text', value: (r) => r.step?.question ?? null },
      { header: t('col.question'), kind: 'longText', value: (r) => text(r.step)?.question ?? null },
      { header: t('col.from-answer'), kind: 'longText', value: (r) => text(r.step)?.from ?? null },
      { header: t('col.to-answer'), kind: 'longText', value: (r) => text(r.step)?.to ?? null },
      { header: t('col.removes-visit'), kind: 'flag', value: (r) => r.step?.removes_visit ?? null },
      { header: t('col.visits-saved'), kind: 'count', value: (r) => r.entry.visits_saved },
    ],
    rows,
  );
}

/** The comparison as a workbook: city, OPDs, services, learn from. */
export function renderCompareXlsx(c: Comparison, ctx: RenderContext): Promise<Uint8Array> {
  return writeWorkbook([summarySheet(c, ctx), opdSheet(c, ctx), serviceSheet(c, ctx), learnSheet(c, ctx)]);
}
