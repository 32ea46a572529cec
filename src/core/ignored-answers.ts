import type { EntityResult } from './evaluate.js';
import type { CityScore } from './score.js';
import type { DocPath, Issue } from './types.js';

function ignoredIn(entity: EntityResult, path: DocPath, found: Issue[]): void {
  for (const r of entity.questions) {
    if (r.status !== 'inapplicable' || r.value === undefined) continue;
    const id = r.entry.question.id;
    found.push({ severity: 'warning', code: 'answers.ignored-not-applicable', params: { id }, path: [...path, id] });
  }
}

/**
 * SPEC: an answer to a question that is not applicable (its `when` does not hold) is ignored
 * everywhere and gets a warning. Applicability needs the evaluation, so this runs on the score.
 */
export function findIgnoredAnswers(city: CityScore): Issue[] {
  const found: Issue[] = [];
  ignoredIn(city, ['answers'], found);
  city.opds.forEach((opd, oi) => {
    ignoredIn(opd, ['opds', oi, 'answers'], found);
    opd.services.forEach((service, si) => ignoredIn(service, ['opds', oi, 'services', si, 'answers'], found));
  });
  return found;
}
