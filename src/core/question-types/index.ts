/**
 * The question types, one module each. Adding a type: its module here, its prompt in
 * src/prompts, its branch in src/schema/rubric-schema.ts.
 */
import type { AnswerValue, Question, QuestionType } from '../types.js';
import { boolean } from './boolean.js';
import { choice } from './choice.js';
import type { AnswerOutcome, QuestionKind } from './kind.js';
import { multi } from './multi.js';
import { number } from './number.js';
import { text } from './text.js';

export type { AnswerOutcome, AnswerShape, Choice, QuestionKind, ReportIssue } from './kind.js';
export { isInherentKind, needsPresence, visitKindOf } from './outcome-parts.js';
export { bandFor } from './number.js';
export { booleanBranch } from './boolean.js';
export { chosenOptions } from './options.js';

const KINDS: { readonly [T in QuestionType]: QuestionKind<Extract<Question, { type: T }>> } = {
  choice,
  multi,
  boolean,
  number,
  text,
};

/** The module of a question's type. */
export function kindOf<Q extends Question>(question: Q): QuestionKind<Q> {
  return KINDS[question.type] as unknown as QuestionKind<Q>;
}

/** What a valid answer means: SPEC's type table, through the question's own module. */
export function outcomeOf(question: Question, answer: AnswerValue): AnswerOutcome {
  return kindOf(question).outcome(question, answer);
}
