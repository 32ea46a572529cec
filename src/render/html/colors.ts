/**
 * Chart colours: ratings from best (green) to worst (red), levels against the target, the two
 * sides of a comparison.
 */
import { ratingIndex } from '../../core/score.js';
import type { Rubric } from '../../core/types.js';
import { ratingStep } from '../view.js';

const RATING_PALETTE = ['#1e7b4f', '#5c9e3a', '#c49a1c', '#dd7a22', '#b3261e'] as const;

/** Below the target level a service is still work to do; at or above it, done. */
export const LEVEL_COLORS = { below: '#a9b6c4', atTarget: '#1e7b4f' } as const;

/**
 * Visits by kind: office visits going digital can remove (navy), the inherent ones (a national
 * rule: slate; a physical step: grey), and officers' field visits (teal, not an office visit).
 */
export const VISIT_COLORS = {
  avoidable: '#163a5f',
  rule: '#6b7f95',
  physical: '#a9b6c4',
  field: '#2a8c8c',
} as const;

/** A comparison's sides: A navy, B orange (told apart in greyscale print too). */
export const SIDE_COLORS = { a: '#163a5f', b: '#e08a2c' } as const;

/** The colour of the rating at `index` among `count` ratings (0 = best); the terminal takes the same step (view.ts). */
export function ratingColor(index: number, count: number): string {
  return RATING_PALETTE[ratingStep(index, count)] ?? RATING_PALETTE[0];
}

/** The colour of a score's rating; grey when unknown. */
export function scoreColor(rubric: Rubric, rating: string | null, score: number | null): string {
  const index = ratingIndex(rubric, rating, score);
  return index === null ? '#a9b6c4' : ratingColor(index, rubric.ratings.length);
}
