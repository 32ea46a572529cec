/**
 * SPEC "The gap report": the distance to "no office visit needed". An action per avoidable trip
 * (every step that must change to save that visit), the inherent trips apart, the services that
 * need no visit but see few citizens online, those below the target level, and the catalog's
 * services the city did not assess.
 */
import { compareCodePoints } from './numbers.js';
import type { QuestionResult } from './evaluate.js';
import { kindOf } from './question-types/index.js';
import { serviceTrips, type CityScore, type OpdScore, type ServiceScore } from './score.js';
import { isInherentTrip, type TripResult } from './trips.js';
import type { AnswerValue, LocalizedText, OptionValue, VisitKind } from './types.js';

/** One answer of an avoidable trip, and the smallest change that removes its visit. */
export interface ActionStep {
  result: QuestionResult;
  current: AnswerValue;
  /** The smallest visit-free answer; null when the question has none. */
  suggested: OptionValue | null;
  advice: LocalizedText | null;
}

/** An avoidable trip of a service: what must change to save that visit. */
export interface GapAction {
  opd: OpdScore;
  service: ServiceScore;
  trip: TripResult;
  steps: readonly ActionStep[];
  /** The service's annual volume: one visit saved per transaction; null when unknown. */
  visitsAvoided: number | null;
}

export interface InherentStep {
  result: QuestionResult;
  current: AnswerValue;
  kind: VisitKind;
  basis: LocalizedText | null;
}

/** A trip the citizen makes anyway (a national rule, a physical step). */
export interface InherentTrip {
  opd: OpdScore;
  service: ServiceScore;
  trip: TripResult;
  steps: readonly InherentStep[];
  annualVisits: number | null;
}

/** A service that needs no visit but whose online share is below the uptake target. */
export interface Underused {
  opd: OpdScore;
  service: ServiceScore;
  onlineShare: number;
  /** volume x (1 - share); null when the volume is unknown. */
  offlineTransactions: number | null;
}

export interface BelowTarget {
  opd: OpdScore;
  service: ServiceScore;
  level: number;
  /** The answered questions whose level sits below the target, in rubric order. */
  questions: readonly QuestionResult[];
}

export interface Gap {
  targetLevel: number;
  actions: readonly GapAction[];
  inherent: readonly InherentTrip[];
  underused: readonly Underused[];
  belowTarget: readonly BelowTarget[];
  /** Catalog services the answers file does not hold, in catalog order. */
  catalogMissing: readonly { opd: string; service: string }[];
}

/** Highest first, unknown last. */
function byAmount(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return b - a;
}

const byIds = (a: { opd: OpdScore; service: ServiceScore }, b: { opd: OpdScore; service: ServiceScore }) =>
  compareCodePoints(a.opd.id, b.opd.id) || compareCodePoints(a.service.id, b.service.id);

/** SPEC ranking: visits avoided, then OPD id and service id, then the rubric order of the trip's first step. */
export function compareActions(a: GapAction, b: GapAction): number {
  const first = (x: GapAction) => x.trip.steps[0]?.entry.order ?? 0;
  return byAmount(a.visitsAvoided, b.visitsAvoided) || byIds(a, b) || first(a) - first(b);
}

function actionOf(opd: OpdScore, service: ServiceScore, trip: TripResult): GapAction {
  const steps = trip.steps.map((r) => ({
    result: r,
    current: r.value as AnswerValue,
    suggested: kindOf(r.entry.question).suggestVisitFree(r.entry.question),
    advice: r.outcome?.advice ?? null,
  }));
  return { opd, service, trip, steps, visitsAvoided: service.volume };
}

function inherentOf(opd: OpdScore, service: ServiceScore, trip: TripResult): InherentTrip {
  const steps = trip.steps.map((r) => ({
    result: r,
    current: r.value as AnswerValue,
    kind: r.outcome?.visit ?? 'office',
    basis: r.outcome?.basis ?? null,
  }));
  return { opd, service, trip, steps, annualVisits: service.volume };
}

function belowTargetOf(opd: OpdScore, service: ServiceScore, target: number): BelowTarget | null {
  if (service.level === null || service.level >= target) return null;
  const holdingDown = service.questions.filter(
    (r) => r.status === 'answered' && r.outcome?.level != null && r.outcome.level < target,
  );
  return { opd, service, level: service.level, questions: holdingDown };
}

/** The distance to "no office visit needed". */
export function findGaps(city: CityScore): Gap {
  const { rubric } = city.index;
  const target = rubric.uptake === undefined ? null : rubric.uptake.target / 100;
  const actions: GapAction[] = [];
  const inherent: InherentTrip[] = [];
  const underused: Underused[] = [];
  const belowTarget: BelowTarget[] = [];
  for (const opd of city.opds) {
    for (const service of opd.services) {
      for (const trip of serviceTrips(service)) {
        if (isInherentTrip(trip)) inherent.push(inherentOf(opd, service, trip));
        else actions.push(actionOf(opd, service, trip));
      }
      const share = service.onlineShare;
      if (target !== null && service.isNoVisit === true && share !== null && share < target) {
        const offline = service.volume === null ? null : service.volume * (1 - share);
        underused.push({ opd, service, onlineShare: share, offlineTransactions: offline });
      }
      const below = belowTargetOf(opd, service, rubric.target_level);
      if (below !== null) belowTarget.push(below);
    }
  }
  actions.sort(compareActions);
  underused.sort((a, b) => byAmount(a.offlineTransactions, b.offlineTransactions) || byIds(a, b));
  return {
    targetLevel: rubric.target_level,
    actions,
    inherent,
    underused,
    belowTarget,
    catalogMissing: city.catalog?.missing ?? [],
  };
}
