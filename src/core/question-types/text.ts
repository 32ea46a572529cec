/** `text`: a string; answered, but not scored, levelled or visited. */
import type { QuestionOf } from '../types.js';
import type { QuestionKind } from './kind.js';
import { NO_OUTCOME, show } from './outcome-parts.js';

type Q = QuestionOf<'text'>;

export const text: QuestionKind<Q> = {
  checkDefinition: () => {},
  choices: () => [],
  checkAnswer: (_question, value) => (typeof value === 'string' ? null : ['answers.not-text', { value: show(value) }]),
  outcome: () => NO_OUTCOME,
  picked: () => [],
  suggestVisitFree: () => null,
  describe: (_question, value) => ({ form: 'text', value: String(value) }),
};
