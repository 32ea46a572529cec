import { holds } from './conditions.js';
import { weightedMean } from './numbers.js';
import { isNotApplicable, outcomeOf, type AnswerOutcome } from './outcome.js';
import { isRequired, weightOf, type IndexedQuestion, type RubricIndex } from './rubric-index.js';
import type { AnswerMap, AnswerValue, Scope } from './types.js';

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

/** Answers of the enclosing entities, innermost first, for `when` conditions. */
export interface Enclosing {
  scope: Scope;
  results: ReadonlyMap<string, QuestionResult>;
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
): EntityResult & { byId: ReadonlyMap<string, QuestionResult> } {
  const given = answers ?? {};
  const byId = new Map<string, QuestionResult>();
  const lookup = (id: string): AnswerValue | undefined => {
    const target = index.questions.get(id);
    if (!target) return undefined;
    if (target.scope === scope) return effectiveAnswer(byId.get(id));
    // A condition on a question of a narrower scope has no answer here: false.
    return effectiveAnswer(enclosing.find((e) => e.scope === target.scope)?.results.get(id));
  };
  const questions: QuestionResult[] = [];
  for (const entry of index.byScope[scope]) {
    const { question } = entry;
    const value = Object.hasOwn(given, question.id) ? given[question.id] : undefined;
    const isApplicable = question.when === undefined || holds(question.when, lookup);
    let result: QuestionResult;
    if (!isApplicable) result = { entry, status: 'inapplicable', value, outcome: null };
    else if (value === undefined) result = { entry, status: 'unanswered', value, outcome: null };
    else if (isNotApplicable(value)) result = { entry, status: 'na', value, outcome: null };
    else result = { entry, status: 'answered', value, outcome: outcomeOf(question, value) };
    byId.set(question.id, result);
    questions.push(result);
  }
  const sections = index.sectionsByScope[scope].map((section) => ({
    id: section.id,
    weight: weightOf(section),
    score: weightedMean(
      questions
        .filter((r) => r.entry.section === section && r.outcome !== null)
        .map((r) => ({ value: r.outcome?.score ?? null, weight: weightOf(r.entry.question) })),
    ),
  }));
  const own = weightedMean(sections.map((s) => ({ value: s.score, weight: s.weight })));
  return { questions, sections, ownScore: own === null ? null : own * 100, counts: countRequired(questions), byId };
}

function countRequired(questions: readonly QuestionResult[]): Counts {
  let applicable = 0;
  let answered = 0;
  for (const r of questions) {
    if (!isRequired(r.entry.question) || r.status === 'na' || r.status === 'inapplicable') continue;
    applicable++;
    if (r.status === 'answered') answered++;
  }
  return { applicable, answered };
}

export function addCounts(...all: Counts[]): Counts {
  return all.reduce((a, b) => ({ applicable: a.applicable + b.applicable, answered: a.answered + b.answered }), {
    applicable: 0,
    answered: 0,
  });
}

/** SPEC step 10: answered / applicable; 1 when nothing is required. */
export function completenessOf(counts: Counts): number {
  return counts.applicable === 0 ? 1 : counts.answered / counts.applicable;
}
