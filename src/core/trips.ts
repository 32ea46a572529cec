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

/** A service's visit counts per transaction (SPEC Scoring 9), counted without building trips. */
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
 * The counts alone, without a single allocation: a nation's batch scores 200,000 services and
 * most never need their trips spelled out. A step opens a trip unless an earlier step of the
 * same declared trip did; a trip's kind is the strongest of its steps.
 */
export function countVisits(questions: readonly QuestionResult[]): VisitCounts {
  let trips = 0;
  let inherent = 0;
  let rule = 0;
  let field = 0;
  for (let i = 0; i < questions.length; i++) {
    const r = questions[i]!;
    if (r.status === 'answered' && r.outcome?.visit === 'field') field++;
    const kind = presenceOf(r);
    if (kind === undefined) continue;
    const id = r.entry.question.trip;
    if (id !== undefined && opensEarlier(questions, i, id)) continue;
    let strongest = kind;
    if (id !== undefined) {
      for (let j = i + 1; j < questions.length; j++) {
        const later = questions[j]!;
        const laterKind = later.entry.question.trip === id ? presenceOf(later) : undefined;
        if (laterKind !== undefined && RANK[laterKind] > RANK[strongest]) strongest = laterKind;
      }
    }
    trips++;
    if (strongest !== 'office') inherent++;
    if (strongest === 'rule') rule++;
  }
  return { trips, inherent, rule, field };
}

/** Whether a step before `at` already opened the declared trip `id`. */
function opensEarlier(questions: readonly QuestionResult[], at: number, id: string): boolean {
  for (let j = 0; j < at; j++) {
    const earlier = questions[j]!;
    if (earlier.entry.question.trip === id && presenceOf(earlier) !== undefined) return true;
  }
  return false;
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
