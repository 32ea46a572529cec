/**
 * The fixed vocabulary of `compare` and the side-by-side pairs it is built from. Every status
 * reads as "B compared with A", and every difference is B minus A.
 */
import { round } from './numbers.js';

/**
 * `better`/`worse`: B is better/worse than A; `same`; `only_a`/`only_b`: one side has no such
 * entity (or value); `incomplete`: unknown on at least one side, so not compared;
 * `not_comparable`: both known, but a total of two cities of different sizes, so not judged.
 */
export const COMPARE_STATUSES = [
  'better',
  'worse',
  'same',
  'only_a',
  'only_b',
  'incomplete',
  'not_comparable',
] as const;
export type CompareStatus = (typeof COMPARE_STATUSES)[number];

/** Which way is better for a figure: a higher score, or fewer office visits. */
export type Direction = 'higher' | 'lower';

/** One figure of both sides: A's, B's, B minus A (numbers only), and the status. */
export interface Pair<T extends number | string | boolean> {
  a: T | null;
  b: T | null;
  /** B minus A; null when either side is unknown, or the figure is not a number. */
  difference: number | null;
  status: CompareStatus;
}

/** How many decimals a figure keeps (SPEC: scores 2, ratios 4); counts keep 2 in case of fractional volumes. */
export const DECIMALS = { score: 2, ratio: 4, count: 2 } as const;

/** A number pair. Unknown on either side -> `incomplete` with no difference. */
export function compareNumbers(
  a: number | null,
  b: number | null,
  direction: Direction,
  decimals: number,
): Pair<number> {
  if (a === null || b === null) return { a, b, difference: null, status: 'incomplete' };
  const difference = round(b - a, decimals);
  if (difference === 0) return { a, b, difference: 0, status: 'same' };
  const isHigherBetter = direction === 'higher';
  return { a, b, difference, status: difference > 0 === isHigherBetter ? 'better' : 'worse' };
}

/** A yes/no pair where yes is better (no office visit needed). */
export function compareFlags(a: boolean | null, b: boolean | null): Pair<boolean> {
  if (a === null || b === null) return { a, b, difference: null, status: 'incomplete' };
  return { a, b, difference: null, status: a === b ? 'same' : b ? 'better' : 'worse' };
}

/**
 * A label pair ranked by position (0 = best, as rubric ratings are listed); a label without a
 * rank cannot be compared.
 */
export function compareRanked(
  a: string | null,
  b: string | null,
  rankA: number | null,
  rankB: number | null,
): Pair<string> {
  if (a === null || b === null || rankA === null || rankB === null)
    return { a, b, difference: null, status: 'incomplete' };
  return { a, b, difference: null, status: rankA === rankB ? 'same' : rankB < rankA ? 'better' : 'worse' };
}

/** The pair of a figure that only one side has. */
export function onlyOne<T extends number | string | boolean>(side: 'a' | 'b', value: T | null): Pair<T> {
  return side === 'a'
    ? { a: value, b: null, difference: null, status: 'only_a' }
    : { a: null, b: value, difference: null, status: 'only_b' };
}

/** Both values shown, but not compared: the answers behind them are incomplete. */
export function notCompared<T extends number | string | boolean>(pair: Pair<T>): Pair<T> {
  return { a: pair.a, b: pair.b, difference: null, status: 'incomplete' };
}

/**
 * Both values and the difference shown, but not judged: a city's total that grows with its size
 * says nothing about which of two different cities does better. Unknown stays `incomplete`.
 */
export function notComparable<T extends number | string | boolean>(pair: Pair<T>): Pair<T> {
  return pair.status === 'incomplete' ? pair : { ...pair, status: 'not_comparable' };
}

/**
 * The first pair that tells the sides apart decides: `better`/`worse` from it, else `same`.
 * Pairs unknown on a side (`incomplete`) are passed over.
 */
export function decide(pairs: readonly Pair<number | string | boolean>[]): CompareStatus {
  const deciding = pairs.find((p) => p.status === 'better' || p.status === 'worse');
  return deciding?.status ?? 'same';
}
