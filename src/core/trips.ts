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

export interface ServiceVisits {
  /** In the rubric order of each trip's first step. */
  trips: readonly TripResult[];
  /** Trips of kind `rule` or `physical`. */
  inherent: number;
  /** Trips of kind `rule`. */
  rule: number;
  /** Answers of kind `field`: an officer goes to the citizen or the site. */
  field: number;
}

/** Most services of a city that goes digital need no visit: one shared empty list for them. */
const NO_TRIPS: readonly TripResult[] = Object.freeze([]);

const RANK: Readonly<Record<TripKind, number>> = { office: 0, physical: 1, rule: 2 };

/** `rule` and `physical` trips: the citizen comes anyway. */
export const isInherentTrip = (trip: TripResult): boolean => trip.kind !== 'office';

/** The trips and field visits of one service's evaluated questions (in rubric order). */
export function visitsOf(questions: readonly QuestionResult[]): ServiceVisits {
  let trips: { id: string | null; kind: TripKind; steps: QuestionResult[] }[] | undefined;
  let field = 0;
  for (const r of questions) {
    const kind = r.outcome?.visit;
    if (kind === undefined || kind === 'none' || r.status !== 'answered') continue;
    if (kind === 'field') field++;
    if (!needsPresence(kind)) continue;
    const id = r.entry.question.trip ?? null;
    trips ??= [];
    let trip = id === null ? undefined : trips.find((t) => t.id === id);
    if (trip === undefined) trips.push((trip = { id, kind: 'office', steps: [] }));
    trip.steps.push(r);
    const stepKind = kind as TripKind;
    if (RANK[stepKind] > RANK[trip.kind]) trip.kind = stepKind;
  }
  if (trips === undefined) return { trips: NO_TRIPS, inherent: 0, rule: 0, field };
  let inherent = 0;
  let rule = 0;
  for (const trip of trips) {
    if (trip.kind !== 'office') inherent++;
    if (trip.kind === 'rule') rule++;
  }
  return { trips, inherent, rule, field };
}
