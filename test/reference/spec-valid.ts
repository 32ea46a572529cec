/**
 * SPEC's validity rules for rubrics and answers files (contract 2), written from SPEC alone, to
 * check that generate() writes only valid files. Plain and partial: it checks what the generator
 * could get wrong, not the JSON Schema's every detail (unknown keys, id patterns of every id).
 */
import type {
  RefAnswer,
  RefAnswerMap,
  RefCityAnswers,
  RefCondition,
  RefOutcome,
  RefQuestion,
  RefRubric,
  RefScope,
  RefText,
} from './spec-reference.js';

const VISITS = new Set<unknown>([true, false, 'none', 'office', 'rule', 'physical', 'field']);
// C0 and C1 control characters (ESC included); a newline only in notes.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex
const CONTROL_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

function duplicates(ids: unknown[]): unknown[] {
  const seen = new Set<unknown>();
  return ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
}

/** Every problem SPEC would report in `rubric`, as short strings; [] when it is valid. */
export function rubricProblems(rubric: RefRubric): string[] {
  const problems: string[] = [];
  const lang = rubric.languages[0];
  const text = (t: RefText | undefined, where: string) => {
    if (t === undefined) return;
    if (typeof t === 'string' ? t === '' : lang === undefined || !t[lang])
      problems.push(`${where}: no default-language text`);
  };
  const levels = new Set(rubric.scale.map((s) => s.level));
  rubric.scale.forEach((s, i) => {
    if (s.level !== i) problems.push(`scale: level ${s.level} at ${i} (contiguous from 0)`);
    text(s.label, `scale.${i}`);
  });
  if (!levels.has(rubric.target_level)) problems.push('target_level outside the scale');
  rubric.ratings.forEach((r, i) => {
    const next = rubric.ratings[i + 1];
    if (next !== undefined && !(next.min < r.min)) problems.push('ratings not descending');
    text(r.label, `ratings.${i}`);
  });
  if (rubric.ratings.at(-1)?.min !== 0) problems.push('ratings do not end at 0');
  const { opd, city } = rubric.aggregation;
  if (opd.services + opd.sections === 0 || city.opds + city.sections === 0) problems.push('aggregation weights both 0');

  const trips = (rubric.trips ?? []).map((t) => t.id);
  for (const d of duplicates(trips)) problems.push(`duplicate trip ${String(d)}`);
  for (const d of duplicates(rubric.sections.map((s) => s.id))) problems.push(`duplicate section ${String(d)}`);
  const all = rubric.sections.flatMap((s) => s.questions.map((q) => ({ q, scope: s.scope })));
  for (const d of duplicates(all.map((x) => x.q.id))) problems.push(`duplicate question ${String(d)}`);

  const outcome = (o: RefOutcome | undefined, where: string, scoreRequired: boolean) => {
    if (o === undefined) return;
    if (scoreRequired && !('score' in o)) problems.push(`${where}: no score`);
    if (o.score !== undefined && o.score !== null && !(o.score >= 0 && o.score <= 1)) problems.push(`${where}: score`);
    if (o.level !== undefined && !levels.has(o.level)) problems.push(`${where}: level outside the scale`);
    if (o.visit !== undefined && !VISITS.has(o.visit)) problems.push(`${where}: visit ${String(o.visit)}`);
    if ((o.visit === 'rule' || o.visit === 'physical') && o.basis === undefined) problems.push(`${where}: no basis`);
    if (o.inherent === true && o.visit !== true) problems.push(`${where}: inherent without visit: true`);
    text(o.label, where);
    text(o.basis, where);
    text(o.advice, where);
  };

  const defined = new Set<string>();
  for (const { q, scope } of all) {
    const where = `question ${q.id}`;
    text(q.title, where);
    if ((q.weight ?? 1) < 0) problems.push(`${where}: weight`);
    if (q.when !== undefined)
      for (const id of conditionQuestions(q.when)) if (!defined.has(id)) problems.push(`${where}: when names ${id}`);
    if (q.trip !== undefined) {
      if (!trips.includes(q.trip)) problems.push(`${where}: trip ${q.trip} not declared`);
      if (scope !== 'service') problems.push(`${where}: trip on a ${scope} question`);
    }
    if (q.combine !== undefined && (q.type !== 'multi' || (q.combine !== 'sum' && q.combine !== 'max')))
      problems.push(`${where}: combine`);
    if (q.type === 'choice' || q.type === 'multi') {
      const options = Array.isArray(q.options) ? q.options : [];
      if (options.length === 0) problems.push(`${where}: no options`);
      for (const d of duplicates(options.map((o) => o.value))) problems.push(`${where}: duplicate option ${String(d)}`);
      options.forEach((o, i) => outcome(o, `${where} option ${i}`, true));
    } else if (q.type === 'boolean') {
      if (Array.isArray(q.options)) problems.push(`${where}: boolean options as a list`);
      else if (q.options !== undefined) {
        outcome(q.options.true, `${where} true`, false);
        outcome(q.options.false, `${where} false`, false);
      }
    } else if (q.type === 'number') {
      const bands = q.bands ?? [];
      if (bands.length === 0) problems.push(`${where}: no bands`);
      bands.forEach((b, i) => {
        outcome(b, `${where} band ${i}`, true);
        const prev = bands[i - 1];
        if (prev !== undefined && !(prev.min < b.min)) problems.push(`${where}: bands not strictly ascending`);
      });
      if (q.min !== undefined && bands[0] !== undefined && bands[0].min > q.min)
        problems.push(`${where}: first band above min`);
      if (q.min !== undefined && q.max !== undefined && q.min > q.max) problems.push(`${where}: min above max`);
    }
    defined.add(q.id);
  }

  if (rubric.uptake !== undefined) {
    const found = all.find((x) => x.q.id === rubric.uptake?.question);
    const q = found?.q;
    // ASSUMPTION: "min >= 0, max <= 100" asks for both bounds to be written.
    if (
      found?.scope !== 'service' ||
      q?.type !== 'number' ||
      !(q.min !== undefined && q.min >= 0) ||
      !(q.max !== undefined && q.max <= 100)
    )
      problems.push('uptake: not a service-scope number question with 0 <= min, max <= 100');
    if (!(rubric.uptake.target >= 0 && rubric.uptake.target <= 100)) problems.push('uptake: target outside 0..100');
  }

  const catalog = rubric.catalog ?? [];
  for (const d of duplicates(catalog.map((o) => o.id))) problems.push(`duplicate catalog OPD ${String(d)}`);
  for (const o of catalog)
    for (const d of duplicates(o.services.map((s) => s.id)))
      problems.push(`duplicate catalog service ${o.id}/${String(d)}`);
  return problems;
}

