import { addCounts, evaluateEntity, type Counts, type EntityResult } from './evaluate.js';
import { roundCompleteness } from './numbers.js';
import { weightedMean } from './numbers.js';
import { indexRubric, type RubricIndex } from './rubric-index.js';
import { countVisits, tripsOf, type TripResult } from './trips.js';
import type { CityAnswers, LocalizedText, OpdAnswers, Rubric, ServiceAnswers } from './types.js';

export interface ServiceScore extends EntityResult {
  id: string;
  name: string;
  volume: number | null;
  /** SPEC step 4: its own score, 0..100. */
  score: number | null;
  level: number | null;
  /** SPEC step 9: the number of trips; null (like the other counts) while unknown. */
  visitsPerTransaction: number | null;
  inherentVisitsPerTransaction: number | null;
  ruleVisitsPerTransaction: number | null;
  fieldVisitsPerTransaction: number | null;
  annualVisits: number | null;
  annualVisitsInherent: number | null;
  annualVisitsRule: number | null;
  annualFieldVisits: number | null;
  /** true: no trip and complete; false: a trip; null: unknown (incomplete, no trip seen). */
  isNoVisit: boolean | null;
  /** SPEC step 11: the answer to the uptake question / 100; null when unanswered or without uptake. */
  onlineShare: number | null;
  /** SPEC step 10 as reported: 4 decimals, never 1 while a required answer is missing. */
  completeness: number;
  source: ServiceAnswers;
}

export interface OpdScore extends EntityResult {
  id: string;
  name: string;
  services: readonly ServiceScore[];
  servicesScore: number | null;
  score: number | null;
  /** Sum of its services' known volumes: the OPD's weight when the rubric weights by volume. */
  volume: number;
  totalCounts: Counts;
  completeness: number;
  source: OpdAnswers;
}

/** SPEC Scoring 12: the catalog's services, and those the answers file does not hold (catalog order). */
export interface CatalogCoverage {
  services: number;
  assessed: number;
  missing: readonly { opd: string; service: string }[];
}

export interface CityScore extends EntityResult {
  index: RubricIndex;
  /** Null when the rubric has no catalog. */
  catalog: CatalogCoverage | null;
  opds: readonly OpdScore[];
  opdsScore: number | null;
  score: number | null;
  totalCounts: Counts;
  completeness: number;
  source: CityAnswers;
}

const builtTrips = new WeakMap<ServiceScore, readonly TripResult[]>();

/** A service's trips, each with its steps: built when a gap, a report or explain asks, once. */
export function serviceTrips(service: ServiceScore): readonly TripResult[] {
  let trips = builtTrips.get(service);
  if (trips === undefined) builtTrips.set(service, (trips = tripsOf(service.questions)));
  return trips;
}

/** An annual figure: a count per transaction times the volume; null when either is unknown. */
const perYear = (count: number | null, volume: number | null): number | null =>
  count === null || volume === null ? null : count * volume;

/** SPEC step 11: the uptake question's answer as a share; null when it has no answer. */
function onlineShareOf(index: RubricIndex, own: EntityResult): number | null {
  if (index.uptake === null) return null;
  const r = own.questions[index.uptake.scopePos];
  return r?.status === 'answered' && typeof r.value === 'number' ? r.value / 100 : null;
}

function scoreService(
  index: RubricIndex,
  service: ServiceAnswers,
  enclosing: Parameters<typeof evaluateEntity>[3],
): ServiceScore {
  const own = evaluateEntity(index, 'service', service.answers, enclosing);
  // Step 8: the lowest level among the answered questions (only they carry an outcome).
  let level: number | null = null;
  for (const { outcome } of own.questions) {
    if (outcome !== null && outcome.level !== null && (level === null || outcome.level < level)) level = outcome.level;
  }
  const counted = countVisits(own.questions);
  const isComplete = own.counts.answered === own.counts.applicable;
  const isNoVisit = counted.trips > 0 ? false : isComplete ? true : null;
  // An unfinished service with no trip yet: its visits are unknown, not 0.
  const isKnown = isNoVisit !== null;
  const inherent = isKnown ? counted.inherent : null;
  const rule = isKnown ? counted.rule : null;
  const visits = isKnown ? counted.trips : null;
  const fieldVisits = isKnown ? counted.field : null;
  const volume = service.annual_volume ?? null;
  // Spelled out, not `...own`: one object shape for every service (a nation has 200,000 of them;
  // spreading made each one cost twice as much to build).
  return {
    questions: own.questions,
    sections: own.sections,
    ownScore: own.ownScore,
    counts: own.counts,
    id: service.id,
    name: service.name,
    volume,
    score: own.ownScore,
    level,
    visitsPerTransaction: visits,
    inherentVisitsPerTransaction: inherent,
    ruleVisitsPerTransaction: rule,
    fieldVisitsPerTransaction: fieldVisits,
    annualVisits: perYear(visits, volume),
    annualVisitsInherent: perYear(inherent, volume),
    annualVisitsRule: perYear(rule, volume),
    annualFieldVisits: perYear(fieldVisits, volume),
    isNoVisit,
    onlineShare: onlineShareOf(index, own),
    completeness: roundCompleteness(own.counts),
    source: service,
  };
}

