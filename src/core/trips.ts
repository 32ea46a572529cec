/**
 * SPEC "Scoring" 9, visits as citizens live them: the answers that need presence, grouped into
 * trips (the steps of one occasion cost one visit), each inherent or avoidable.
 */
import type { QuestionResult } from './evaluate.js';
import { needsPresence } from './question-types/index.js';

/** The kinds of a trip: what brings the citizen in on that occasion. */
export type TripKind = 'office' | 'rule' | 'physical';

export interface TripResult {
  /** The declared trip's id; null for a question without `trip` (a trip of its own). */
  id: string | null;
  /** `rule` when any step is a national rule, else `physical` when any step is, else `office`. */
  kind: TripKind;
  /** The answers that need presence on this occasion, in rubric order. */
  steps: readonly QuestionResult[];
}

/** A service's visit counts per transaction (SPEC Scoring 9). */
export interface VisitCounts {
  trips: number;
  /** Trips of kind `rule` or `physical`. */
  inherent: number;
  /** Trips of kind `rule`. */
  rule: number;
  /** Answers of kind `field`: an officer goes to the citizen or the site. */
  field: number;
}

const RANK: Readonly<Record<TripKind, number>> = { office: 0, physical: 1, rule: 2 };

/** `rule` and `physical` trips: the citizen comes anyway. */
export const isInherentTrip = (trip: TripResult): boolean => trip.kind !== 'office';

/** The kind of an answer that needs presence on an occasion; undefined when it needs none. */
function presenceOf(r: QuestionResult): TripKind | undefined {
  const kind = r.outcome?.visit;
  return r.status === 'answered' && kind !== undefined && needsPresence(kind) ? (kind as TripKind) : undefined;
}

/**
 * The counts of a service's trips (SPEC Scoring 9) and of its field visits. The trips it groups
 * are dropped at once: kept on every score, a nation's 200,000 services' trips outlived the young
 * generation and cost the batch 5% (see serviceTrips in score.ts).
 */
export function countVisits(questions: readonly QuestionResult[]): VisitCounts {
  let field = 0;
  for (const r of questions) if (r.status === 'answered' && r.outcome?.visit === 'field') field++;
  const trips = tripsOf(questions);
  let inherent = 0;
  let rule = 0;
  for (const trip of trips) {
    if (isInherentTrip(trip)) inherent++;
    if (trip.kind === 'rule') rule++;
  }
  return { trips: trips.length, inherent, rule, field };
}

/** The trips of one service's evaluated questions, in the rubric order of each trip's first step. */
export function tripsOf(questions: readonly QuestionResult[]): readonly TripResult[] {
  const trips: { id: string | null; kind: TripKind; steps: QuestionResult[] }[] = [];
  for (const r of questions) {
    const kind = presenceOf(r);
    if (kind === undefined) continue;
    const id = r.entry.question.trip ?? null;
    let trip = id === null ? undefined : trips.find((t) => t.id === id);
    if (trip === undefined) trips.push((trip = { id, kind: 'office', steps: [] }));
    trip.steps.push(r);
    if (RANK[kind] > RANK[trip.kind]) trip.kind = kind;
  }
  return trips;
}
