import { addCounts, completenessOf, evaluateEntity, type Counts, type EntityResult } from './evaluate.js';
import { weightedMean } from './numbers.js';
import { indexRubric, type RubricIndex } from './rubric-index.js';
import type { CityAnswers, LocalizedText, OpdAnswers, Rubric, ServiceAnswers } from './types.js';

export interface ServiceScore extends EntityResult {
  id: string;
  name: string;
  volume: number | null;
  /** SPEC step 4: its own score, 0..100. */
  score: number | null;
  level: number | null;
  visitsPerTransaction: number;
  inherentVisitsPerTransaction: number;
  annualVisits: number | null;
  annualVisitsInherent: number | null;
  /** true: no visit and complete; false: a visit; null: unknown (incomplete, no visit seen). */
  isNoVisit: boolean | null;
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

export interface CityScore extends EntityResult {
  index: RubricIndex;
  opds: readonly OpdScore[];
  opdsScore: number | null;
  score: number | null;
  totalCounts: Counts;
  completeness: number;
  source: CityAnswers;
}

function scoreService(
  index: RubricIndex,
  service: ServiceAnswers,
  enclosing: Parameters<typeof evaluateEntity>[3],
): ServiceScore {
  const own = evaluateEntity(index, 'service', service.answers, enclosing);
  // Steps 8 and 9 in one pass over the answered questions (only they carry an outcome).
  let level: number | null = null;
  let visits = 0;
  let inherent = 0;
  for (const { outcome } of own.questions) {
    if (outcome === null) continue;
    if (outcome.level !== null && (level === null || outcome.level < level)) level = outcome.level;
    if (outcome.isVisit) visits++;
    if (outcome.isInherent) inherent++;
  }
  const volume = service.annual_volume ?? null;
  const isComplete = own.counts.answered === own.counts.applicable;
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
    annualVisits: volume === null ? null : visits * volume,
    annualVisitsInherent: volume === null ? null : inherent * volume,
    isNoVisit: visits > 0 ? false : isComplete ? true : null,
    completeness: completenessOf(own.counts),
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
    completeness: completenessOf(totalCounts),
    source: opd,
  };
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
    opds,
    opdsScore,
    score: weightedMean([
      { value: opdsScore, weight: rubric.aggregation.city.opds },
      { value: own.ownScore, weight: rubric.aggregation.city.sections },
    ]),
    totalCounts,
    completeness: completenessOf(totalCounts),
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
