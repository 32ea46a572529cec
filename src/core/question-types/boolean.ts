/** `boolean`: true or false; each branch may give score, level and visit (default: true 1, false 0). */
import type { BooleanBranch, Outcome, QuestionOf } from '../types.js';
import type { Choice, QuestionKind } from './kind.js';
import { lowestVisitFree, NO_OUTCOME, outcomeFrom, show } from './outcome-parts.js';

type Q = QuestionOf<'boolean'>;

const NO_BRANCH = { true: Object.freeze({}), false: Object.freeze({}) } as const;

/** The rubric's branch for an answer, or an empty one (one object per value, so outcomes cache). */
export function booleanBranch(question: Q, answer: boolean): BooleanBranch {
  const key = answer ? 'true' : 'false';
  return question.options?.[key] ?? NO_BRANCH[key];
}

/** A branch's score: its own (null is neutral), else 1 for true and 0 for false. */
const scoreOf = (branch: Partial<Outcome>, answer: boolean): number | null =>
  branch.score === undefined ? (answer ? 1 : 0) : branch.score;

/** `true` before `false`: SPEC's tie rule for the suggestion. */
function branchChoices(question: Q): Choice[] {
  return [true, false].map((value) => {
    const branch = booleanBranch(question, value);
    return {
      value,
      label: branch.label ?? null,
      help: null,
      score: scoreOf(branch, value),
      outcome: branch,
      path: ['options', String(value)],
    };
  });
}

export const boolean: QuestionKind<Q> = {
  checkDefinition: () => {},
  choices: branchChoices,
  checkAnswer: (_question, value) =>
    typeof value === 'boolean' ? null : ['answers.not-boolean', { value: show(value) }],
  outcome(question, value) {
    if (typeof value !== 'boolean') return NO_OUTCOME;
    const branch = booleanBranch(question, value);
    return outcomeFrom(branch, scoreOf(branch, value));
  },
  picked: (question, value) => (typeof value === 'boolean' ? [booleanBranch(question, value)] : []),
  suggestVisitFree: (question) => lowestVisitFree(branchChoices(question)),
  describe(question, value) {
    if (typeof value !== 'boolean') return { form: 'text', value: String(value) };
    return { form: 'boolean', value, label: booleanBranch(question, value).label ?? null };
  },
};
