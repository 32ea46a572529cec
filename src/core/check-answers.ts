import { isNotApplicable } from './outcome.js';
import { indexRubric, isVolumeRequired, majorOf, type RubricIndex } from './rubric-index.js';
import { withSuggestion } from './suggest.js';
import type { AnswerMap, AnswerValue, CityAnswers, DocPath, Issue, Question, Rubric, Scope } from './types.js';

type Report = (code: string, path: DocPath, params?: Issue['params'], severity?: Issue['severity']) => void;

/** `opd-digital-maturity@1.2.0` -> its id and major version. */
export function parseRubricRef(ref: string): { id: string; version: string; major: number } | null {
  const match = /^([a-z0-9-]+)@(\d+)\.\d+\.\d+/.exec(ref);
  return match?.[1] && match[2]
    ? { id: match[1], version: ref.slice(match[1].length + 1), major: Number(match[2]) }
    : null;
}

const show = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

/** The option values of a question, built once per question (a nation has millions of answers). */
const valuesOf = new WeakMap<Question, ReadonlySet<unknown>>();
function isOption(question: Question & { options: readonly { value: unknown }[] }, value: unknown): boolean {
  let values = valuesOf.get(question);
  if (!values) valuesOf.set(question, (values = new Set(question.options.map((o) => o.value))));
  return values.has(value);
}

/** Why a value does not fit the question's type, as an issue code and params; null when it fits. */
function checkValue(question: Question, value: AnswerValue): [string, Issue['params']] | null {
  switch (question.type) {
    case 'choice': {
      if (isOption(question, value)) return null;
      const allowed = question.options.map((o) => o.value);
      return [
        'answers.bad-choice',
        withSuggestion({ value: show(value), allowed: allowed.map(show).join(', ') }, show(value), allowed.map(show)),
      ];
    }
    case 'multi': {
      if (!Array.isArray(value))
        return ['answers.not-a-list', { allowed: question.options.map((o) => show(o.value)).join(', ') }];
      const wrong = value.find((v) => !isOption(question, v));
      if (wrong !== undefined) {
        const allowed = question.options.map((o) => o.value);
        return [
          'answers.bad-choice',
          withSuggestion({ value: show(wrong), allowed: allowed.map(show).join(', ') }, show(wrong), allowed.map(show)),
        ];
      }
      const twice = value.find((v, i) => value.indexOf(v) !== i);
      return twice === undefined ? null : ['answers.repeated-choice', { value: show(twice) }];
    }
    case 'boolean':
      return typeof value === 'boolean' ? null : ['answers.not-boolean', { value: show(value) }];
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return ['answers.not-number', { value: show(value) }];
      const lowest = Math.max(question.min ?? -Infinity, question.bands[0]?.min ?? -Infinity);
      if (value < lowest) return ['answers.number-too-small', { value, min: lowest }];
      if (question.max !== undefined && value > question.max)
        return ['answers.number-too-large', { value, max: question.max }];
      return null;
    }
    case 'text':
      return typeof value === 'string' ? null : ['answers.not-text', { value: show(value) }];
  }
}

function checkAnswerMap(
  index: RubricIndex,
  scope: Scope,
  answers: AnswerMap | undefined,
  path: DocPath,
  report: Report,
) {
  // Built only for a suggestion: most answer maps have no unknown id.
  const scopeIds = () => index.byScope[scope].map((e) => e.question.id);
  for (const [id, value] of Object.entries(answers ?? {})) {
    // The issue's path is built only for an issue: a nation's batch checks millions of answers.
    const entry = index.questions.get(id);
    if (!entry) report('answers.unknown-question', [...path, id], withSuggestion({ id, scope }, id, scopeIds()));
    else if (entry.scope !== scope) report('answers.wrong-scope', [...path, id], { id, scope, expected: entry.scope });
    else if (isNotApplicable(value)) {
      if (!entry.question.allow_na) report('answers.na-not-allowed', [...path, id], { id });
    } else {
      const problem = checkValue(entry.question, value);
      if (problem) report(problem[0], [...path, id], { id, ...problem[1] });
    }
  }
}

function checkEvidence(
  index: RubricIndex,
  evidence: Readonly<Record<string, string>> | undefined,
  path: DocPath,
  report: Report,
) {
  for (const id of Object.keys(evidence ?? {})) {
    if (!index.questions.has(id))
      report(
        'answers.evidence-unknown-question',
        [...path, id],
        withSuggestion({ id }, id, index.questions.keys()),
        'warning',
      );
  }
}

function checkUnique(ids: readonly string[], path: DocPath, kind: string, report: Report) {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) report('answers.duplicate-id', [...path, i, 'id'], { kind, id });
    seen.add(id);
  });
}

/**
 * The meaning rules of SPEC "The answers file" against the rubric in use. Assumes the shape
 * passed the schema. Answers to questions that are not applicable are reported by
 * `findIgnoredAnswers` after scoring, since applicability needs the evaluation.
 */
export function checkAnswers(rubric: Rubric, answers: CityAnswers): Issue[] {
  const issues: Issue[] = [];
  const report: Report = (code, path, params = {}, severity = 'error') => issues.push({ severity, code, params, path });
  const index = indexRubric(rubric);
  const ref = parseRubricRef(answers.rubric);
  const using = `${rubric.rubric}@${rubric.version}`;
  const usingMajor = majorOf(rubric.version);
  if (ref && ref.id !== rubric.rubric) report('answers.rubric-other', ['rubric'], { named: answers.rubric, using });
  else if (ref && ref.major !== usingMajor)
    report('answers.rubric-major', ['rubric'], { named: answers.rubric, using });
  // Answers written for another rubric: every question would be "unknown". The one line that
  // says which rubric is the one to read.
  if (issues.length > 0) return issues;
  checkAnswerMap(index, 'city', answers.answers, ['answers'], report);
  checkEvidence(index, answers.evidence, ['evidence'], report);
  checkUnique(
    answers.opds.map((o) => o.id),
    ['opds'],
    'OPD',
    report,
  );
  // The schema lets an OPD leave out `services` and `answers`; the loader fills them, callers may not.
  const needsVolume = isVolumeRequired(rubric);
  answers.opds.forEach((opd, oi) => {
    checkAnswerMap(index, 'opd', opd.answers, ['opds', oi, 'answers'], report);
    checkEvidence(index, opd.evidence, ['opds', oi, 'evidence'], report);
    checkUnique(
      (opd.services ?? []).map((s) => s.id),
      ['opds', oi, 'services'],
      'service',
      report,
    );
    (opd.services ?? []).forEach((service, si) => {
      const path = ['opds', oi, 'services', si];
      if (needsVolume && service.annual_volume === undefined)
        report('answers.volume-required', [...path, 'id'], { service: service.id });
      checkAnswerMap(index, 'service', service.answers, [...path, 'answers'], report);
      checkEvidence(index, service.evidence, [...path, 'evidence'], report);
    });
  });
  return issues;
}
