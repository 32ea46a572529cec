/** `choice`: one option's value; it scores the option's score. */
import type { QuestionOf } from '../types.js';
import type { QuestionKind } from './kind.js';
import { badChoice, checkOptionValues, isOptionValue, optionChoices } from './options.js';
import { lowestVisitFree, NO_OUTCOME, outcomeFrom } from './outcome-parts.js';

type Q = QuestionOf<'choice'>;

const optionOf = (question: Q, value: unknown) => question.options.find((o) => o.value === value);

export const choice: QuestionKind<Q> = {
  checkDefinition: (question, path, report) => checkOptionValues(question.options, path, report),
  choices: (question) => optionChoices(question.options),
  checkAnswer: (question, value) =>
    isOptionValue(question.options, value) ? null : badChoice(question.options, value),
  outcome(question, value) {
    const option = optionOf(question, value);
    return option ? outcomeFrom(option) : NO_OUTCOME;
  },
  picked(question, value) {
    const option = optionOf(question, value);
    return option ? [option] : [];
  },
  suggestVisitFree: (question) => lowestVisitFree(optionChoices(question.options)),
  describe(question, value) {
    const option = optionOf(question, value);
    return { form: 'options', values: [option?.value ?? String(value)], labels: [option?.label ?? String(value)] };
  },
};
