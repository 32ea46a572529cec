/** The one rounding function, and the weighted mean that every score is built from. */

/**
 * Rounds half away from zero at `decimals`, after removing binary noise, so that 84.445
 * (stored as 84.44499999...) becomes 84.45 as a person computing by hand expects.
 */
export function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const scaled = Number((value * factor).toFixed(6));
  return (Math.sign(scaled) * Math.round(Math.abs(scaled))) / factor + 0;
}

export const roundScore = (value: number | null): number | null => (value === null ? null : round(value, 2));
export const roundRatio = (value: number | null): number | null => (value === null ? null : round(value, 4));

/**
 * SPEC step 10, as reported: answered / applicable to 4 decimals, 1 when nothing is required,
 * and exact: never 1 while a required answer is missing (20000 of 20001 is 0.9999).
 */
export function roundCompleteness(counts: { applicable: number; answered: number }): number {
  if (counts.applicable === 0) return 1;
  const ratio = round(counts.answered / counts.applicable, 4);
  return ratio === 1 && counts.answered < counts.applicable ? 0.9999 : ratio;
}

export interface Weighted {
  value: number | null;
  weight: number | null;
}

/**
 * SPEC: a weighted mean leaves out null values and zero (or unknown) weights; with nothing
 * left it is null.
 */
export function weightedMean(items: Iterable<Weighted>): number | null {
  let sum = 0;
  let weights = 0;
  for (const { value, weight } of items) {
    if (value === null || weight === null || !(weight > 0)) continue;
    sum += value * weight;
    weights += weight;
  }
  return weights > 0 ? sum / weights : null;
}

/** `part / whole`, null when the whole is 0. */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

/** Code point order, as SPEC asks for ids (not locale order). */
export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
