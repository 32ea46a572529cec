import { namedQuestions } from './conditions.js';
import { RESERVED_KEYS } from './ids.js';
import { kindOf, visitKindOf, type ReportIssue } from './question-types/index.js';
import { SCOPES, type DocPath, type Issue, type Question, type Rubric, type Section } from './types.js';

function findDuplicates<T>(
  items: readonly T[],
  idOf: (item: T) => string,
  base: DocPath,
  key: string,
  kind: string,
  report: ReportIssue,
) {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const id = idOf(item);
    if (seen.has(id)) report('rubric.duplicate-id', [...base, i, key], { kind, id });
    seen.add(id);
  });
}

const TEXT_KEYS = new Set(['title', 'label', 'help', 'description', 'advice', 'basis', 'name', 'unit']);

/** Every localized text of the rubric with its path, to check the default language is there. */
function* texts(value: unknown, path: DocPath): Generator<[Record<string, string>, DocPath]> {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* texts(item, [...path, i]);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if (TEXT_KEYS.has(key) && typeof child === 'object' && child !== null && !Array.isArray(child)) {
        yield [child as Record<string, string>, [...path, key]];
      } else yield* texts(child, [...path, key]);
    }
  }
}

/**
 * SPEC: levels inside the scale; `rule`/`physical` with their basis; contract 1's `inherent` only
 * with `visit: true`.
 */
function checkOutcomes(rubric: Rubric, question: Question, path: DocPath, report: ReportIssue) {
  const levels = new Set(rubric.scale.map((s) => s.level));
  for (const { outcome, path: at } of kindOf(question).choices(question)) {
    const here = [...path, ...at];
    if (outcome.level !== undefined && !levels.has(outcome.level)) {
      report('rubric.level-outside-scale', [...here, 'level'], { level: outcome.level });
    }
    const kind = visitKindOf(outcome);
    if (outcome.inherent === true && typeof outcome.visit === 'string') {
      report('rubric.inherent-with-kind', [...here, 'inherent'], { kind: outcome.visit });
    } else if (outcome.inherent === true && outcome.visit !== true) {
      report('rubric.inherent-without-visit', [...here, 'inherent'], {}, 'warning');
    } else if (outcome.basis === undefined && outcome.inherent === true) {
      report('rubric.inherent-without-basis', [...here, 'inherent'], {}, 'warning');
    } else if (outcome.basis === undefined && (kind === 'rule' || kind === 'physical')) {
      report('rubric.visit-without-basis', [...here, 'visit'], { kind });
    }
  }
}

/** SPEC: a `trip` names a declared trip and sits on a service question; `combine` only on `multi`. */
function checkTripAndCombine(rubric: Rubric, section: Section, question: Question, path: DocPath, report: ReportIssue) {
  const trips = rubric.trips ?? [];
  if (question.trip !== undefined) {
    if (section.scope !== 'service') {
      report('rubric.trip-not-service', [...path, 'trip'], { id: question.trip, scope: section.scope });
    } else if (!trips.some((t) => t.id === question.trip)) {
      const known = trips.map((t) => t.id).join(', ');
      report('rubric.trip-unknown', [...path, 'trip'], { id: question.trip, known: known || '-' });
    }
  }
  const { combine } = question as { combine?: unknown };
  if (combine !== undefined && question.type !== 'multi') {
    report('rubric.combine-not-multi', [...path, 'combine'], { type: question.type });
  }
}

function checkWhen(rubric: Rubric, report: ReportIssue) {
  const order = new Map<string, { position: number; scope: string }>();
  rubric.sections.forEach((s) =>
    s.questions.forEach((q) => order.has(q.id) || order.set(q.id, { position: order.size, scope: s.scope })),
  );
  let position = 0;
  rubric.sections.forEach((section, si) =>
    section.questions.forEach((question, qi) => {
      const here = position++;
      if (!question.when) return;
      const path = ['sections', si, 'questions', qi, 'when'];
      for (const id of namedQuestions(question.when)) {
        const target = order.get(id);
        if (!target) report('rubric.when-unknown', path, { id });
        else if (target.position >= here) report('rubric.when-later', path, { id });
        else if (SCOPES.indexOf(target.scope as never) < SCOPES.indexOf(section.scope)) {
          report('rubric.when-narrower-scope', path, { id, scope: target.scope }, 'warning');
        }
      }
    }),
  );
}

