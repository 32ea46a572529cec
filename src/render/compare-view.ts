/**
 * `opdm compare` as text all formats share: what to call each side (a city, or a period when
 * one city is compared with itself), the vocabulary in the report language, signed differences,
 * and the headline sentences.
 */
import { compareCodePoints, round } from '../core/numbers.js';
import { translator, type Lang } from '../i18n/index.js';
import { compareMessages } from '../i18n/compare-messages.js';
import { formatExact, formatNumber, formatPercent, formatScore, NONE } from './format.js';
import type { Comparison, CompareStatus } from '../core/compare.js';
import type { Rubric } from '../core/types.js';
import type { Band } from './view.js';

/** How the text names A and B. */
export interface Sides {
  a: string;
  b: string;
  /** One city, two periods: the sides are named by period. */
  isPeriods: boolean;
  /** Two periods with A the earlier: `better` reads "improved". */
  isForward: boolean;
}

/** A and B by city name, or by period for one city's two periods; the id tells apart equal names. */
export function sidesOf(c: Comparison): Sides {
  const [a, b] = [c.a.city, c.b.city];
  if (c.same_city && a.period !== b.period)
    return { a: a.period, b: b.period, isPeriods: true, isForward: compareCodePoints(a.period, b.period) < 0 };
  if (c.same_city) return { a: `${a.name} (A)`, b: `${b.name} (B)`, isPeriods: false, isForward: false };
  if (a.name === b.name)
    return { a: `${a.name} (${a.id})`, b: `${b.name} (${b.id})`, isPeriods: false, isForward: false };
  return { a: a.name, b: b.name, isPeriods: false, isForward: false };
}

/** The heading: "Comparison: Kota A (2026) vs Kota B (2026)", or "Comparison of Kota A: 2025 vs 2026". */
export function headingOf(c: Comparison, lang: Lang): string {
  const t = translator(compareMessages, lang);
  const sides = sidesOf(c);
  if (sides.isPeriods) return t('heading.compare-periods', { city: c.a.city.name, a: sides.a, b: sides.b });
  return t('heading.compare', { a: `${sides.a} (${c.a.city.period})`, b: `${sides.b} (${c.b.city.period})` });
}

/** The legend under the heading: the rubric, then which side is A and which B. */
export function legendOf(c: Comparison, lang: Lang): string[] {
  const t = translator(compareMessages, lang);
  const sides = sidesOf(c);
  return [
    t('legend.rubric', { id: c.rubric.id, version: c.rubric.version }),
    t('legend.sides', { a: sides.a, b: sides.b }),
  ];
}

/** A status in words; two periods in time order read improved / declined / unchanged. */
export function statusText(
  status: CompareStatus,
  sides: Sides,
  lang: Lang,
  incompleteIn: readonly ('a' | 'b')[] = [],
): string {
  const t = translator(compareMessages, lang);
  switch (status) {
    case 'better':
      return t(sides.isForward ? 'status.improved' : 'status.better');
    case 'worse':
      return t(sides.isForward ? 'status.declined' : 'status.worse');
    case 'same':
      return t(sides.isForward ? 'status.unchanged' : 'status.same');
    case 'only_a':
      return t('status.only', { side: sides.a });
    case 'only_b':
      return t('status.only', { side: sides.b });
    case 'incomplete':
      if (incompleteIn.length === 0) return t('status.incomplete');
      return t('status.incomplete-in', { side: incompleteIn.map((side) => sides[side]).join(', ') });
    case 'not_comparable':
      return t('status.not-comparable');
  }
}

/** The terminal colours better green, worse red, incomplete yellow; the rest (not judged) stay plain. */
export function statusBand(status: CompareStatus): Band | null {
  return status === 'better' ? 'high' : status === 'worse' ? 'low' : status === 'incomplete' ? 'middle' : null;
}

/** What kind of figure a value is, for formatting: a `ratio` is a 0-1 share, a `rate` a number per transaction. */
export type Figure = 'score' | 'ratio' | 'rate' | 'count';

/**
 * A figure as a person reads it: a score with 2 decimals, a ratio as a percentage, a rate with
 * up to 4 decimals (`0,8181`), a count grouped.
 */
export function formatFigure(figure: Figure, value: number | null, lang: Lang): string {
  if (figure === 'score') return formatScore(value, lang);
  if (figure === 'rate') return formatExact(value, lang);
  return figure === 'ratio' ? formatPercent(value, lang) : formatNumber(value, lang);
}

/** B minus A with its sign; a difference of shares in percentage points. */
export function formatDifference(figure: Figure, difference: number | null, lang: Lang): string {
  if (difference === null) return NONE;
  const value = figure === 'ratio' ? round(difference * 100, 2) : difference;
  const text =
    figure === 'score'
      ? formatScore(value, lang)
      : figure === 'rate'
        ? formatExact(value, lang)
        : formatNumber(value, lang);
  const signed = value > 0 ? `+${text}` : text;
  return figure === 'ratio' ? translator(compareMessages, lang)('unit.points', { n: signed }) : signed;
}

/** The headline sentences: how the services compare, and what each side could save. */
export function summaryLines(c: Comparison, lang: Lang): string[] {
  const t = translator(compareMessages, lang);
  const sides = sidesOf(c);
  const s = c.summary.services;
  const lines = [
    t('summary.services', {
      ...s,
      better_word: statusText('better', sides, lang),
      worse_word: statusText('worse', sides, lang),
      same_word: statusText('same', sides, lang),
      a: sides.a,
      b: sides.b,
    }),
  ];
  for (const to of ['a', 'b'] as const) {
    const learning = c.summary.learn_from[to];
    const from = to === 'a' ? 'b' : 'a';
    const known = learning.services - learning.visits_saved_unknown;
    const word = (n: number) => t(n === 1 ? 'word.service' : 'word.services');
    if (known > 0) {
      const params = {
        to: sides[to],
        from: sides[from],
        n: formatNumber(learning.visits_saved, lang),
        services: known,
        services_word: word(known),
      };
      lines.push(t(sides.isPeriods ? 'summary.learn-periods' : 'summary.learn', params));
    }
    const unknown = learning.visits_saved_unknown;
    if (unknown > 0)
      lines.push(t('summary.learn-unknown', { n: unknown, to: sides[to], services_word: word(unknown) }));
  }
  return lines;
}

/**
 * The name of an OPD or a service both sides have: matched by id, it may be named differently
 * on each side (`Disdukcapil` and `Dinas Kependudukan dan Pencatatan Sipil`); both are shown then.
 */
export function bothNames(name: { a: string | null; b: string | null }, id: string): string {
  if (name.a !== null && name.b !== null && name.a !== name.b) return `${name.a} (B: ${name.b})`;
  return name.a ?? name.b ?? id;
}

/**
 * Names of OPDs and services by id; the learning side's name first, as the advice is for it.
 * An OPD with a short name in the rubric's catalog (`Disdukcapil`) goes by it.
 */
export function namesIn(c: Comparison, rubric?: Rubric) {
  return {
    opd: (id: string, side: 'a' | 'b') => {
      const short = rubric?.catalog?.find((o) => o.id === id)?.short;
      if (short !== undefined) return short;
      const row = c.opds.find((o) => o.opd === id);
      return (side === 'a' ? (row?.name.a ?? row?.name.b) : (row?.name.b ?? row?.name.a)) ?? id;
    },
    service: (opd: string, id: string, side: 'a' | 'b') => {
      const row = c.services.find((s) => s.opd === opd && s.service === id);
      return (side === 'a' ? (row?.name.a ?? row?.name.b) : (row?.name.b ?? row?.name.a)) ?? id;
    },
  };
}
