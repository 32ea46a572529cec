import type { AnswerValue, Condition } from './types.js';

/** Returns the effective answer to a question (undefined when unanswered or not applicable). */
export type AnswerLookup = (questionId: string) => AnswerValue | undefined;

function matches(answer: AnswerValue, expected: unknown): boolean {
  if (Array.isArray(answer)) {
    // A multi answer "equals" a value it contains, or a list with the same members.
    if (Array.isArray(expected)) return expected.length === answer.length && expected.every((v) => answer.includes(v));
    return answer.includes(expected as never);
  }
  return answer === expected;
}

/**
 * SPEC `when`: equals / in / all / any. A condition on an unanswered (or not applicable)
 * question is false.
 */
export function holds(condition: Condition, lookup: AnswerLookup): boolean {
  if ('all' in condition) return condition.all.every((c) => holds(c, lookup));
  if ('any' in condition) return condition.any.some((c) => holds(c, lookup));
  const answer = lookup(condition.question);
  if (answer === undefined) return false;
  if ('in' in condition) return condition.in.some((expected) => matches(answer, expected));
  return matches(answer, condition.equals);
}

/** Every question id a condition names, for the rubric checks. */
export function namedQuestions(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(namedQuestions);
  if ('any' in condition) return condition.any.flatMap(namedQuestions);
  return [condition.question];
}
