import type { AnswerValue, NotApplicable } from './types.js';

/** `{na: "reason"}`: the user says the question does not apply to this entity. */
export function isNotApplicable(value: AnswerValue | undefined): value is NotApplicable {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'na' in value;
}
