/** The city rows of `compare`: the headline figures of both reports side by side. */
import { compareNumbers, compareRanked, DECIMALS, notComparable, type Pair } from './compare-pairs.js';
import { roundRatio, share } from './numbers.js';
import { ratingIndex } from './score.js';
import type { Report, ReportSummary } from './report.js';
import type { Rubric } from './types.js';

/** The city figures, each a pair; `levels` holds the count of services at each level of the scale. */
export interface CityRows {
  score: Pair<number>;
  rating: Pair<string>;
  completeness: Pair<number>;
  services_no_visit: Pair<number>;
  share_services_no_visit: Pair<number>;
  share_volume_no_visit: Pair<number>;
  /** `not_comparable` between two different cities: a total grows with the city's size. */
  annual_visits: Pair<number>;
  /** Office visits a year / transactions a year (known volumes): comparable across city sizes. */
  visits_per_transaction: Pair<number>;
  /** Services at the rubric's target level or above. */
  services_at_target: Pair<number>;
  levels: Record<string, Pair<number>>;
}

/** Shares written by older or hand-made reports may be missing: they follow from the counts. */
function sharesOf(s: ReportSummary) {
  return {
    services: s.share_services_no_visit ?? roundRatio(share(s.services_no_visit, s.services)),
    volume:
      s.share_volume_no_visit ??
      (s.annual_volume === null ? null : roundRatio(share(s.annual_volume_no_visit ?? 0, s.annual_volume))),
  };
}

/**
 * The city's office visits per transaction, to 4 decimals like the shares; null when the visits
 * or the volume are unknown, or the volume is 0.
 */
function visitsPerTransaction(s: ReportSummary): number | null {
  return s.annual_visits === null || s.annual_volume === null
    ? null
    : roundRatio(share(s.annual_visits, s.annual_volume));
}

/**
 * The city rows of A and B; counts per level follow the rubric's scale. The total of office
 * visits is judged only between two periods of one city (same city id): between two cities it
 * mostly tells their sizes apart, and the visits per transaction judge instead.
 */
export function compareCityRows(a: Report, b: Report, rubric: Rubric): CityRows {
  const [x, y] = [a.summary, b.summary];
  const [sharesA, sharesB] = [sharesOf(x), sharesOf(y)];
  const visits = compareNumbers(x.annual_visits, y.annual_visits, 'lower', DECIMALS.count);
  const levelCount = (s: ReportSummary, level: number) => s.levels[String(level)] ?? 0;
  const atTarget = (s: ReportSummary) =>
    rubric.scale.filter((l) => l.level >= rubric.target_level).reduce((sum, l) => sum + levelCount(s, l.level), 0);
  // Below the target level a service is still work to do, so fewer is better; at or above it, more.
  const levels = Object.fromEntries(
    rubric.scale.map(({ level }) => [
      String(level),
      compareNumbers(
        levelCount(x, level),
        levelCount(y, level),
        level >= rubric.target_level ? 'higher' : 'lower',
        DECIMALS.count,
      ),
    ]),
  );
  return {
    score: compareNumbers(x.score, y.score, 'higher', DECIMALS.score),
    rating: compareRanked(
      x.rating,
      y.rating,
      ratingIndex(rubric, x.rating, x.score),
      ratingIndex(rubric, y.rating, y.score),
    ),
    completeness: compareNumbers(x.completeness, y.completeness, 'higher', DECIMALS.ratio),
    services_no_visit: compareNumbers(x.services_no_visit, y.services_no_visit, 'higher', DECIMALS.count),
    share_services_no_visit: compareNumbers(sharesA.services, sharesB.services, 'higher', DECIMALS.ratio),
    share_volume_no_visit: compareNumbers(sharesA.volume, sharesB.volume, 'higher', DECIMALS.ratio),
    annual_visits: a.city.id === b.city.id ? visits : notComparable(visits),
    visits_per_transaction: compareNumbers(visitsPerTransaction(x), visitsPerTransaction(y), 'lower', DECIMALS.ratio),
    services_at_target: compareNumbers(atTarget(x), atTarget(y), 'higher', DECIMALS.count),
    levels,
  };
}
