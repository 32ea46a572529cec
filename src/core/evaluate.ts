import { holds } from './conditions.js';
import { isNotApplicable } from './not-applicable.js';
import { outcomeOf, type AnswerOutcome } from './question-types/index.js';
import { isRequired, weightOf, type IndexedQuestion, type RubricIndex } from './rubric-index.js';
import type { AnswerMap, AnswerValue, Scope, Section } from './types.js';

/**
 * How one question stands for one entity:
 * - answered: applicable and answered;
 * - unanswered: applicable, no answer;
 * - na: answered `{na: reason}` (not applicable by the user's word);
 * - inapplicable: its `when` does not hold (an answer given anyway is ignored, with a warning).
 */
export type QuestionStatus = 'answered' | 'unanswered' | 'na' | 'inapplicable';

export interface QuestionResult {
  entry: IndexedQuestion;
  status: QuestionStatus;
  /** The answer as given (also for an ignored answer to an inapplicable question). */
  value: AnswerValue | undefined;
  /** Only for answered questions. */
  outcome: AnswerOutcome | null;
}

/** Completeness counts over required questions; summed up the tree, never averaged. */
export interface Counts {
  applicable: number;
  answered: number;
}

export interface SectionResult {
  id: string;
  weight: number;
  /** 0..1, full precision; null when no scored answer counts. */
  score: number | null;
}

/** One entity's own questions, evaluated: the shared part of a service, an OPD and the city. */
export interface EntityResult {
  questions: readonly QuestionResult[];
  sections: readonly SectionResult[];
  /** 0..100, full precision: SPEC step 3. */
  ownScore: number | null;
  counts: Counts;
}

/** Answers of the enclosing entities, for `when` conditions: results by their scope position. */
export interface Enclosing {
  scope: Scope;
  questions: readonly QuestionResult[];
}

function effectiveAnswer(result: QuestionResult | undefined): AnswerValue | undefined {
  return result?.status === 'answered' ? result.value : undefined;
}

/** Evaluates one entity's questions in rubric order, so `when` sees earlier results. */
export function evaluateEntity(
  index: RubricIndex,
  scope: Scope,
  answers: AnswerMap | undefined,
  enclosing: readonly Enclosing[],
): EntityResult {
  const given = answers ?? {};
  const questions: QuestionResult[] = [];
  const lookup = (id: string): AnswerValue | undefined => {
    const target = index.questions.get(id);
    if (!target) return undefined;
    // Earlier questions of this entity are evaluated already (a `when` names only earlier ones).
    if (target.scope === scope) return effectiveAnswer(questions[target.scopePos]);
    // A condition on a question of a narrower scope has no answer here: false.
    return effectiveAnswer(enclosing.find((e) => e.scope === target.scope)?.questions[target.scopePos]);
  };
  for (const entry of index.byScope[scope]) {
    const { question } = entry;
    const value = Object.hasOwn(given, question.id) ? given[question.id] : undefined;
    const isApplicable = question.when === undefined || holds(question.when, lookup);
    let result: QuestionResult;
    if (!isApplicable) result = { entry, status: 'inapplicable', value, outcome: null };
    else if (value === undefined) result = { entry, status: 'unanswered', value, outcome: null };
    else if (isNotApplicable(value)) result = { entry, status: 'na', value, outcome: null };
    else result = { entry, status: 'answered', value, outcome: outcomeOf(question, value) };
    questions.push(result);
  }
  const { sections, ownScore, counts } = summarizeEntity(index.sectionsByScope[scope], questions);
  return { questions, sections, ownScore, counts };
}

/**
 * SPEC steps 2, 3 and 10 in one pass: section scores (weighted means of the scored answers
 * with weight > 0), the own score (weighted mean of the non-null sections, x 100) and the
 * completeness counts. Scoring a nation runs this 200,000 times: no intermediate arrays.
 */
function summarizeEntity(sectionList: readonly Section[], questions: readonly QuestionResult[]) {
  const sums = new Float64Array(sectionList.length);
  const weights = new Float64Array(sectionList.length);
  let applicable = 0;
  let answered = 0;
  for (const r of questions) {
    const score = r.outcome?.score ?? null;
    const weight = weightOf(r.entry.question);
    if (score !== null && weight > 0) {
      const at = r.entry.sectionPos;
      sums[at] = (sums[at] ?? 0) + score * weight;
      weights[at] = (weights[at] ?? 0) + weight;
    }
    if (!isRequired(r.entry.question) || r.status === 'na' || r.status === 'inapplicable') continue;
    applicable++;
    if (r.status === 'answered') answered++;
  }
  let ownSum = 0;
  let ownWeight = 0;
  const sections = sectionList.map((section, i) => {
    const score = weights[i]! > 0 ? sums[i]! / weights[i]! : null;
    const weight = weightOf(section);
    if (score !== null && weight > 0) {
      ownSum += score * weight;
      ownWeight += weight;
    }
    return { id: section.id, weight, score };
  });
  return { sections, ownScore: ownWeight > 0 ? (ownSum / ownWeight) * 100 : null, counts: { applicable, answered } };
}

export function addCounts(...all: Counts[]): Counts {
  return all.reduce((a, b) => ({ applicable: a.applicable + b.applicable, answered: a.answered + b.answered }), {
    applicable: 0,
    answered: 0,
  });
}
