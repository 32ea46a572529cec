import { namedQuestions } from './conditions.js';
import { SCOPES, type DocPath, type Issue, type Outcome, type Question, type Rubric } from './types.js';

type Report = (code: string, path: DocPath, params?: Issue['params'], severity?: Issue['severity']) => void;

function findDuplicates<T>(
  items: readonly T[],
  idOf: (item: T) => string,
  base: DocPath,
  key: string,
  kind: string,
  report: Report,
) {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const id = idOf(item);
    if (seen.has(id)) report('rubric.duplicate-id', [...base, i, key], { kind, id });
    seen.add(id);
  });
}

/** Every localized text of the rubric with its path, to check the default language is there. */
function* texts(value: unknown, path: DocPath): Generator<[Record<string, string>, DocPath]> {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* texts(item, [...path, i]);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      const isText = ['title', 'label', 'help', 'description', 'advice', 'basis', 'name', 'unit'].includes(key);
      if (isText && typeof child === 'object' && child !== null && !Array.isArray(child)) {
        yield [child as Record<string, string>, [...path, key]];
      } else yield* texts(child, [...path, key]);
    }
  }
}

function outcomesOf(question: Question): [Partial<Outcome>, DocPath][] {
  switch (question.type) {
    case 'choice':
    case 'multi':
      return question.options.map((o, i) => [o, ['options', i]]);
    case 'number':
      return question.bands.map((b, i) => [b, ['bands', i]]);
    case 'boolean':
      return (['true', 'false'] as const).flatMap((k) => {
        const branch = question.options?.[k];
        return branch ? [[branch, ['options', k]] as [Partial<Outcome>, DocPath]] : [];
      });
    case 'text':
      return [];
  }
}

function checkQuestion(rubric: Rubric, question: Question, path: DocPath, report: Report) {
  const levels = new Set(rubric.scale.map((s) => s.level));
  for (const [outcome, at] of outcomesOf(question)) {
    if (outcome.level !== undefined && !levels.has(outcome.level)) {
      report('rubric.level-outside-scale', [...path, ...at, 'level'], { level: outcome.level });
    }
    if (outcome.inherent && !outcome.visit)
      report('rubric.inherent-without-visit', [...path, ...at, 'inherent'], {}, 'warning');
  }
  if (question.type === 'choice' || question.type === 'multi') {
    findDuplicates(question.options, (o) => String(o.value), [...path, 'options'], 'value', 'option', report);
  }
  if (question.type === 'number') {
    question.bands.forEach((band, i) => {
      const previous = question.bands[i - 1];
      if (previous && !(band.min > previous.min))
        report('rubric.bands-not-ascending', [...path, 'bands', i, 'min'], { min: band.min });
    });
    const first = question.bands[0];
    if (first && question.min !== undefined && first.min > question.min) {
      report('rubric.first-band-above-min', [...path, 'bands', 0, 'min'], { band: first.min, min: question.min });
    }
    if (question.min !== undefined && question.max !== undefined && question.min > question.max) {
      report('rubric.min-above-max', [...path, 'min'], { min: question.min, max: question.max });
    }
  }
}

function checkWhen(rubric: Rubric, report: Report) {
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

/**
 * The meaning rules of SPEC "The rubric file" that a JSON Schema cannot express. Assumes the
 * shape already passed the schema; returns every issue found.
 */
export function checkRubric(rubric: Rubric): Issue[] {
  const issues: Issue[] = [];
  const report: Report = (code, path, params = {}, severity = 'error') => issues.push({ severity, code, params, path });
  findDuplicates(rubric.sections, (s) => s.id, ['sections'], 'id', 'section', report);
  const seenQuestions = new Set<string>();
  rubric.sections.forEach((section, si) =>
    section.questions.forEach((question, qi) => {
      const path = ['sections', si, 'questions', qi];
      if (seenQuestions.has(question.id))
        report('rubric.duplicate-id', [...path, 'id'], { kind: 'question', id: question.id });
      seenQuestions.add(question.id);
      checkQuestion(rubric, question, path, report);
    }),
  );
  checkWhen(rubric, report);
  rubric.scale.forEach(
    (s, i) =>
      s.level !== i && report('rubric.scale-not-contiguous', ['scale', i, 'level'], { level: s.level, expected: i }),
  );
  if (!rubric.scale.some((s) => s.level === rubric.target_level))
    report('rubric.level-outside-scale', ['target_level'], { level: rubric.target_level });
  rubric.ratings.forEach((r, i) => {
    const previous = rubric.ratings[i - 1];
    if (previous && !(r.min < previous.min))
      report('rubric.ratings-not-descending', ['ratings', i, 'min'], { min: r.min });
  });
  const last = rubric.ratings.at(-1);
  if (last && last.min !== 0)
    report('rubric.ratings-not-ending-at-zero', ['ratings', rubric.ratings.length - 1, 'min'], { min: last.min });
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