/** SPEC: uptake names a service-scope `number` question with min >= 0 and max <= 100. */
function checkUptake(rubric: Rubric, report: ReportIssue) {
  if (rubric.uptake === undefined) return;
  const { question: id } = rubric.uptake;
  const section = rubric.sections.find((s) => s.questions.some((q) => q.id === id));
  const question = section?.questions.find((q) => q.id === id);
  const path = ['uptake', 'question'];
  if (section === undefined || question === undefined) report('rubric.uptake-unknown', path, { id });
  else if (section.scope !== 'service' || question.type !== 'number') {
    report('rubric.uptake-not-service-number', path, { id, scope: section.scope, type: question.type });
  } else if (question.min === undefined || question.min < 0 || question.max === undefined || question.max > 100) {
    report('rubric.uptake-not-percent', path, { id, min: question.min ?? '-', max: question.max ?? '-' });
  }
}

/**
 * The meaning rules of SPEC "The rubric file" that a JSON Schema cannot express. Assumes the
 * shape already passed the schema; returns every issue found.
 */
export function checkRubric(rubric: Rubric): Issue[] {
  const issues: Issue[] = [];
  const report: ReportIssue = (code, path, params = {}, severity = 'error') =>
    issues.push({ severity, code, params, path });
  findDuplicates(rubric.sections, (s) => s.id, ['sections'], 'id', 'section', report);
  findDuplicates(rubric.trips ?? [], (t) => t.id, ['trips'], 'id', 'trip', report);
  const seenQuestions = new Set<string>();
  rubric.sections.forEach((section, si) =>
    section.questions.forEach((question, qi) => {
      const path = ['sections', si, 'questions', qi];
      if (seenQuestions.has(question.id)) {
        report('rubric.duplicate-id', [...path, 'id'], { kind: 'question', id: question.id });
      }
      seenQuestions.add(question.id);
      if (RESERVED_KEYS.has(question.id)) report('rubric.reserved-id', [...path, 'id'], { id: question.id });
      kindOf(question).checkDefinition(question, path, report);
      checkOutcomes(rubric, question, path, report);
      checkTripAndCombine(rubric, section, question, path, report);
    }),
  );
  checkWhen(rubric, report);
  checkUptake(rubric, report);
  rubric.scale.forEach(
    (s, i) =>
      s.level !== i && report('rubric.scale-not-contiguous', ['scale', i, 'level'], { level: s.level, expected: i }),
  );
  if (!rubric.scale.some((s) => s.level === rubric.target_level)) {
    report('rubric.level-outside-scale', ['target_level'], { level: rubric.target_level });
  }
  rubric.ratings.forEach((r, i) => {
    const previous = rubric.ratings[i - 1];
    if (previous && !(r.min < previous.min))
      report('rubric.ratings-not-descending', ['ratings', i, 'min'], { min: r.min });
  });
  const last = rubric.ratings.at(-1);
  if (last && last.min !== 0) {
    report('rubric.ratings-not-ending-at-zero', ['ratings', rubric.ratings.length - 1, 'min'], { min: last.min });
  }
  const { opd, city } = rubric.aggregation;
  if (opd.services + opd.sections === 0) report('rubric.weights-all-zero', ['aggregation', 'opd']);
  if (city.opds + city.sections === 0) report('rubric.weights-all-zero', ['aggregation', 'city']);
  (rubric.catalog ?? []).forEach((o, i) =>
    findDuplicates(o.services, (s) => s.id, ['catalog', i, 'services'], 'id', 'service', report),
  );
  findDuplicates(rubric.catalog ?? [], (o) => o.id, ['catalog'], 'id', 'OPD', report);
  const defaultLang = rubric.languages[0] ?? 'id';
  for (const [text, path] of texts(rubric, [])) {
    if (!(defaultLang in text)) report('rubric.missing-default-text', path, { lang: defaultLang });
  }
  return issues;
}