function scoreOpd(index: RubricIndex, opd: OpdAnswers, city: ReturnType<typeof evaluateEntity>): OpdScore {
  const own = evaluateEntity(index, 'opd', opd.answers, [{ scope: 'city', questions: city.questions }]);
  const enclosing = [
    { scope: 'opd' as const, questions: own.questions },
    { scope: 'city' as const, questions: city.questions },
  ];
  const services = (opd.services ?? []).map((s) => scoreService(index, s, enclosing));
  const byVolume = index.rubric.aggregation.service_weighting === 'volume';
  const servicesScore = weightedMean(services.map((s) => ({ value: s.score, weight: byVolume ? s.volume : 1 })));
  const { opd: weights } = index.rubric.aggregation;
  const totalCounts = addCounts(own.counts, ...services.map((s) => s.counts));
  return {
    questions: own.questions,
    sections: own.sections,
    ownScore: own.ownScore,
    counts: own.counts,
    id: opd.id,
    name: opd.name,
    services,
    servicesScore,
    score: weightedMean([
      { value: servicesScore, weight: weights.services },
      { value: own.ownScore, weight: weights.sections },
    ]),
    volume: services.reduce((sum, s) => sum + (s.volume ?? 0), 0),
    totalCounts,
    completeness: roundCompleteness(totalCounts),
    source: opd,
  };
}

function catalogCoverage(rubric: Rubric, opds: readonly OpdScore[]): CatalogCoverage | null {
  if (rubric.catalog === undefined) return null;
  // A catalog has a hundred services; a city's file may hold hundreds: look up, do not join ids.
  const held = new Map(opds.map((o) => [o.id, o.services]));
  const missing: { opd: string; service: string }[] = [];
  let services = 0;
  for (const opd of rubric.catalog) {
    const own = held.get(opd.id);
    for (const service of opd.services) {
      services++;
      if (own === undefined || !own.some((s) => s.id === service.id))
        missing.push({ opd: opd.id, service: service.id });
    }
  }
  return { services, assessed: services - missing.length, missing };
}

/** Scores a city's (already checked) answers: SPEC "Scoring", steps 1-10, at full precision. */
export function scoreCity(rubric: Rubric, answers: CityAnswers): CityScore {
  const index = indexRubric(rubric);
  const own = evaluateEntity(index, 'city', answers.answers, []);
  const opds = answers.opds.map((opd) => scoreOpd(index, opd, own));
  const byVolume = rubric.aggregation.opd_weighting === 'volume';
  const opdsScore = weightedMean(opds.map((o) => ({ value: o.score, weight: byVolume ? o.volume : 1 })));
  const totalCounts = addCounts(own.counts, ...opds.map((o) => o.totalCounts));
  return {
    questions: own.questions,
    sections: own.sections,
    ownScore: own.ownScore,
    counts: own.counts,
    index,
    catalog: catalogCoverage(rubric, opds),
    opds,
    opdsScore,
    score: weightedMean([
      { value: opdsScore, weight: rubric.aggregation.city.opds },
      { value: own.ownScore, weight: rubric.aggregation.city.sections },
    ]),
    totalCounts,
    completeness: roundCompleteness(totalCounts),
    source: answers,
  };
}

/** SPEC step 7: the first rating whose min is at or below the (full-precision) score. */
export function ratingFor(rubric: Rubric, score: number | null): Rubric['ratings'][number] | null {
  if (score === null) return null;
  return rubric.ratings.find((r) => r.min <= score) ?? null;
}

const labelsOf = (text: LocalizedText): string[] => (typeof text === 'string' ? [text] : Object.values(text));

/** The position of a rating label in the rubric's ratings, in any of its languages; -1 if unknown. */
export function ratingIndexOfLabel(rubric: Rubric, label: string | null): number {
  return label === null ? -1 : rubric.ratings.findIndex((r) => labelsOf(r.label).includes(label));
}

/**
 * A report's rating as a position in the rubric's ratings (0 = the best): by its label, which a
 * report written in another language still matches, else by the score; null when neither tells.
 */
export function ratingIndex(rubric: Rubric, label: string | null, score: number | null): number | null {
  const byLabel = ratingIndexOfLabel(rubric, label);
  if (byLabel >= 0) return byLabel;
  const byScore = ratingFor(rubric, score);
  return byScore === null ? null : rubric.ratings.indexOf(byScore);
}
