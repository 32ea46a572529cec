/** What `choice` and `multi` share: options with values, looked up fast, listed in rubric order. */
import { withSuggestion } from '../suggest.js';
import type { ChoiceOption, DocPath, Issue, OptionValue } from '../types.js';
import type { Choice, ReportIssue } from './kind.js';
import { show } from './outcome-parts.js';

/** The option values of a question, built once per question (a nation has millions of answers). */
const valueSets = new WeakMap<readonly ChoiceOption[], ReadonlySet<unknown>>();

export function isOptionValue(options: readonly ChoiceOption[], value: unknown): boolean {
  let values = valueSets.get(options);
  if (!values) valueSets.set(options, (values = new Set(options.map((o) => o.value))));
  return values.has(value);
}

/** An answer naming no option: the allowed values, and the nearest one when it looks like a typo. */
export function badChoice(options: readonly ChoiceOption[], value: unknown): [string, Issue['params']] {
  const allowed = options.map((o) => show(o.value));
  return [
    'answers.bad-choice',
    withSuggestion({ value: show(value), allowed: allowed.join(', ') }, show(value), allowed),
  ];
}

export function optionChoices(options: readonly ChoiceOption[]): Choice[] {
  return options.map((o, i) => ({
    value: o.value,
    label: o.label,
    help: o.help ?? null,
    score: o.score,
    outcome: o,
    path: ['options', i],
  }));
}

/** SPEC: option values are unique within a question. */
export function checkOptionValues(options: readonly ChoiceOption[], path: DocPath, report: ReportIssue): void {
  const seen = new Set<string>();
  options.forEach((o, i) => {
    const id = String(o.value);
    if (seen.has(id)) report('rubric.duplicate-id', [...path, 'options', i, 'value'], { kind: 'option', id });
    seen.add(id);
  });
}

/** The options a list answer picks, in rubric order (so "first" means first in the rubric). */
export function chosenOptions(options: readonly ChoiceOption[], answer: readonly OptionValue[]): ChoiceOption[] {
  return options.filter((option) => answer.includes(option.value));
}
