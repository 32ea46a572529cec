/**
 * SPEC "Compare", learn_from: the recipe one city can copy from the other, service by service,
 * answer by answer, with the office visits a year it would save.
 */
import { compareCodePoints, round } from './numbers.js';
import { needsPresence, outcomeOf } from './question-types/index.js';
import { indexRubric } from './rubric-index.js';
import type { Report, ReportService } from './report.js';
import type { AnswerValue, Rubric } from './types.js';

/** One question where the leading city's answer scores higher, or needs no visit where the other's does. */
export interface LearnStep {
  question: string;
  from_answer: AnswerValue;
  to_answer: AnswerValue;
  /** X's answer needs no office visit where Y's does: copying it removes a visit. */
  removes_visit: boolean;
}

/** What city `to` can learn from city `from` at one shared service. */
export interface LearnFrom {
  opd: string;
  service: string;
  /** City id of the city ahead (X). */
  from: string;
  /** City id of the city that can learn (Y). */
  to: string;
  from_period: string;
  to_period: string;
  /** Which input can learn: 'a' or 'b' (two files of one city and period differ only here). */
  to_side: 'a' | 'b';
  from_level: number | null;
  to_level: number | null;
  steps: LearnStep[];
  /** (Y's visits per transaction - X's) x Y's annual volume, not below 0; null without Y's volume. */
  visits_saved: number | null;
}

interface Side {
  key: 'a' | 'b';
  report: Report;
  service: ReportService;
}

/** SPEC: complete on both sides, then X at a higher known level, or X needs no visit while Y does. */
function isAhead(x: ReportService, y: ReportService): boolean {
  if (x.completeness !== 1 || y.completeness !== 1) return false;
  const isHigher = x.level !== null && y.level !== null && x.level > y.level;
  return isHigher || (x.no_visit === true && y.no_visit === false);
}

/** The service-scope questions, in rubric order, where X's applicable answer does better than Y's. */
function stepsOf(x: ReportService, y: ReportService, rubric: Rubric): LearnStep[] {
  const steps: LearnStep[] = [];
  for (const { question } of indexRubric(rubric).byScope.service) {
    const [fromAnswer, toAnswer] = [x.answers[question.id], y.answers[question.id]];
    if (fromAnswer === undefined || toAnswer === undefined) continue;
    const [from, to] = [outcomeOf(question, fromAnswer), outcomeOf(question, toAnswer)];
    const scoresHigher = from.score !== null && to.score !== null && from.score > to.score;
    // Of kind none or field where Y's needs presence (office, rule or physical).
    const removesVisit = !needsPresence(from.visit) && needsPresence(to.visit);
    if (scoresHigher || removesVisit)
      steps.push({ question: question.id, from_answer: fromAnswer, to_answer: toAnswer, removes_visit: removesVisit });
  }
  return steps;
}

function entryOf(opd: string, x: Side, y: Side, rubric: Rubric): LearnFrom {
  const volume = y.service.annual_volume;
  const [fromVisits, toVisits] = [x.service.visits_per_transaction, y.service.visits_per_transaction];
  // Visits per transaction are counted in trips (SPEC Scoring 9); both sides are complete, so known.
  const saved =
    volume === null || fromVisits === null || toVisits === null
      ? null
      : Math.max(0, round((toVisits - fromVisits) * volume, 2));
  return {
    opd,
    service: x.service.id,
    from: x.report.city.id,
    to: y.report.city.id,
    from_period: x.report.city.period,
    to_period: y.report.city.period,
    to_side: y.key,
    from_level: x.service.level,
    to_level: y.service.level,
    steps: stepsOf(x.service, y.service, rubric),
    visits_saved: saved,
  };
}

/** SPEC ranking: visits saved (highest first, unknown last), OPD id, service id, then `from` (and its period). */
export function compareLearnFrom(p: LearnFrom, q: LearnFrom): number {
  if (p.visits_saved !== q.visits_saved) {
    if (p.visits_saved === null) return 1;
    if (q.visits_saved === null) return -1;
    return q.visits_saved - p.visits_saved;
  }
  return (
    compareCodePoints(p.opd, q.opd) ||
    compareCodePoints(p.service, q.service) ||
    compareCodePoints(p.from, q.from) ||
    compareCodePoints(p.from_period, q.from_period) ||
    compareCodePoints(p.to_side, q.to_side)
  );
}

/**
 * Every learn-from entry between two reports, in both directions (A -> B and B -> A), ranked.
 * Answers are judged with `rubric` (SPEC's type table via outcomeOf), regardless of weights.
 */
export function findLearnFrom(a: Report, b: Report, rubric: Rubric): LearnFrom[] {
  const entries: LearnFrom[] = [];
  for (const opdA of a.opds) {
    const opdB = b.opds.find((o) => o.id === opdA.id);
    if (opdB === undefined) continue;
    for (const serviceA of opdA.services) {
      const serviceB = opdB.services.find((s) => s.id === serviceA.id);
      if (serviceB === undefined) continue;
      const sideA: Side = { key: 'a', report: a, service: serviceA };
      const sideB: Side = { key: 'b', report: b, service: serviceB };
      if (isAhead(serviceA, serviceB)) entries.push(entryOf(opdA.id, sideA, sideB, rubric));
      if (isAhead(serviceB, serviceA)) entries.push(entryOf(opdA.id, sideB, sideA, rubric));
    }
  }
  return entries.sort(compareLearnFrom);
}
