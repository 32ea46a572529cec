import type { EntityResult } from './evaluate.js';
import type { CityScore } from './score.js';
import type { DocPath, Issue } from './types.js';

function ignoredIn(entity: EntityResult, path: DocPath): Issue[] {
  return entity.questions
    .filter((r) => r.status === 'inapplicable' && r.value !== undefined)
    .map((r) => ({ severity: 'warning' as const, code: 'answers.ignored-not-applicable', params: { id: r.entry.question.id }, path: [...path, r.entry.question.id] }));
}

/**
 * SPEC: an answer to a question that is not applicable (its `when` does not hold) is ignored
 * everywhere and gets a warning. Applicability needs the evaluation, so this runs on the score.
 */
export function findIgnoredAnswers(city: CityScore): Issue[] {
  return [
    ...ignoredIn(city, ['answers']),
    ...city.opds.flatMap((opd, oi) => [
      ...ignoredIn(opd, ['opds', oi, 'answers']),
      ...opd.services.flatMap((service, si) => ignoredIn(service, ['opds', oi, 'services', si, 'answers'])),
    ]),
  ];
}