function conditionQuestions(cond: RefCondition): string[] {
  if ('all' in cond) return cond.all.flatMap(conditionQuestions);
  if ('any' in cond) return cond.any.flatMap(conditionQuestions);
  return [cond.question];
}

/** Every problem SPEC would report in `answers` (against a valid `rubric`); [] when it is valid. */
export function answersProblems(rubric: RefRubric, answers: RefCityAnswers): string[] {
  const problems: string[] = [];
  const [id, version] = answers.rubric.split('@');
  if (id !== rubric.rubric || version?.split('.')[0] !== rubric.version.split('.')[0])
    problems.push(`rubric ${answers.rubric} is not ${rubric.rubric}@${rubric.version.split('.')[0]}.x`);
  const clean = (value: unknown, where: string, pattern = CONTROL) => {
    if (typeof value === 'string' && pattern.test(value)) problems.push(`${where}: control character`);
  };
  clean(answers.city.id, 'city.id');
  clean(answers.city.name, 'city.name');
  clean(answers.city.province, 'city.province');
  clean(answers.period, 'period');
  for (const a of answers.assessors ?? []) clean(a, 'assessors');

  const questionsOf = (scope: RefScope) =>
    new Map(
      rubric.sections.filter((s) => s.scope === scope).flatMap((s) => s.questions.map((q) => [q.id, q] as const)),
    );
  const scoped = { service: questionsOf('service'), opd: questionsOf('opd'), city: questionsOf('city') };

  const entity = (
    scope: RefScope,
    e: { answers?: RefAnswerMap; evidence?: Record<string, string>; notes?: string },
    where: string,
  ) => {
    for (const [qid, answer] of Object.entries(e.answers ?? {})) {
      const q = scoped[scope].get(qid);
      if (q === undefined) problems.push(`${where}.${qid}: unknown question, or of another scope`);
      else for (const p of answerProblems(q, answer)) problems.push(`${where}.${qid}: ${p}`);
      if (isNaAnswer(answer)) clean(answer.na, `${where}.${qid}`);
      if (typeof answer === 'string') clean(answer, `${where}.${qid}`);
    }
    for (const [qid, note] of Object.entries(e.evidence ?? {})) clean(note, `${where} evidence ${qid}`);
    clean(e.notes, `${where} notes`, CONTROL_BUT_NEWLINE);
  };
  entity('city', answers, 'answers');
  const opds = answers.opds ?? [];
  for (const d of duplicates(opds.map((o) => o.id))) problems.push(`duplicate OPD ${String(d)}`);
  opds.forEach((o, oi) => {
    clean(o.name, `opds.${oi}.name`);
    entity('opd', o, `opds.${oi}.answers`);
    const services = o.services ?? [];
    for (const d of duplicates(services.map((s) => s.id))) problems.push(`duplicate service ${o.id}/${String(d)}`);
    services.forEach((s, si) => {
      const where = `opds.${oi}.services.${si}`;
      clean(s.name, `${where}.name`);
      if (s.annual_volume !== undefined && !(Number.isInteger(s.annual_volume) && s.annual_volume >= 0))
        problems.push(`${where}: annual_volume`);
      entity('service', s, `${where}.answers`);
    });
  });
  if (
    (rubric.aggregation.service_weighting === 'volume' || rubric.aggregation.opd_weighting === 'volume') &&
    opds.some((o) => (o.services ?? []).some((s) => s.annual_volume === undefined))
  )
    problems.push('a service without annual_volume, and the rubric weights by volume');
  return problems;
}

