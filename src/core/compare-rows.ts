/**
 * The OPD and service rows of `compare`, matched by id: A's order first, then what only B has.
 * A service whose answers are incomplete on either side shows its figures but is not compared.
 */
import {
  compareFlags,
  compareNumbers,
  compareRanked,
  decide,
  DECIMALS,
  notCompared,
  onlyOne,
  type CompareStatus,
  type Pair,
} from './compare-pairs.js';
import { ratingIndex } from './score.js';
import type { Report, ReportOpd, ReportService } from './report.js';
import type { Rubric } from './types.js';

/** Something either side may have (a name, a count): shown, never compared. */
export interface Both<T> {
  a: T | null;
  b: T | null;
}

/** One OPD of either city, matched by id. */
export interface OpdRow {
  opd: string;
  name: Both<string>;
  /** Follows the score; `only_a`/`only_b` when one city has no such OPD. */
  status: CompareStatus;
  score: Pair<number>;
  rating: Pair<string>;
  completeness: Pair<number>;
  services: Both<number>;
}

/** One service of either city, matched by OPD id and service id. */
export interface ServiceRow {
  opd: string;
  service: string;
  name: Both<string>;
  /** Score, then level, then visits per transaction decide; `incomplete` when answers are missing on a side. */
  status: CompareStatus;
  /** The sides whose answers for this service are incomplete (completeness below 1). */
  incomplete_in: ('a' | 'b')[];
  score: Pair<number>;
  level: Pair<number>;
  no_visit: Pair<boolean>;
  visits_per_transaction: Pair<number>;
  annual_volume: Both<number>;
  annual_visits: Pair<number>;
  completeness: Pair<number>;
}

/** Items of A in A's order, then those only B has; each with its match on the other side. */
function matchById<T extends { id: string }>(
  a: readonly T[],
  b: readonly T[],
): { id: string; a: T | null; b: T | null }[] {
  const ofB = new Map(b.map((item) => [item.id, item]));
  const ofA = new Set(a.map((item) => item.id));
  return [
    ...a.map((item) => ({ id: item.id, a: item, b: ofB.get(item.id) ?? null })),
    ...b.filter((item) => !ofA.has(item.id)).map((item) => ({ id: item.id, a: null, b: item })),
  ];
}

function opdRow(id: string, x: ReportOpd | null, y: ReportOpd | null, rubric: Rubric): OpdRow {
  const name = { a: x?.name ?? null, b: y?.name ?? null };
  const services = { a: x?.services.length ?? null, b: y?.services.length ?? null };
  if (x === null || y === null) {
    const [side, only] = x === null ? (['b', y] as const) : (['a', x] as const);
    const status = side === 'a' ? 'only_a' : 'only_b';
    return {
      opd: id,
      name,
      status,
      score: onlyOne(side, only?.score ?? null),
      rating: onlyOne(side, only?.rating ?? null),
      completeness: onlyOne(side, only?.completeness ?? null),
      services,
    };
  }
  const score = compareNumbers(x.score, y.score, 'higher', DECIMALS.score);
  return {
    opd: id,
    name,
    status: score.status,
    score,
    rating: compareRanked(
      x.rating,
      y.rating,
      ratingIndex(rubric, x.rating, x.score),
      ratingIndex(rubric, y.rating, y.score),
    ),
    completeness: compareNumbers(x.completeness, y.completeness, 'higher', DECIMALS.ratio),
    services,
  };
}

/** One side only: every figure is that side's, with status only_a / only_b. */
function loneService(opd: string, side: 'a' | 'b', s: ReportService): ServiceRow {
  const one = <T extends number | boolean>(value: T | null) => onlyOne(side, value);
  const name = side === 'a' ? { a: s.name, b: null } : { a: null, b: s.name };
  const volume = side === 'a' ? { a: s.annual_volume, b: null } : { a: null, b: s.annual_volume };
  return {
    opd,
    service: s.id,
    name,
    status: side === 'a' ? 'only_a' : 'only_b',
    incomplete_in: s.completeness < 1 ? [side] : [],
    score: one(s.score),
    level: one(s.level),
    no_visit: one(s.no_visit),
    visits_per_transaction: one(s.visits_per_transaction),
    annual_volume: volume,
    annual_visits: one(s.annual_visits),
    completeness: one(s.completeness),
  };
}

function serviceRow(opd: string, x: ReportService, y: ReportService): ServiceRow {
  const incompleteIn = (
    [
      ['a', x],
      ['b', y],
    ] as const
  )
    .filter(([, s]) => s.completeness < 1)
    .map(([side]) => side);
  const pairs = {
    score: compareNumbers(x.score, y.score, 'higher', DECIMALS.score),
    level: compareNumbers(x.level, y.level, 'higher', DECIMALS.count),
    no_visit: compareFlags(x.no_visit, y.no_visit),
    visits_per_transaction: compareNumbers(x.visits_per_transaction, y.visits_per_transaction, 'lower', DECIMALS.count),
    annual_visits: compareNumbers(x.annual_visits, y.annual_visits, 'lower', DECIMALS.count),
  };
  const isComplete = incompleteIn.length === 0;
  return {
    opd,
    service: x.id,
    name: { a: x.name, b: y.name },
    status: isComplete ? decide([pairs.score, pairs.level, pairs.visits_per_transaction]) : 'incomplete',
    incomplete_in: incompleteIn,
    score: isComplete ? pairs.score : notCompared(pairs.score),
    level: isComplete ? pairs.level : notCompared(pairs.level),
    no_visit: isComplete ? pairs.no_visit : notCompared(pairs.no_visit),
    visits_per_transaction: isComplete ? pairs.visits_per_transaction : notCompared(pairs.visits_per_transaction),
    annual_volume: { a: x.annual_volume, b: y.annual_volume },
    annual_visits: isComplete ? pairs.annual_visits : notCompared(pairs.annual_visits),
    // What is known about an incomplete service is how complete it is: that is compared.
    completeness: compareNumbers(x.completeness, y.completeness, 'higher', DECIMALS.ratio),
  };
}

/** OPD rows: A's OPDs in A's order, then those only B has. */
export function compareOpds(a: Report, b: Report, rubric: Rubric): OpdRow[] {
  return matchById(a.opds, b.opds).map((m) => opdRow(m.id, m.a, m.b, rubric));
}

/** Service rows, OPD by OPD in the order of {@link compareOpds}. */
export function compareServices(a: Report, b: Report): ServiceRow[] {
  return matchById(a.opds, b.opds).flatMap((m) =>
    matchById(m.a?.services ?? [], m.b?.services ?? []).map((s) => {
      if (s.a !== null && s.b !== null) return serviceRow(m.id, s.a, s.b);
      return s.a !== null ? loneService(m.id, 'a', s.a) : loneService(m.id, 'b', s.b!);
    }),
  );
}
