/**
 * SPEC "Compare": two cities' reports (or one city's two periods) side by side, matched by OPD
 * and service id, with the fixed vocabulary of compare-pairs.ts and the learn-from recipe.
 * Every difference is B minus A; every status reads "B compared with A".
 */
import { compareCityRows, type CityRows } from './compare-city.js';
import { compareOpds, compareServices, type OpdRow, type ServiceRow } from './compare-rows.js';
import type { CompareStatus } from './compare-pairs.js';
import { findLearnFrom, type LearnFrom } from './learn-from.js';
import { majorOf } from './rubric-index.js';
import type { Report } from './report.js';
import type { Rubric } from './types.js';

export type { CityRows } from './compare-city.js';
export type { OpdRow, ServiceRow } from './compare-rows.js';
export type { CompareStatus, Pair } from './compare-pairs.js';
export type { LearnFrom, LearnStep } from './learn-from.js';

/** One side of the comparison: which assessment it is. */
export interface CompareSide {
  city: { id: string; name: string; period: string; notes?: string };
  rubric: { id: string; version: string; sha256: string };
  opds: number;
  services: number;
  /** Known volumes summed; null when no service's volume is known. */
  annual_volume: number | null;
}

/** The statuses a service row can have. */
type ServiceStatus = Exclude<CompareStatus, 'not_comparable'>;

/** The headline: how many OPDs and services match, and what each side can learn. */
export interface CompareSummary {
  opds: { shared: number; only_a: number; only_b: number };
  /** Services are never `not_comparable` (that is for a city total), so it is not counted. */
  services: Record<ServiceStatus, number> & { shared: number };
  /** `a`: what A can learn from B (entries with `to` = A); `b`: what B can learn from A. */
  learn_from: Record<'a' | 'b', { services: number; visits_saved: number; visits_saved_unknown: number }>;
}

/** The compare JSON, version 1 (docs/compare.md, schemas/compare.schema.json). */
export interface Comparison {
  compare_version: 1;
  generator: string;
  /** The rubric whose questions and options judged the answers. */
  rubric: { id: string; version: string };
  /** Every `difference` is B minus A. */
  difference: 'b_minus_a';
  /** True when A and B are the same city (two periods): text then names them by period. */
  same_city: boolean;
  a: CompareSide;
  b: CompareSide;
  summary: CompareSummary;
  city: CityRows;
  opds: OpdRow[];
  services: ServiceRow[];
  learn_from: LearnFrom[];
}

/** SPEC: two assessments can be compared when their rubric ids and major versions agree. */
/** The assessments' own notes (e.g. "illustrative"), each said once. */
export function notesOf(c: Pick<Comparison, 'a' | 'b'>): string[] {
  return [...new Set([c.a.city.notes, c.b.city.notes].filter((n): n is string => n !== undefined))];
}

export function isSameRubricLine(a: { id: string; version: string }, b: { id: string; version: string }): boolean {
  return a.id === b.id && majorOf(a.version) === majorOf(b.version);
}

function sideOf(report: Report): CompareSide {
  const { id, name, period, notes } = report.city;
  return {
    city: { id, name, period, ...(notes === undefined ? {} : { notes }) },
    rubric: { ...report.rubric },
    opds: report.opds.length,
    services: report.summary.services,
    annual_volume: report.summary.annual_volume,
  };
}

function summarize(
  a: Report,
  opds: readonly OpdRow[],
  services: readonly ServiceRow[],
  learnFrom: readonly LearnFrom[],
): CompareSummary {
  const count = <T extends { status: CompareStatus }>(rows: readonly T[], status: CompareStatus) =>
    rows.filter((r) => r.status === status).length;
  const statuses = Object.fromEntries(
    (['better', 'worse', 'same', 'incomplete', 'only_a', 'only_b'] as const).map((s) => [s, count(services, s)]),
  ) as Record<ServiceStatus, number>;
  const learning = (isA: boolean) => {
    const entries = learnFrom.filter((e) => (e.to_side === 'a') === isA);
    return {
      services: entries.length,
      visits_saved: entries.reduce((sum, e) => sum + (e.visits_saved ?? 0), 0),
      visits_saved_unknown: entries.filter((e) => e.visits_saved === null).length,
    };
  };
  return {
    opds: {
      shared: opds.length - count(opds, 'only_a') - count(opds, 'only_b'),
      only_a: count(opds, 'only_a'),
      only_b: count(opds, 'only_b'),
    },
    services: { shared: services.length - statuses.only_a - statuses.only_b, ...statuses },
    learn_from: { a: learning(true), b: learning(false) },
  };
}

/**
 * Compares report A with report B, both scored with `rubric`'s id and major version (check
 * with {@link isSameRubricLine} first). `rubric` judges the answers of the learn-from steps and
 * ranks the ratings; the reports' own figures are compared as they are.
 */
export function compareReports(
  a: Report,
  b: Report,
  rubric: Rubric,
  ctx: { generator: string } = { generator: '' },
): Comparison {
  const opds = compareOpds(a, b, rubric);
  const services = compareServices(a, b);
  const learnFrom = findLearnFrom(a, b, rubric);
  return {
    compare_version: 1,
    generator: ctx.generator,
    rubric: { id: rubric.rubric, version: rubric.version },
    difference: 'b_minus_a',
    same_city: a.city.id === b.city.id,
    a: sideOf(a),
    b: sideOf(b),
    summary: summarize(a, opds, services, learnFrom),
    city: compareCityRows(a, b, rubric),
    opds,
    services,
    learn_from: learnFrom,
  };
}
