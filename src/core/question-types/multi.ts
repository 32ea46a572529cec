/**
 * `multi`: a list of distinct option values. SPEC: `combine: sum` scores min(1, sum of the chosen
 * options' scores), `combine: max` the best one (every channel offered: the best is what counts);
 * neutral options are left out, and a list of only neutral options is neutral; an empty list is 0.
 * The level is the highest chosen level. The answer needs presence only when every chosen option
 * does (a channel the city could add removes the visit).
 */
import type { ChoiceOption, OptionValue, QuestionOf, VisitKind } from '../types.js';
import type { AnswerOutcome, QuestionKind } from './kind.js';
import { badChoice, checkOptionValues, chosenOptions, isOptionValue, optionChoices } from './options.js';
import { lowestVisitFree, needsPresence, NO_OUTCOME, show, visitKindOf } from './outcome-parts.js';

type Q = QuestionOf<'multi'>;

function combinedScore(chosen: readonly ChoiceOption[], combine: Q['combine']): number | null {
  if (chosen.length === 0) return 0;
  let scored = 0;
  let sum = 0;
  let max = 0;
  for (const { score } of chosen) {
    if (score === null) continue;
    scored++;
    sum += score;
    if (score > max) max = score;
  }
  if (scored === 0) return null;
  return combine === 'max' ? max : Math.min(1, sum);
}

/** `none` unless every chosen option needs presence; then office, else physical, else rule. */
function combinedVisit(chosen: readonly ChoiceOption[]): VisitKind {
  if (chosen.length === 0) return 'none';
  const kinds = chosen.map(visitKindOf);
  if (!kinds.every(needsPresence)) return 'none';
  if (kinds.includes('office')) return 'office';
  return kinds.includes('physical') ? 'physical' : 'rule';
}

function multiOutcome(question: Q, answer: readonly OptionValue[]): AnswerOutcome {
  const chosen = chosenOptions(question.options, answer);
  let level: number | null = null;
  for (const o of chosen) if (o.level !== undefined && (level === null || o.level > level)) level = o.level;
  const visit = combinedVisit(chosen);
  return {
    score: combinedScore(chosen, question.combine),
    level,
    visit,
    // The basis of the first chosen option, in rubric order, of the answer's own kind.
    basis: chosen.find((o) => o.basis !== undefined && visitKindOf(o) === visit)?.basis ?? null,
    advice: chosen.find((o) => o.advice !== undefined)?.advice ?? null,
  };
}

export const multi: QuestionKind<Q> = {
  checkDefinition: (question, path, report) => checkOptionValues(question.options, path, report),
  choices: (question) => optionChoices(question.options),
  checkAnswer(question, value) {
    const allowed = () => question.options.map((o) => show(o.value)).join(', ');
    if (!Array.isArray(value)) return ['answers.not-a-list', { allowed: allowed() }];
    const wrong = value.find((v) => !isOptionValue(question.options, v));
    if (wrong !== undefined) return badChoice(question.options, wrong);
    const twice = value.find((v, i) => value.indexOf(v) !== i);
    return twice === undefined ? null : ['answers.repeated-choice', { value: show(twice) }];
  },
  outcome: (question, value) => (Array.isArray(value) ? multiOutcome(question, value) : NO_OUTCOME),
  picked: (question, value) => (Array.isArray(value) ? chosenOptions(question.options, value) : []),
  suggestVisitFree: (question) => lowestVisitFree(optionChoices(question.options)),
  // In the order given; a single value is one option (the gap's option to add).
  describe(question, value) {
    const values: readonly OptionValue[] = Array.isArray(value) ? value : [value as OptionValue];
    const labelOf = (v: OptionValue) => question.options.find((o) => o.value === v)?.label ?? String(v);
    return { form: 'options', values, labels: values.map(labelOf) };
  },
};