const isNaAnswer = (a: RefAnswer): a is { na: string } => typeof a === 'object' && !Array.isArray(a) && a !== null;

function answerProblems(q: RefQuestion, answer: RefAnswer): string[] {
  if (isNaAnswer(answer)) {
    if (q.allow_na !== true) return ['na where the question does not allow it'];
    return typeof answer.na === 'string' && answer.na.length > 0 ? [] : ['na without a reason'];
  }
  const values = (Array.isArray(q.options) ? q.options : []).map((o) => o.value);
  switch (q.type) {
    case 'choice':
      return values.includes(answer as string) ? [] : [`${JSON.stringify(answer)} is not an option`];
    case 'multi':
      if (!Array.isArray(answer)) return ['not a list'];
      if (new Set(answer).size !== answer.length) return ['values not distinct'];
      return answer.every((v) => values.includes(v as string)) ? [] : ['a value is not an option'];
    case 'boolean':
      return typeof answer === 'boolean' ? [] : ['not a boolean'];
    case 'number': {
      if (typeof answer !== 'number' || !Number.isFinite(answer)) return ['not a finite number'];
      const first = q.bands?.[0]?.min;
      if ((q.min !== undefined && answer < q.min) || (q.max !== undefined && answer > q.max))
        return ['outside min/max'];
      return first !== undefined && answer < first ? ['below the first band'] : [];
    }
    case 'text':
      return typeof answer === 'string' ? [] : ['not a string'];
  }
}
